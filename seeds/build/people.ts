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
import type { CadreRow, PoolMembershipRow, TeacherRow, UnitRow } from '../rows';
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
}

interface Slot {
  category: CadreCategoryCode;
  rank: CadreRankCode;
  position: string;
  principal: boolean;
  centerGroup: boolean;
  ages: readonly [number, number];
  maleShare: number;
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
  opts: { principal?: boolean; centerGroup?: boolean; maleShare?: number } = {},
): Slot {
  return {
    category,
    rank,
    position,
    principal: opts.principal ?? false,
    centerGroup: opts.centerGroup ?? false,
    ages,
    maleShare: opts.maleShare ?? 0.58,
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
    slots.push(slot('TOWNSHIP_LEADER', 'SECTION_CHIEF', isStreet ? '党工委书记' : '党委书记', [34, 52], { ...leader, principal: true }));
    slots.push(slot('TOWNSHIP_LEADER', 'SECTION_CHIEF', chief, [31, 50], leader));
    for (const p of [isStreet ? '党工委副书记' : '党委副书记', `副${chief}`, `副${chief}`, isStreet ? '人大工委主任' : '人大主席', '纪委书记', '组织委员', '宣传委员']) {
      slots.push(slot('TOWNSHIP_LEADER', 'SECTION_DEPUTY', p, [27, 50], leader));
    }
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

export function buildCadres(rng: Rng, ref: Reference): { cadres: CadreRow[]; cadreMeta: CadreMeta[] } {
  const ids = new FakeIdCardAllocator();
  const cadres: CadreRow[] = [];
  const cadreMeta: CadreMeta[] = [];
  const asOfDay = toEpochDay(AS_OF);
  for (const unit of ref.units) {
    const seed = must(ref.unitSeeds, unit.id, 'unit');
    const region = must(ref.regionById, unit.region_id, 'region');
    const level = region.level === 'PROVINCE' ? 'P' : region.level === 'CITY' ? 'C' : 'X';
    const urng = rng.fork(`unit-${unit.id}`);
    for (const s of roster(urng, unit, seed, level)) {
      const id = cadres.length + 1;
      const gender: GenderCode = urng.chance(s.maleShare) ? 'MALE' : 'FEMALE';
      const age = urng.int(s.ages[0], s.ages[1]);
      const roughBirth = addDays(AS_OF, -(age * 365 + Math.floor(age / 4)) - urng.int(1, 364));
      const { idCard, birthDate } = ids.allocate(region.code, roughBirth, addDays);
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
      const row: CadreRow = {
        id,
        name: personName(urng, gender),
        gender,
        birth_date: birthDate,
        id_card_number: idCard,
        phone: `1390000${pad(id, 4)}`,
        unit_id: unit.id,
        region_id: unit.region_id,
        sector: unit.sector,
        category: s.category,
        rank: s.rank,
        position: s.position,
        is_principal_leader: s.principal,
        is_young_cadre: isYoung(s.rank, s.category, age),
        appointed_at: appointedAt,
        status,
        created_at: SEED_STAMP,
        updated_at: SEED_STAMP,
      };
      cadres.push(row);
      const roll = urng.next();
      cadreMeta.push({
        row,
        unit,
        unitSeed: seed,
        regionPath: region.path,
        groupA: isGroupA(s.category),
        centerGroup: s.centerGroup,
        profile: roll < 0.4 ? 'STRONG' : roll < 0.72 ? 'PARTIAL' : 'WEAK',
        age,
        birthDay: toEpochDay(birthDate),
        appointedDay: appointedAt === null ? null : toEpochDay(appointedAt),
      });
    }
  }
  return { cadres, cadreMeta };
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
    (m) => m.row.category === 'COUNTY_LEADER_AND_ABOVE' && m.row.status === 'ACTIVE' && m.centerGroup && m.row.rank !== 'RESEARCHER',
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
