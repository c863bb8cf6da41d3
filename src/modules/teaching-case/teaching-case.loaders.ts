import { defineModel } from '../../core/read/model';
import { CaseAwardEntity, CaseCollectionEntity, TeachingCaseEntity } from './teaching-case.entity';
import { BadInputError } from '../../core/errors';
import { FilterBuilder } from '../../core/read/filters';
import { refPk } from '../../core/read/ids';
import type { Pivot } from '../../core/read/loaders';
import type { CaseCollectionFilter, TeachingCaseFilter } from './teaching-case.inputs';

export const TeachingCaseModel = defineModel({
  type: 'TeachingCase',
  entity: TeachingCaseEntity,
  orderings: {
    YEAR_ASC: { column: 'year', direction: 'ASC' },
    YEAR_DESC: { column: 'year', direction: 'DESC' },
    TITLE_ASC: { column: 'title', direction: 'ASC' },
    TITLE_DESC: { column: 'title', direction: 'DESC' },
  },
});

export const CaseAwardModel = defineModel({
  type: 'CaseAward',
  entity: CaseAwardEntity,
});

export const CaseCollectionModel = defineModel({
  type: 'CaseCollection',
  entity: CaseCollectionEntity,
  orderings: {
    YEAR_ASC: { column: 'year', direction: 'ASC' },
    YEAR_DESC: { column: 'year', direction: 'DESC' },
    TITLE_ASC: { column: 'title', direction: 'ASC' },
    TITLE_DESC: { column: 'title', direction: 'DESC' },
  },
});

/** case → collections (案例汇编收录). */
export const CASE_COLLECTIONS: Pivot = { table: 'case_collection_item', ownerColumn: 'case_id', targetColumn: 'collection_id' };
/** collection → cases. */
export const COLLECTION_CASES: Pivot = { table: 'case_collection_item', ownerColumn: 'collection_id', targetColumn: 'case_id' };
/** case → courses that use it. */
export const CASE_COURSES: Pivot = { table: 'course_case', ownerColumn: 'case_id', targetColumn: 'course_id' };

/** The text the keyword searches: the same expression the `search_bigrams` column is generated from. */
const CASE_TEXT = "t.title || ' ' || t.summary || ' ' || t.body";

function checkYearRange(from: number | null | undefined, to: number | null | undefined): void {
  if (from != null && to != null && to < from) throw new BadInputError('filter.yearTo must not be before filter.yearFrom.', 'filter.yearTo');
}

export function teachingCaseFilter(filter: TeachingCaseFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  checkYearRange(filter.yearFrom, filter.yearTo);
  f.keyword('search_bigrams', CASE_TEXT, filter.keyword)
    .regionSubtree('region_id', filter.regionCode)
    .ref('institution_id', filter.institutionId, 'Institution', 'filter.institutionId')
    .anyOf('status', filter.status)
    .range('year', filter.yearFrom, filter.yearTo);
  if (filter.theme?.length) f.where('t.themes && $?::text[]', filter.theme);
  if (filter.collectionId != null) {
    const pk = refPk(filter.collectionId, 'CaseCollection', 'filter.collectionId');
    f.where('exists (select 1 from case_collection_item i where i.case_id = t.id and i.collection_id = $?)', pk);
  }
  if (filter.hasAward != null) {
    f.where(`${filter.hasAward ? '' : 'not '}exists (select 1 from case_award a where a.case_id = t.id and a.archived_at is null)`);
  }
  return f;
}

export function caseCollectionFilter(filter: CaseCollectionFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  checkYearRange(filter.yearFrom, filter.yearTo);
  f.ref('institution_id', filter.institutionId, 'Institution', 'filter.institutionId').range('year', filter.yearFrom, filter.yearTo).contains('t.title', filter.keyword);
  if (filter.caseId != null) f.where('exists (select 1 from case_collection_item i where i.collection_id = t.id and i.case_id = $?)', refPk(filter.caseId, 'TeachingCase', 'filter.caseId'));
  return f;
}
