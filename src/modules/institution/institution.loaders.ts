import { defineModel } from '../../core/read/model';
import { InstitutionEntity } from './institution.entity';
import { FilterBuilder } from '../../core/read/filters';
import type { InstitutionFilter } from './institution.inputs';

export const InstitutionModel = defineModel({
  type: 'Institution',
  entity: InstitutionEntity,
  orderings: {
    NAME_ASC: { column: 'name', direction: 'ASC' },
    NAME_DESC: { column: 'name', direction: 'DESC' },
  },
});

export function institutionFilter(filter: InstitutionFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  return f
    .anyOf('kind', filter.kind)
    .anyOf('level', filter.level)
    .anyOf('county_category', filter.countyCategory)
    .regionSubtree('region_id', filter.regionCode)
    .ref('supervisor_id', filter.supervisorId, 'Institution', 'filter.supervisorId')
    .contains(`t.name || ' ' || coalesce(t.short_name, '')`, filter.keyword);
}
