import { defineEnum } from '../../core/enums';

/** Whether a coverage rule is judged per person or as a share of its population. */
export enum CoverageKind {
  PER_PERSON = 'PER_PERSON',
  SHARE = 'SHARE',
}
defineEnum(CoverageKind, 'CoverageKind', '覆盖规则种类 (per-person requirement, or a share of the population)', {
  PER_PERSON: '每人均须参训',
  SHARE: '人群中参训比例不低于下限（个人不分色）',
});

/** How a coverage rule's cycle is drawn. */
export enum CoverageCycleKind {
  ROLLING = 'ROLLING',
  CALENDAR_YEAR = 'CALENDAR_YEAR',
  PLAN_PERIOD = 'PLAN_PERIOD',
  FROM_ENTRY = 'FROM_ENTRY',
}
defineEnum(CoverageCycleKind, 'CoverageCycleKind', '覆盖周期 (how the cycle of a coverage rule is drawn)', {
  ROLLING: '滚动周期：上次参训后N个月内须再次参训',
  CALENDAR_YEAR: '每个自然年度至少1次',
  PLAN_PERIOD: '规划期内至少1次',
  FROM_ENTRY: '录用后N个月内（初任培训）',
});

/** A cadre's standing against one coverage rule on a date. */
export enum CoverageStatus {
  MET = 'MET',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
}
defineEnum(CoverageStatus, 'CoverageStatus', '覆盖状态 (standing against one coverage rule)', {
  MET: '本周期已参训',
  DUE: '本周期尚未参训，未过期限',
  OVERDUE: '已过期限仍未参训',
});

/** Values the population columns accept (the cadre attributes of Migration20261204000000CadreAttributes). */
export const MANAGEMENT_LEVELS = ['PROVINCIAL', 'CITY', 'COUNTY', 'OTHER'] as const;
export const PRINCIPAL_POSTS = ['CITY_COUNTY_PRINCIPAL', 'TOWNSHIP_PRINCIPAL', 'TOWNSHIP_PARTY_BUILDING_DEPUTY', 'TOWNSHIP_ORGANIZATION_MEMBER', 'UNIT_PRINCIPAL'] as const;
export const VILLAGE_ROLES = ['PARTY_SECRETARY', 'COMMITTEE_DIRECTOR', 'FIRST_SECRETARY', 'WORK_TEAM_MEMBER', 'OTHER_VILLAGE_CADRE'] as const;
