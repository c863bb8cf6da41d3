import { defineModel } from '../../core/read/model';
import { OnsiteTeachingSiteEntity } from './onsite-site.entity';
import { FilterBuilder } from '../../core/read/filters';
import type { OnsiteTeachingSiteFilter } from './onsite-site.inputs';

export const OnsiteTeachingSiteModel = defineModel({
  type: 'OnsiteTeachingSite',
  entity: OnsiteTeachingSiteEntity,
  orderings: {
    NAME_ASC: { column: 'name', direction: 'ASC' },
    NAME_DESC: { column: 'name', direction: 'DESC' },
  },
});

export function onsiteTeachingSiteFilter(filter: OnsiteTeachingSiteFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  return f
    .regionSubtree('region_id', filter.regionCode)
    .ref('institution_id', filter.institutionId, 'Institution', 'filter.institutionId')
    .anyOf('status', filter.status)
    .anyOf('theme', filter.theme)
    .contains(`t.name || ' ' || t.theme || ' ' || coalesce(t.address, '')`, filter.keyword);
}
