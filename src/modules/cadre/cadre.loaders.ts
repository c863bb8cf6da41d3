import { defineModel } from '../../core/read/model';
import { FilterBuilder } from '../../core/read/filters';
import type { CadreFilter } from './cadre.inputs';

export const CadreModel = defineModel({
  type: 'Cadre',
  table: 'cadre',
  columns: {
    name: 'name',
    gender: 'gender',
    birthDate: 'birth_date',
    idCardNumber: 'id_card_number',
    phone: 'phone',
    unitId: 'unit_id',
    regionId: 'region_id',
    sector: 'sector',
    category: 'category',
    rank: 'rank',
    position: 'position',
    isPrincipalLeader: 'is_principal_leader',
    isYoungCadre: 'is_young_cadre',
    appointedAt: 'appointed_at',
    status: 'status',
  },
  orderings: {
    NAME_ASC: { column: 'name', direction: 'ASC' },
    NAME_DESC: { column: 'name', direction: 'DESC' },
    BIRTH_DATE_ASC: { column: 'birth_date', direction: 'ASC' },
    BIRTH_DATE_DESC: { column: 'birth_date', direction: 'DESC' },
  },
});

export function cadreFilter(filter: CadreFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  return f
    .regionSubtree('region_id', filter.regionCode)
    .ref('unit_id', filter.unitId, 'Unit', 'filter.unitId')
    .anyOf('category', filter.category)
    .anyOf('rank', filter.rank)
    .anyOf('sector', filter.sector)
    .anyOf('status', filter.status)
    .eq('is_principal_leader', filter.isPrincipalLeader)
    .eq('is_young_cadre', filter.isYoungCadre)
    .keyword('name_bigrams', 't.name', filter.keyword);
}
