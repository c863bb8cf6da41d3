import type { CadreCategoryCode, CadreRankCode, CadreStatusCode } from '../data/types';
import type { UnitSeed } from '../data/units';
import {
  DEPARTMENT_BY_SPECIALTY,
  EXPERT_AFFILIATIONS,
  FACULTY_TITLES,
  GRASSROOTS_ROLES,
  LEADER_SPECIALTIES_BY_SECTOR,
  MODEL_PROFILES,
  SPECIALTIES,
} from '../data/teachers';
import { addDays, pad, toEpochDay } from '../dates';
import { FakeIdCardAllocator } from '../id-card';
import { personName, type GenderCode } from '../names';
import type { Rng } from '../random';
import type { CadreRow, ManagementLevelCode, PoolMembershipRow, PrincipalPostCode, RegionRow, TeacherRow, UnitRow, VillageRoleCode } from '../rows';
import { AS_OF, SEED_STAMP } from './constants';
import { must, type Reference } from './reference';

/** How diligent a demo cadre is: drives whether they meet the hours requirements. */
export type Profile = 'STRONG' | 'PARTIAL' | 'WEAK';

export interface CadreMeta {
  row: CadreRow;
  unit: UnitRow;
  unitSeed: UnitSeed;
  regionPath: string;
  groupA: boolean;
  /** Member of the unit's theory-study centre group (党委(党组)理论学习中心组). */
  centerGroup: boolean;
  profile: Profile;
  age: number;
  /** Birth date and appointment date as epoch days (cached for the class eligibility checks). */
  birthDay: number;
  appointedDay: number | null;
  /** Added after the units' own rosters (city/county principals, village cadres): not drawn as lecturers. */
  appended: boolean;
}

interface Slot {
  category: CadreCategoryCode;
  rank: CadreRankCode;
  position: string;
  principal: boolean;
  centerGroup: boolean;
  ages: readonly [number, number];
  maleShare: number;
  post: PrincipalPostCode | null;
  village: VillageRoleCode | null;
}

const GROUP_A: ReadonlySet<CadreCategoryCode> = new Set([
  'COUNTY_LEADER_AND_ABOVE',
  'SENIOR_CIVIL_SERVANT',
  'SOE_SENIOR_MANAGER',
  'INSTITUTION_SENIOR_MANAGER',
]);

export function isGroupA(category: CadreCategoryCode): boolean {
  return GROUP_A.has(category);
}

function headTitle(name: string): string {
  if (/(组织部|宣传部|党群工作部)$/.test(name)) return '部长';
  if (/政法委员会$/.test(name)) return '书记';
  if (/(办公厅|办公室)$/.test(name)) return '主任';
  if (/委员会$/.test(name)) return '主任';
  if (/厅$/.test(name)) return '厅长';
  if (/局$/.test(name)) return '局长';
  if (/法院$/.test(name)) return '院长';
  if (/检察院$/.test(name)) return '检察长';
  if (/总工会$/.test(name)) return '常务副主席';
  if (/^共青团/.test(name)) return '书记';
  return '主任';
}

const P_DIVISIONS_ORG = ['干部教育处', '干部一处', '干部二处', '组织一处', '公务员一处', '人才工作处', '办公室'];
const P_DIVISIONS = ['办公室', '综合处', '政策法规处', '规划发展处', '人事处', '督查处', '财务审计处', '信息化处'];
const C_SECTIONS_ORG = ['干部教育科', '干部科', '组织科', '公务员科', '人才科', '办公室'];
const C_SECTIONS = ['办公室', '综合科', '政策法规科', '规划科', '人事科', '督查科', '财务科'];
const X_OFFICES = ['办公室', '综合股', '业务股', '干部股'];
const TOWN_OFFICES = ['党政综合办', '经济发展办', '社会事务办', '综治办', '党建办'];

function slot(
  category: CadreCategoryCode,
  rank: CadreRankCode,
  position: string,
  ages: readonly [number, number],
  opts: { principal?: boolean; centerGroup?: boolean; maleShare?: number; post?: PrincipalPostCode; village?: VillageRoleCode } = {},
): Slot {
  return {
    category,
    rank,
    position,
    principal: opts.principal ?? false,
    centerGroup: opts.centerGroup ?? false,
    ages,
    maleShare: opts.maleShare ?? 0.58,
    // Every unit's 一把手 is a 主要负责人; the township posts are set on their slots.
    post: opts.post ?? (opts.principal ? 'UNIT_PRINCIPAL' : null),
    village: opts.village ?? null,
  };
}

function juniors(rng: Rng, n: number, offices: readonly string[]): Slot[] {
  const out: Slot[] = [];
  for (let i = 0; i < n; i++) {
    const office = rng.pick(offices);
    if (rng.chance(0.6)) {
      const grade = rng.pick(['一级', '二级', '三级', '四级']);
      out.push(slot('JUNIOR_CIVIL_SERVANT', 'PRINCIPAL_STAFF', `${office}${grade}主任科员`, [28, 55]));
    } else {
      out.push(slot('JUNIOR_CIVIL_SERVANT', 'STAFF', `${office}${rng.pick(['一级科员', '二级科员'])}`, [23, 35]));
    }
  }
  return out;
}

/** The positions of one unit, by kind and administrative level. */
function roster(rng: Rng, unit: UnitRow, seed: UnitSeed, level: 'P' | 'C' | 'X'): Slot[] {
  const name = unit.name;
  const kind = unit.kind;
  const slots: Slot[] = [];
  const leader = { centerGroup: true, maleShare: 0.82 };
  if (kind === 'TOWNSHIP') {
    const isStreet = /街道办事处$/.test(name);
    const chief = isStreet ? '主任' : /乡人民政府$/.test(name) ? '乡长' : '镇长';
    const township = { ...leader, post: 'TOWNSHIP_PRINCIPAL' as const };
    slots.push(slot('TOWNSHIP_LEADER', 'SECTION_CHIEF', isStreet ? '党工委书记' : '党委书记', [34, 52], { ...township, principal: true }));
    slots.push(slot('TOWNSHIP_LEADER', 'SECTION_CHIEF', chief, [31, 50], township));
    // 附件5.9 names the deputy secretary for party building (专职副书记) and the organisation committee member.
    const deputies: readonly (readonly [string, PrincipalPostCode | undefined])[] = [
      [isStreet ? '党工委专职副书记' : '党委专职副书记', 'TOWNSHIP_PARTY_BUILDING_DEPUTY'],
      [`副${chief}`, undefined], [`副${chief}`, undefined], [isStreet ? '人大工委主任' : '人大主席', undefined], ['纪委书记', undefined],
      ['组织委员', 'TOWNSHIP_ORGANIZATION_MEMBER'], ['宣传委员', undefined],
    ];
    for (const [p, post] of deputies) slots.push(slot('TOWNSHIP_LEADER', 'SECTION_DEPUTY', p, [27, 50], { ...leader, post }));
    slots.push(slot('SENIOR_CIVIL_SERVANT', 'RESEARCHER', '四级调研员', [50, 59]));
    slots.push(...juniors(rng, 9, TOWN_OFFICES));
    return slots;
  }
  if (kind === 'STATE_OWNED_ENTERPRISE') {
    const bank = /银行/.test(name);
    const coop = /信用社/.test(name);
    const big = level === 'P';
    const [chair, ceo, vice] = bank ? ['董事长', '行长', '副行长'] : coop ? ['理事长', '主任', '副主任'] : ['董事长', '总经理', '副总经理'];
    slots.push(slot('SOE_SENIOR_MANAGER', 'OTHER', `党委书记、${chair}`, [48, 58], { ...leader, principal: true }));
    slots.push(slot('SOE_SENIOR_MANAGER', 'OTHER', `党委副书记、${ceo}`, [44, 57], leader));
    slots.push(slot('SOE_SENIOR_MANAGER', 'OTHER', vice, [40, 56], leader));
    slots.push(slot('SOE_SENIOR_MANAGER', 'OTHER', vice, [40, 56], leader));
    slots.push(slot('SOE_SENIOR_MANAGER', 'OTHER', '纪委书记', [45, 57], leader));
    if (big) slots.push(slot('SOE_SENIOR_MANAGER', 'OTHER', '总会计师', [42, 56], leader));
    const depts = bank
      ? ['公司金融部', '零售金融部', '风险管理部', '合规部', '办公室', '信息科技部']
      : ['综合管理部', '战略发展部', '财务部', '安全环保部', '人力资源部', '党群工作部', '投资管理部', '审计部'];
    const nOther = big ? 16 : 12;
    for (let i = 0; i < nOther; i++) {
      const d = rng.pick(depts);
      slots.push(slot('SOE_OTHER_MANAGER', 'OTHER', `${d}${rng.pick(['总经理', '副总经理', '经理', '主管'])}`, [28, 55]));
    }
    const nProf = big ? 10 : 8;
    for (let i = 0; i < nProf; i++) {
      slots.push(slot('PROFESSIONAL_TECHNICAL', 'OTHER', rng.pick(bank ? ['高级经济师', '经济师', '高级会计师'] : ['高级工程师', '工程师', '高级会计师', '高级经济师', '正高级工程师']), [25, 58]));
    }
    return slots;
  }
  if (kind === 'PUBLIC_INSTITUTION' || kind === 'UNIVERSITY') {
    const senior = { ...leader, maleShare: 0.7 };
    if (seed.sector === 'HEALTH') {
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '党委书记', [46, 58], { ...senior, principal: true }));
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '院长', [45, 58], senior));
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '副院长', [40, 56], senior));
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '副院长', [40, 56], senior));
      for (const p of ['医务部主任', '护理部主任', '院办主任', '财务科科长', '信息中心主任']) slots.push(slot('SOE_OTHER_MANAGER', 'OTHER', p, [32, 55], { maleShare: 0.5 }));
      const n = level === 'P' ? 16 : 12;
      for (let i = 0; i < n; i++) {
        slots.push(slot('PROFESSIONAL_TECHNICAL', 'OTHER', rng.pick(['主任医师', '副主任医师', '主治医师', '主治医师', '主任护师', '副主任护师']), [28, 58], { maleShare: 0.42 }));
      }
      return slots;
    }
    if (kind === 'UNIVERSITY') {
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '党委书记', [50, 58], { ...senior, principal: true }));
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '校长', [48, 58], senior));
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '副校长', [44, 57], senior));
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '副校长', [44, 57], senior));
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '学院院长', [42, 57], { maleShare: 0.7 }));
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '学院党委书记', [42, 57], { maleShare: 0.6 }));
      for (const p of ['教务处科长', '人事处科长', '学生工作部科长', '科研处科长', '财务处科长', '校长办公室科长']) slots.push(slot('SOE_OTHER_MANAGER', 'OTHER', p, [30, 52], { maleShare: 0.5 }));
      for (let i = 0; i < 14; i++) slots.push(slot('PROFESSIONAL_TECHNICAL', 'OTHER', rng.pick(['教授', '副教授', '副教授', '讲师']), [30, 59], { maleShare: 0.55 }));
      return slots;
    }
    if (seed.sector === 'EDUCATION') {
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '党委书记', [45, 58], { ...senior, principal: true }));
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '校长', [44, 58], senior));
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '副校长', [38, 56], senior));
      for (const p of ['教务处主任', '德育处主任', '办公室主任']) slots.push(slot('SOE_OTHER_MANAGER', 'OTHER', p, [32, 52], { maleShare: 0.45 }));
      for (let i = 0; i < 12; i++) slots.push(slot('PROFESSIONAL_TECHNICAL', 'OTHER', rng.pick(['正高级教师', '高级教师', '高级教师', '一级教师', '一级教师', '二级教师']), [25, 58], { maleShare: 0.35 }));
      return slots;
    }
    if (seed.sector === 'PROPAGANDA') {
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '党委书记、社长', [50, 58], { ...senior, principal: true }));
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '总编辑', [46, 58], senior));
      slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '副总编辑', [42, 57], senior));
      for (const p of ['要闻部主任', '经济部主任', '新媒体中心主任', '办公室主任', '评论部主任']) slots.push(slot('SOE_OTHER_MANAGER', 'OTHER', p, [33, 55]));
      for (let i = 0; i < 12; i++) slots.push(slot('PROFESSIONAL_TECHNICAL', 'OTHER', rng.pick(['高级记者', '主任记者', '记者', '高级编辑', '主任编辑', '编辑']), [25, 58], { maleShare: 0.45 }));
      return slots;
    }
    // A county public institution such as 长汀县水土保持事业局
    slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '局长', [42, 57], { ...senior, principal: true }));
    slots.push(slot('INSTITUTION_SENIOR_MANAGER', 'OTHER', '副局长', [38, 56], senior));
    for (const p of ['综合股股长', '治理股股长', '监测站站长']) slots.push(slot('SOE_OTHER_MANAGER', 'OTHER', p, [30, 55]));
    for (let i = 0; i < 8; i++) slots.push(slot('PROFESSIONAL_TECHNICAL', 'OTHER', rng.pick(['正高级工程师', '高级工程师', '工程师', '助理工程师']), [25, 58]));
    return slots;
  }
  // Party committee departments, government departments, people's congress / CPPCC, courts and procuratorates, mass organisations.
  const head = headTitle(name);
  const deputy = head.startsWith('常务') ? '副主席' : `副${head}`;
  const isOrg = /组织部$|党群工作部$/.test(name);
  const isStanding = /(组织部|宣传部|政法委员会|党群工作部)$/.test(name);
  if (level === 'P') {
    slots.push(slot('COUNTY_LEADER_AND_ABOVE', 'BUREAU_CHIEF', head, [52, 59], { ...leader, principal: true }));
    for (let i = 0; i < 3; i++) slots.push(slot('COUNTY_LEADER_AND_ABOVE', 'BUREAU_DEPUTY', deputy, [45, 58], leader));
    const divisions = rng.sample(isOrg ? P_DIVISIONS_ORG : P_DIVISIONS, 5);
    for (const d of divisions) slots.push(slot('COUNTY_LEADER_AND_ABOVE', 'DIVISION_CHIEF', d === '办公室' ? '办公室主任' : `${d}处长`, [40, 57], { maleShare: 0.7 }));
    for (const d of divisions) slots.push(slot('COUNTY_LEADER_AND_ABOVE', 'DIVISION_DEPUTY', d === '办公室' ? '办公室副主任' : `${d}副处长`, [33, 54], { maleShare: 0.62 }));
    for (const g of ['一级调研员', '二级调研员', '三级调研员', '四级调研员']) slots.push(slot('SENIOR_CIVIL_SERVANT', 'RESEARCHER', g, [45, 59]));
    slots.push(...juniors(rng, 9, divisions));
    return slots;
  }
  if (level === 'C') {
    slots.push(slot('COUNTY_LEADER_AND_ABOVE', isStanding ? 'BUREAU_DEPUTY' : 'DIVISION_CHIEF', isStanding ? `市委常委、${head}` : head, [44, 57], { ...leader, principal: true }));
    for (let i = 0; i < 3; i++) slots.push(slot('COUNTY_LEADER_AND_ABOVE', 'DIVISION_DEPUTY', deputy, [35, 55], leader));
    const sections = rng.sample(isOrg ? C_SECTIONS_ORG : C_SECTIONS, 4);
    for (const s of sections) slots.push(slot('TOWNSHIP_LEADER', 'SECTION_CHIEF', s === '办公室' ? '办公室主任' : `${s}科长`, [30, 55], { maleShare: 0.62 }));
    for (const s of sections.slice(0, 3)) slots.push(slot('TOWNSHIP_LEADER', 'SECTION_DEPUTY', s === '办公室' ? '办公室副主任' : `${s}副科长`, [27, 48]));
    slots.push(slot('SENIOR_CIVIL_SERVANT', 'RESEARCHER', '三级调研员', [47, 59]));
    slots.push(slot('SENIOR_CIVIL_SERVANT', 'RESEARCHER', '四级调研员', [45, 59]));
    slots.push(...juniors(rng, 7, sections));
    return slots;
  }
  // County level
  if (isStanding) {
    const committee = /(市|区|县)委/.exec(name);
    const member = committee ? `${committee[1]}委常委` : '党工委委员';
    slots.push(slot('COUNTY_LEADER_AND_ABOVE', 'DIVISION_DEPUTY', `${member}、${head}`, [38, 54], { ...leader, principal: true }));
    for (let i = 0; i < 3; i++) slots.push(slot('TOWNSHIP_LEADER', 'SECTION_CHIEF', isOrg && i === 0 ? '常务副部长' : deputy, [30, 52], leader));
  } else if (kind === 'JUDICIAL_PROCURATORIAL') {
    // A county court's president or chief procurator ranks as a county-level (县处级) deputy.
    slots.push(slot('COUNTY_LEADER_AND_ABOVE', 'DIVISION_DEPUTY', head, [40, 56], { ...leader, principal: true }));
    for (let i = 0; i < 3; i++) slots.push(slot('TOWNSHIP_LEADER', 'SECTION_CHIEF', deputy, [32, 55], leader));
  } else {
    slots.push(slot('TOWNSHIP_LEADER', 'SECTION_CHIEF', head, [35, 55], { ...leader, principal: true }));
    for (let i = 0; i < 3; i++) slots.push(slot('TOWNSHIP_LEADER', 'SECTION_DEPUTY', deputy, [28, 52], leader));
  }
  slots.push(slot('SENIOR_CIVIL_SERVANT', 'RESEARCHER', '四级调研员', [48, 59]));
  slots.push(...juniors(rng, 9, X_OFFICES));
  return slots;
}

function isYoung(rank: CadreRankCode, category: CadreCategoryCode, age: number): boolean {
  if (rank === 'BUREAU_DEPUTY') return age <= 45;
  if (rank === 'DIVISION_CHIEF' || rank === 'DIVISION_DEPUTY') return age <= 40;
  if (rank === 'SECTION_CHIEF' || rank === 'SECTION_DEPUTY') return age <= 35;
  if (category === 'SOE_SENIOR_MANAGER' || category === 'INSTITUTION_SENIOR_MANAGER') return age <= 42;
  return false;
}

export interface People {
  cadres: CadreRow[];
  cadreMeta: CadreMeta[];
  teachers: TeacherRow[];
  poolMemberships: PoolMembershipRow[];
}

type AnnexAttributes = Pick<
  CadreRow,
  | 'management_level'
  | 'is_leadership_team_member'
  | 'principal_post'
  | 'is_soe_leadership_member'
  | 'village_role'
  | 'is_selected_graduate'
  | 'is_party_affairs_cadre'
  | 'civil_service_entry_date'
  | 'senior_level_since'
>;

const CIVIL_SERVICE: ReadonlySet<CadreCategoryCode> = new Set(['COUNTY_LEADER_AND_ABOVE', 'SENIOR_CIVIL_SERVANT', 'TOWNSHIP_LEADER', 'JUNIOR_CIVIL_SERVANT']);
const CIVIL_SERVICE_UNITS: ReadonlySet<string> = new Set(['PARTY_COMMITTEE_DEPT', 'GOVERNMENT_DEPT', 'PEOPLES_CONGRESS_CPPCC', 'JUDICIAL_PROCURATORIAL', 'MASS_ORGANIZATION', 'TOWNSHIP']);
const LEVEL_OF: Readonly<Record<Placement['level'], ManagementLevelCode>> = { P: 'PROVINCIAL', C: 'CITY', X: 'COUNTY' };

/**
 * 干部管理权限 by rank: 厅局级 → 省管, 县处级 (and 调研员, its 职级 equivalent) → 市管, 乡科级 → 县管.
 * SOE and institution leadership teams are managed at their owner's level (省属企业 → 省管企业).
 */
function managementLevel(s: Slot, at: Placement): ManagementLevelCode {
  if (s.rank === 'BUREAU_CHIEF' || s.rank === 'BUREAU_DEPUTY') return 'PROVINCIAL';
  if (s.rank === 'DIVISION_CHIEF' || s.rank === 'DIVISION_DEPUTY' || s.rank === 'RESEARCHER') return 'CITY';
  if (s.rank === 'SECTION_CHIEF' || s.rank === 'SECTION_DEPUTY') return 'COUNTY';
  if (s.centerGroup && (s.category === 'SOE_SENIOR_MANAGER' || s.category === 'INSTITUTION_SENIOR_MANAGER')) return LEVEL_OF[at.level];
  return 'OTHER';
}

/** Days of a date `years` after `birthDate` plus `extraDays` (no later than `latest`). */
function afterBirth(birthDate: string, years: number, extraDays: number, latest: string): string {
  const d = addDays(birthDate, years * 365 + Math.floor(years / 4) + extraDays);
  return d < latest ? d : latest;
}

/**
 * When a group-A cadre reached 县处级 / 四级调研员 (or the SOE/institution equivalent): a newly
 * appointed 县处级副职 or 四级调研员 on appointment, about one in eight others during 2024–2026, the rest earlier.
 */
function seniorSince(arng: Rng, s: Slot, age: number, birthDate: string, appointedAt: string | null): string {
  const entryRank = s.rank === 'DIVISION_DEPUTY' || (s.rank === 'RESEARCHER' && s.position === '四级调研员');
  if (entryRank && appointedAt !== null && appointedAt >= '2024-01-01') return appointedAt;
  if (arng.chance(0.12)) return addDays('2024-01-01', arng.int(0, toEpochDay(AS_OF) - toEpochDay('2024-01-01') - 30));
  const reachedAge = arng.int(Math.min(32, age - 3), Math.max(Math.min(32, age - 3), age - 3));
  return afterBirth(birthDate, reachedAge, arng.int(0, 364), '2023-12-31');
}

/** The attributes the plan's annexes select on, drawn from the cadre's own fork (the units' draws stay as they were). */
function annexAttributes(arng: Rng, s: Slot, at: Placement, age: number, birthDate: string, appointedAt: string | null): AnnexAttributes {
  const civilServant = CIVIL_SERVICE.has(s.category) && CIVIL_SERVICE_UNITS.has(at.unit.kind);
  let entry: string | null = null;
  if (civilServant) {
    // 新录用公务员: about one in three young 科员 entered within the last two years.
    if (s.rank === 'STAFF' && age <= 30 && arng.chance(0.35)) entry = addDays(AS_OF, -arng.int(20, 700));
    else entry = afterBirth(birthDate, arng.int(21, 26), arng.int(0, 364), addDays(AS_OF, -730));
  }
  const young = age <= 35 && civilServant && !s.rank.startsWith('DIVISION') && !s.rank.startsWith('BUREAU');
  const partyDept = at.unit.kind === 'PARTY_COMMITTEE_DEPT' && s.category !== 'SENIOR_CIVIL_SERVANT';
  return {
    management_level: managementLevel(s, at),
    is_leadership_team_member: s.centerGroup,
    principal_post: s.post,
    is_soe_leadership_member: s.category === 'SOE_SENIOR_MANAGER' && s.centerGroup,
    village_role: s.village,
    is_selected_graduate: young && arng.chance(at.unit.kind === 'TOWNSHIP' ? 0.3 : 0.12),
    is_party_affairs_cadre: partyDept || /党群工作部|党建办|组织委员|专职副书记/.test(s.position),
    civil_service_entry_date: entry,
    senior_level_since: isGroupA(s.category) ? seniorSince(arng, s, age, birthDate, appointedAt) : null,
  };
}

const PRINCIPAL = { centerGroup: true, maleShare: 0.88 } as const;

/** 市县党政正职: each city's and county's party secretary and mayor / county head, in the region's nearest unit. */
function appendPrincipals(b: CadreBuild, ref: Reference, placements: readonly Placement[]): void {
  for (const region of ref.regions) {
    if (region.level !== 'CITY' && region.level !== 'COUNTY') continue;
    const here = placements.filter((p) => p.region.id === region.id && (p.unit.kind === 'PARTY_COMMITTEE_DEPT' || p.unit.kind === 'GOVERNMENT_DEPT'));
    const party = here.find((p) => p.seed.orgDept) ?? here.find((p) => p.unit.kind === 'PARTY_COMMITTEE_DEPT');
    const gov = here.find((p) => /人民政府办公(厅|室)$/.test(p.unit.name)) ?? here.find((p) => p.unit.kind === 'GOVERNMENT_DEPT') ?? party;
    const suffix = /区$/.exec(region.name) ? '区' : /县$/.exec(region.name) ? '县' : '市';
    if (!party || !gov || /实验区$/.test(region.name)) continue;
    const city = region.level === 'CITY';
    const rank = city ? 'BUREAU_CHIEF' : 'DIVISION_CHIEF';
    const head = suffix === '市' ? '市长' : `${suffix}长`;
    const urng = b.rng.fork(`principals-${region.code}`);
    const post = { ...PRINCIPAL, principal: true, post: 'CITY_COUNTY_PRINCIPAL' as const };
    addCadre(b, urng, slot('COUNTY_LEADER_AND_ABOVE', rank, `${region.name.slice(0, -1)}${suffix}委书记`, city ? [50, 58] : [42, 54], post), party, true);
    addCadre(b, urng, slot('COUNTY_LEADER_AND_ABOVE', rank, `${suffix}委副书记、${region.name}${head}`, city ? [48, 57] : [40, 53], post), gov, true);
  }
}

const VILLAGE_HEADS = ['东', '西', '南', '北', '上', '下', '前', '后', '新', '埔', '洋', '溪', '坑', '林'];
const VILLAGE_TAILS = ['山', '洋', '坑', '厝', '埔', '头', '尾', '坂', '兜', '亭', '里', '岭'];

/**
 * 村(社区)干部 (附件5.9) a few per township: three villages (communities for a 街道) each with its
 * party secretary, committee director and one other cadre, plus 驻村第一书记 and a work-team member
 * sent by a county department. Village cadres are not civil servants: category SOE_OTHER_MANAGER
 * (其他管理人员, the closest of the eight), rank OTHER; a secretary who also sits on the township's
 * party committee is TOWNSHIP_LEADER (seeds/README.md).
 */
function appendVillageCadres(b: CadreBuild, placements: readonly Placement[]): void {
  for (const town of placements.filter((p) => p.unit.kind === 'TOWNSHIP')) {
    const vrng = b.rng.fork(`villages-${town.unit.id}`);
    const street = /街道办事处$/.test(town.unit.name);
    const at: Placement = { ...town, level: 'X' };
    const places = new Set<string>();
    while (places.size < 3) places.add(`${vrng.pick(VILLAGE_HEADS)}${vrng.pick(VILLAGE_TAILS)}${street ? '社区' : '村'}`);
    for (const place of places) {
      const onTownCommittee = vrng.chance(0.2);
      const secretary = onTownCommittee ? slot('TOWNSHIP_LEADER', 'OTHER', `${place}党组织书记、${street ? '街道党工委' : '乡镇党委'}委员`, [38, 58], { maleShare: 0.8, village: 'PARTY_SECRETARY' })
        : slot('SOE_OTHER_MANAGER', 'OTHER', `${place}党组织书记`, [35, 60], { maleShare: 0.8, village: 'PARTY_SECRETARY' });
      addCadre(b, vrng, secretary, at, true);
      addCadre(b, vrng, slot('SOE_OTHER_MANAGER', 'OTHER', `${place}${street ? '居委会' : '村委会'}主任`, [32, 60], { maleShare: 0.75, village: 'COMMITTEE_DIRECTOR' }), at, true);
      addCadre(b, vrng, slot('SOE_OTHER_MANAGER', 'OTHER', `${place}${vrng.pick(['委员', '文书', '妇联主席', '报账员'])}`, [25, 58], { maleShare: 0.5, village: 'OTHER_VILLAGE_CADRE' }), at, true);
    }
    // 驻村: civil servants of a department in the same county (or city), stationed in the township's region.
    const senders = placements.filter((p) => p.unit.kind !== 'TOWNSHIP' && CIVIL_SERVICE_UNITS.has(p.unit.kind) && town.region.path.startsWith(p.region.path) && p.region.level !== 'PROVINCE');
    const sender = senders.length ? vrng.pick(senders) : town;
    const stationed: Placement = { ...sender, region: town.region };
    addCadre(b, vrng, slot('TOWNSHIP_LEADER', 'SECTION_DEPUTY', `驻${town.unit.name.replace(/人民政府$|办事处$/, '')}第一书记`, [30, 48], { maleShare: 0.7, village: 'FIRST_SECRETARY' }), stationed, true);
    addCadre(b, vrng, slot('JUNIOR_CIVIL_SERVANT', 'PRINCIPAL_STAFF', '驻村工作队员、四级主任科员', [26, 45], { village: 'WORK_TEAM_MEMBER' }), stationed, true);
  }
}

/** The shared state of one build: ids, the ID-card allocator and the rows so far. */
interface CadreBuild {
  ids: FakeIdCardAllocator;
  cadres: CadreRow[];
  cadreMeta: CadreMeta[];
  rng: Rng;
}

/** Where a cadre works: the unit, the region (the unit's unless stationed elsewhere) and the unit's level. */
interface Placement {
  unit: UnitRow;
  seed: UnitSeed;
  region: RegionRow;
  level: 'P' | 'C' | 'X';
}

/** One cadre from its slot; the person's draws come from `urng` in a fixed order, the annex attributes from their own fork. */
function addCadre(b: CadreBuild, urng: Rng, s: Slot, at: Placement, appended: boolean): void {
  const { unit, region } = at;
  const asOfDay = toEpochDay(AS_OF);
  const id = b.cadres.length + 1;
  const gender: GenderCode = urng.chance(s.maleShare) ? 'MALE' : 'FEMALE';
  const age = urng.int(s.ages[0], s.ages[1]);
  const roughBirth = addDays(AS_OF, -(age * 365 + Math.floor(age / 4)) - urng.int(1, 364));
  const { idCard, birthDate } = b.ids.allocate(region.code, roughBirth, addDays);
  // Years in the current post; about one leader in ten was promoted within the last year.
  let appointedAt: string | null;
  const workStartDay = toEpochDay(birthDate) + 23 * 365;
  if (s.rank === 'STAFF' && urng.chance(0.2)) appointedAt = null;
  else if ((s.centerGroup || s.rank.startsWith('DIVISION') || s.rank.startsWith('SECTION')) && urng.chance(0.12)) {
    appointedAt = addDays(AS_OF, -urng.int(20, 330));
  } else {
    const back = urng.int(200, s.rank === 'STAFF' ? 5 * 365 : 9 * 365);
    appointedAt = addDays(AS_OF, -Math.min(back, asOfDay - workStartDay));
  }
  let status: CadreStatusCode = 'ACTIVE';
  if (!s.principal) {
    if (age >= 58 && urng.chance(0.25)) status = 'RETIRED';
    else if (urng.chance(0.015)) status = 'TRANSFERRED_OUT';
  }
  const name = personName(urng, gender);
  const attrs = annexAttributes(b.rng.fork(`annex-${id}`), s, at, age, birthDate, appointedAt);
  // A newly recruited civil servant holds the post since entry, not before it.
  if (attrs.civil_service_entry_date && appointedAt !== null && appointedAt < attrs.civil_service_entry_date) appointedAt = attrs.civil_service_entry_date;
  const row: CadreRow = {
    id,
    name,
    gender,
    birth_date: birthDate,
    id_card_number: idCard,
    phone: `1390000${pad(id, 4)}`,
    unit_id: unit.id,
    region_id: region.id,
    sector: unit.sector,
    category: s.category,
    rank: s.rank,
    position: s.position,
    is_principal_leader: s.principal,
    is_young_cadre: isYoung(s.rank, s.category, age),
    appointed_at: appointedAt,
    status,
    ...attrs,
    created_at: SEED_STAMP,
    updated_at: SEED_STAMP,
  };
  b.cadres.push(row);
  const roll = urng.next();
  b.cadreMeta.push({
    row,
    unit,
    unitSeed: at.seed,
    regionPath: region.path,
    groupA: isGroupA(s.category),
    centerGroup: s.centerGroup,
    profile: roll < 0.4 ? 'STRONG' : roll < 0.72 ? 'PARTIAL' : 'WEAK',
    age,
    birthDay: toEpochDay(birthDate),
    appointedDay: appointedAt === null ? null : toEpochDay(appointedAt),
    appended,
  });
}

export function buildCadres(rng: Rng, ref: Reference): { cadres: CadreRow[]; cadreMeta: CadreMeta[] } {
  const b: CadreBuild = { ids: new FakeIdCardAllocator(), cadres: [], cadreMeta: [], rng };
  const placements: Placement[] = [];
  for (const unit of ref.units) {
    const seed = must(ref.unitSeeds, unit.id, 'unit');
    const region = must(ref.regionById, unit.region_id, 'region');
    const at: Placement = { unit, seed, region, level: region.level === 'PROVINCE' ? 'P' : region.level === 'CITY' ? 'C' : 'X' };
    placements.push(at);
    const urng = rng.fork(`unit-${unit.id}`);
    for (const s of roster(urng, unit, seed, at.level)) addCadre(b, urng, s, at, false);
  }
  // After every unit's roster, so the units' cadres keep their ids and draws.
  appendPrincipals(b, ref, placements);
  appendVillageCadres(b, placements);
  return { cadres: b.cadres, cadreMeta: b.cadreMeta };
}

/** The faculty pool: 100 school faculty, 35 leading cadres, 35 experts, 25 advanced models, 25 grassroots cadres. */
export function buildTeachers(rng: Rng, ref: Reference, cadreMeta: readonly CadreMeta[]): { teachers: TeacherRow[]; poolMemberships: PoolMembershipRow[] } {
  const teachers: TeacherRow[] = [];
  const inst = (key: string) => must(ref.institutionByKey, key, 'institution');
  const add = (t: Omit<TeacherRow, 'id' | 'created_at' | 'updated_at' | 'phone' | 'email'> & { phone?: string | null }): TeacherRow => {
    const id = teachers.length + 1;
    const row: TeacherRow = {
      id,
      ...t,
      phone: t.phone !== undefined ? t.phone : `1390001${pad(id, 4)}`,
      email: rng.chance(0.9) ? `teacher${pad(id, 4)}@ganxun-demo.example` : null,
      created_at: SEED_STAMP,
      updated_at: SEED_STAMP,
    };
    teachers.push(row);
    return row;
  };

  // —— School faculty (专职教师), spread over the schools; specialties rotate so every school covers the core topics.
  const facultyPlan: readonly (readonly [string, number])[] = [
    ['PROV', 24], ['GUTIAN', 8], ['GWC', 6], ['SOCIALIST', 4], ['ONLINE', 3],
    ...['350100', '350200', '350300', '350400', '350500', '350600', '350700', '350800', '350900'].map((c) => [`CITY:${c}`, 4] as const),
    ...['350582', '350181', '350821', '350102', '350203', '350304', '350823', '350922', '350424', '350923', '350626'].map((c) => [`COUNTY:${c}`, 1] as const),
    ['SOE', 3], ['EDU', 3], ['XMU', 2],
  ];
  const core = ['习近平新时代中国特色社会主义思想', '党史党建', '经济管理', '党性教育', '公共管理', '法治建设', '生态文明', '乡村振兴', '应急管理', '数字经济'];
  const focus: Readonly<Record<string, readonly string[]>> = {
    GUTIAN: ['党性教育', '党史党建', '红色文化', '领导科学'],
    GWC: ['党性教育', '生态文明', '党史党建'],
    SOCIALIST: ['政治学', '两岸关系', '文化建设'],
    ONLINE: ['数字经济', '公共管理', '习近平新时代中国特色社会主义思想'],
    SOE: ['国有企业改革', '应急管理', '经济管理'],
    EDU: ['教育管理', '公共管理', '卫生健康管理'],
    XMU: ['数字经济', '金融'],
  };
  for (const [key, n] of facultyPlan) {
    const institution = inst(key);
    const list = focus[key] ?? core;
    for (let i = 0; i < n; i++) {
      const primary = list[i % list.length]!;
      const extra = rng.sample(SPECIALTIES.filter((s) => s !== primary), rng.int(0, 2));
      const gender: GenderCode = rng.chance(0.55) ? 'MALE' : 'FEMALE';
      const title = key.startsWith('COUNTY:') ? rng.pick(['副教授', '讲师', '讲师']) : rng.weighted(FACULTY_TITLES);
      const dept = key === 'XMU' ? '干部教育培训中心' : key === 'SOE' || key === 'EDU' ? '培训部' : DEPARTMENT_BY_SPECIALTY[primary] ?? '教务处';
      add({
        name: personName(rng, gender),
        kind: rng.chance(0.92) ? 'FULL_TIME' : 'PART_TIME',
        source: 'SCHOOL_FACULTY',
        institution_id: institution.id,
        title,
        specialties: [primary, ...extra],
        is_renowned: title === '教授' && rng.chance(0.4),
        cadre_id: null,
        biography: `${institution.name}${dept}${title}，主要研究方向为${primary}。`,
      });
    }
  }

  // —— Leading cadres who lecture (领导干部上讲台), linked to their cadre record.
  const schoolFor = (m: CadreMeta): string => {
    const code = must(ref.regionById, m.row.region_id, 'region').code;
    if (code === '350000') return 'PROV';
    if (code.endsWith('00')) return `CITY:${code}`;
    return ref.institutionByKey.has(`COUNTY:${code}`) ? `COUNTY:${code}` : `CITY:${code.slice(0, 4)}00`;
  };
  const leaders = cadreMeta.filter(
    (m) => !m.appended && m.row.category === 'COUNTY_LEADER_AND_ABOVE' && m.row.status === 'ACTIVE' && m.centerGroup && m.row.rank !== 'RESEARCHER',
  );
  for (const m of rng.sample(leaders, 35).sort((a, b) => a.row.id - b.row.id)) {
    const key = schoolFor(m);
    const specs = LEADER_SPECIALTIES_BY_SECTOR[m.row.sector] ?? ['领导科学'];
    add({
      name: m.row.name,
      kind: 'PART_TIME',
      source: 'LEADING_CADRE',
      institution_id: inst(key).id,
      title: null,
      specialties: rng.sample(specs, rng.int(1, specs.length)),
      is_renowned: false,
      cadre_id: m.row.id,
      phone: m.row.phone,
      biography: `${m.unit.name}${m.row.position}，${inst(key).short_name ?? inst(key).name}兼职教师。`,
    });
  }

  // —— Experts and scholars (专家学者).
  for (let i = 0; i < 35; i++) {
    const [affiliation, title, specs] = EXPERT_AFFILIATIONS[i % EXPERT_AFFILIATIONS.length]!;
    const key = /厦门大学/.test(affiliation) ? 'XMU' : rng.chance(0.5) ? 'PROV' : `CITY:${rng.pick(['350100', '350200', '350500', '350700'])}`;
    add({
      name: personName(rng, rng.chance(0.65) ? 'MALE' : 'FEMALE'),
      kind: 'PART_TIME',
      source: 'EXPERT_SCHOLAR',
      institution_id: i % 7 === 6 ? null : inst(key).id,
      title,
      specialties: [...specs],
      is_renowned: rng.chance(0.2),
      cadre_id: null,
      biography: `${affiliation}${title}，研究领域：${specs.join('、')}。`,
    });
  }

  // —— Advanced models (先进典型).
  const modelSchools = ['GUTIAN', 'GWC', 'PROV', 'CITY:350900', 'CITY:350800', 'CITY:350600', 'CITY:350700', 'COUNTY:350821'];
  for (let i = 0; i < 25; i++) {
    const [who, specs] = MODEL_PROFILES[i % MODEL_PROFILES.length]!;
    add({
      name: personName(rng, rng.chance(0.6) ? 'MALE' : 'FEMALE'),
      kind: 'PART_TIME',
      source: 'ADVANCED_MODEL',
      institution_id: inst(modelSchools[i % modelSchools.length]!).id,
      title: null,
      specialties: [...specs],
      is_renowned: rng.chance(0.25),
      cadre_id: null,
      biography: `${who}，受聘为现场教学、访谈教学兼职教师。`,
    });
  }

  // —— Grassroots cadres (基层干部).
  const counties = ['350582', '350181', '350821', '350102', '350203', '350304', '350823', '350922', '350424', '350923', '350626'];
  for (let i = 0; i < 25; i++) {
    const [role, specs] = GRASSROOTS_ROLES[i % GRASSROOTS_ROLES.length]!;
    const county = counties[i % counties.length]!;
    const region = must(ref.regionByCode, county, 'region');
    add({
      name: personName(rng, rng.chance(0.65) ? 'MALE' : 'FEMALE'),
      kind: 'PART_TIME',
      source: 'GRASSROOTS_CADRE',
      institution_id: inst(`COUNTY:${county}`).id,
      title: null,
      specialties: [...specs],
      is_renowned: false,
      cadre_id: null,
      biography: `${region.name}${role}，结合基层工作实际讲授实务课程。`,
    });
  }

  // —— Published quality pools (优质师资库): the provincial school's and each city school's, 2021–2025.
  const poolMemberships: PoolMembershipRow[] = [];
  const seen = new Set<string>();
  const prov = inst('PROV');
  const join = (teacher: TeacherRow, publisherId: number, year: number, poolName: string): void => {
    const key = `${teacher.id}/${publisherId}/${year}`;
    if (seen.has(key)) return;
    seen.add(key);
    poolMemberships.push({
      id: poolMemberships.length + 1,
      teacher_id: teacher.id,
      publisher_id: publisherId,
      year,
      pool_name: poolName,
      created_at: `${year}-12-15T09:00:00+08:00`,
      updated_at: `${year}-12-15T09:00:00+08:00`,
    });
  };
  for (const t of teachers) {
    const home = t.institution_id === null ? null : ref.institutions[t.institution_id - 1]!;
    if (t.is_renowned || rng.chance(0.25)) {
      const from = rng.int(2021, 2024);
      for (let y = from; y <= 2025; y += rng.int(1, 2)) join(t, prov.id, y, '福建省干部教育培训优质师资库');
    }
    if (home && home.level !== 'PROVINCIAL' && rng.chance(0.45)) {
      const city = home.level === 'MUNICIPAL' ? home : ref.institutions[(home.supervisor_id ?? home.id) - 1]!;
      const cityName = must(ref.regionById, city.region_id, 'region').name;
      join(t, city.id, rng.int(2021, 2025), `${cityName}干部教育培训师资库`);
    }
  }
  poolMemberships.sort((a, b) => a.teacher_id - b.teacher_id || a.publisher_id - b.publisher_id || a.year - b.year);
  poolMemberships.forEach((p, i) => (p.id = i + 1));
  return { teachers, poolMemberships };
}
