import { defineModel } from '../../core/read/model';
import { TextbookAwardEntity, TextbookEntity } from './textbook.entity';
import { FilterBuilder } from '../../core/read/filters';
import { BadInputError } from '../../core/errors';
import type { TextbookFilter } from './textbook.inputs';
import { awardConditions } from '../course/course.loaders';

export const TextbookModel = defineModel({
  type: 'Textbook',
  entity: TextbookEntity,
  orderings: {
    TITLE_ASC: { column: 'title', direction: 'ASC' },
    TITLE_DESC: { column: 'title', direction: 'DESC' },
    YEAR_ASC: { column: 'year', direction: 'ASC' },
    YEAR_DESC: { column: 'year', direction: 'DESC' },
  },
});

export const TextbookAwardModel = defineModel({
  type: 'TextbookAward',
  entity: TextbookAwardEntity,
});

export function textbookFilter(filter: TextbookFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  if (filter.yearFrom != null && filter.yearTo != null && filter.yearTo < filter.yearFrom) {
    throw new BadInputError('filter.yearTo must not be before filter.yearFrom.', 'filter.yearTo');
  }
  f.range('year', filter.yearFrom, filter.yearTo)
    .eq('is_case_textbook', filter.isCaseTextbook)
    .ref('institution_id', filter.institutionId, 'Institution', 'filter.institutionId');
  const award = 'select 1 from textbook_award a where a.textbook_id = t.id and a.archived_at is null';
  if (filter.hasAward === true) f.where(`exists (${award})`);
  if (filter.hasAward === false) f.where(`not exists (${award})`);
  awardConditions(f, award, filter);
  return f.contains(`t.title || ' ' || array_to_string(t.authors, ' ') || ' ' || t.publisher`, filter.keyword);
}
