import { defineModel } from '../../core/read/model';
import { FilterBuilder } from '../../core/read/filters';
import type { RegionFilter } from './region.inputs';

export const RegionModel = defineModel({
  type: 'Region',
  table: 'region',
  columns: { code: 'code', name: 'name', level: 'level', parentId: 'parent_id' },
  orderings: { CODE_ASC: { column: 'code', direction: 'ASC' }, CODE_DESC: { column: 'code', direction: 'DESC' } },
  defaultOrder: 'CODE_ASC',
});

export function regionFilter(filter: RegionFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  if (filter.parentCode) f.where('t.parent_id = (select p.id from region p where p.code = $?)', filter.parentCode);
  return f.regionSubtree('id', filter.withinCode).anyOf('level', filter.level).contains('t.name', filter.keyword);
}
