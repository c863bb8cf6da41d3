import { defineModel } from '../../core/read/model';
import { CadreEntity } from './cadre.entity';
import { FilterBuilder } from '../../core/read/filters';
import type { CadreFilter } from './cadre.inputs';

export const CadreModel = defineModel({
  type: 'Cadre',
  entity: CadreEntity,
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
    .anyOf('management_level', filter.managementLevel)
    .anyOf('principal_post', filter.principalPost)
    .anyOf('village_role', filter.villageRole)
    .eq('is_leadership_team_member', filter.isLeadershipTeamMember)
    .eq('is_soe_leadership_member', filter.isSoeLeadershipMember)
    .eq('is_selected_graduate', filter.isSelectedGraduate)
    .eq('is_party_affairs_cadre', filter.isPartyAffairsCadre)
    .keyword('name_bigrams', 't.name', filter.keyword);
}
