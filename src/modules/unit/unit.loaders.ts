import { defineModel } from '../../core/read/model';
import { UnitEntity } from './unit.entity';
import { FilterBuilder } from '../../core/read/filters';
import type { UnitFilter } from './unit.inputs';

export const UnitModel = defineModel({
  type: 'Unit',
  entity: UnitEntity,
  orderings: { NAME_ASC: { column: 'name', direction: 'ASC' }, NAME_DESC: { column: 'name', direction: 'DESC' } },
});

export function unitFilter(filter: UnitFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  return f.regionSubtree('region_id', filter.regionCode).anyOf('kind', filter.kind).anyOf('sector', filter.sector).contains('t.name', filter.keyword);
}
