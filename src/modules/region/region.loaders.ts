import { defineModel } from '../../core/read/model';
import { RegionEntity } from './region.entity';
import { FilterBuilder } from '../../core/read/filters';
import type { RegionFilter } from './region.inputs';

export const RegionModel = defineModel({
  type: 'Region',
  entity: RegionEntity,
  // `path` (ancestor codes) serves the jurisdiction prefix match in SQL; the read type has no such field.
  omit: ['path'],
  orderings: { CODE_ASC: { column: 'code', direction: 'ASC' }, CODE_DESC: { column: 'code', direction: 'DESC' } },
  defaultOrder: 'CODE_ASC',
});

export function regionFilter(filter: RegionFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  if (filter.parentCode) f.where('t.parent_id = (select p.id from region p where p.code = $?)', filter.parentCode);
  return f.regionSubtree('id', filter.withinCode).anyOf('level', filter.level).contains('t.name', filter.keyword);
}
