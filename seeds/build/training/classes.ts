import { SEMESTER_TOPICS } from '../../data/topics';
import type { ClassKindCode, CourseCategoryCode } from '../../data/types';
import { addDays, endAfterTeachingDays, nextMonday, toEpochDay } from '../../dates';
import type { Rng } from '../../random';
import type { InstitutionRow, TrainingClassRow } from '../../rows';
import { FIRST_YEAR, LAST_YEAR, stampOn } from '../constants';
import type { CadreMeta } from '../people';
import { must, type Reference } from '../reference';

/** Course categories and their weights on a class's timetable. */
export type Mix = readonly (readonly [CourseCategoryCode, number])[];

export interface ClassMeta {
  row: TrainingClassRow;
  institution: InstitutionRow;
  instKey: string;
  /** Who may be sent to this class. */
  audience: (m: CadreMeta) => boolean;
  /** The programme (same school, same title without the semester): nobody attends it twice. */
  series: string;
  /** Preference when a cadre is eligible for several classes in a year. */
  weight: number;
  mix: Mix;
  leaderShare: number;
  onsiteShare: number;
  /** Hours of an online thematic class (sum of its sessions). */
  onlineHours: number;
  taken: number;
  decidedBy: string;
  /** Taught online (online thematic classes, the online 初任培训班): no seats, hours from the online timetable. */
  online: boolean;
  /**
   * Only its own step sends cadres to it (national rotation classes, 初任培训班: records.ts), never the
   * general choice of a year's classes.
   */
  dedicated: boolean;
}

const MIX_MAIN: Mix = [['THEORY', 50], ['PARTY_SPIRIT', 30], ['CAPABILITY', 14], ['KNOWLEDGE', 6]];
/** A main class that misses the plan's theory + party-spirit ≥ 70% indicator (some institutions fall short). */
const MIX_WEAK: Mix = [['THEORY', 25], ['PARTY_SPIRIT', 10], ['CAPABILITY', 42], ['KNOWLEDGE', 23]];
const MIX_THEMATIC: Mix = [['THEORY', 50], ['PARTY_SPIRIT', 10], ['CAPABILITY', 30], ['KNOWLEDGE', 10]];
const MIX_PARTY_SPIRIT: Mix = [['PARTY_SPIRIT', 60], ['THEORY', 25], ['CAPABILITY', 15]];
const MIX_ONBOARDING: Mix = [['THEORY', 30], ['PARTY_SPIRIT', 20], ['CAPABILITY', 35], ['KNOWLEDGE', 15]];
const MIX_SECTOR: Mix = [['CAPABILITY', 50], ['KNOWLEDGE', 25], ['THEORY', 15], ['PARTY_SPIRIT', 10]];
const MIX_UNIVERSITY: Mix = [['KNOWLEDGE', 45], ['CAPABILITY', 35], ['THEORY', 20]];

const SECTION_RANKS = new Set(['SECTION_CHIEF', 'SECTION_DEPUTY']);
const DIVISION_RANKS = new Set(['DIVISION_CHIEF', 'DIVISION_DEPUTY']);

const CITY_CODES = ['350100', '350200', '350300', '350400', '350500', '350600', '350700', '350800', '350900'];

function semesterStart(year: number, term: 'SPRING' | 'AUTUMN', week: number): string {
  return addDays(nextMonday(`${year}-${term === 'SPRING' ? '03' : '09'}-01`), week * 7);
}

/** 新录用公务员 for a class starting on `day` (an epoch day): entered the civil service before it, at most two years before. */
function newEntrantAt(m: CadreMeta, day: number): boolean {
  const entry = m.row.civil_service_entry_date;
  if (entry === null) return false;
  const d = day - toEpochDay(entry);
  return d > 0 && d <= 730;
}

/** Appointed within the year before `day` (an epoch day): the "finish within one year of promotion" cohort. */
function appointedWithinYearOf(m: CadreMeta, day: number): boolean {
  if (m.appointedDay === null) return false;
  const d = day - m.appointedDay;
  return d >= 0 && d <= 365;
}

/** The organisation department's name by region code (who decides assignments to a region's classes). */
function orgDeptNames(ref: Reference): Map<string, string> {
  const names = new Map<string, string>();
  for (const u of ref.units) if (ref.unitSeeds.get(u.id)?.orgDept) names.set(must(ref.regionById, u.region_id, 'region').code, u.name);
  return names;
}

type AddClass = (
  instKey: string,
  year: number,
  term: 'SPRING' | 'AUTUMN',
  week: number,
  kind: ClassKindCode,
  title: string,
  days: number,
  capacity: number,
  audience: (m: CadreMeta, startDay: number) => boolean,
  opts?: { weight?: number; mix?: Mix; leaderShare?: number; onsiteShare?: number; decidedBy?: string; online?: boolean; dedicated?: boolean },
) => void;

/**
 * Adds one class and its metadata: the semester's dates, the institution's jurisdiction as the
 * first filter of the audience, and the deciding organisation department. Ids follow the order of calls.
 */
function classAdder(ref: Reference, orgDeptName: ReadonlyMap<string, string>, classes: TrainingClassRow[], classMeta: ClassMeta[]): AddClass {
  const regionOf = (id: number) => must(ref.regionById, id, 'region');
  const deciderFor = (region: string): string =>
    orgDeptName.get(region) ?? orgDeptName.get(`${region.slice(0, 4)}00`) ?? orgDeptName.get('350000')!;
  return (instKey, year, term, week, kind, title, days, capacity, audience, opts = {}) => {
    const institution = must(ref.institutionByKey, instKey, 'institution');
    const semester = `${year}-${term}`;
    const start = semesterStart(year, term, week);
    const online = kind === 'ONLINE_THEMATIC' || opts.online === true;
    const end = online ? addDays(start, 34) : endAfterTeachingDays(start, days);
    const region = regionOf(institution.region_id);
    const row: TrainingClassRow = {
      id: classes.length + 1,
      institution_id: institution.id,
      name: `${year}年${term === 'SPRING' ? '春季' : '秋季'}学期${title}`,
      kind,
      semester,
      start_date: start,
      end_date: end,
      days: online ? 0 : days,
      capacity,
      created_at: stampOn(addDays(start, -45)),
      updated_at: stampOn(addDays(start, -45)),
    };
    const provinceWide = institution.level === 'PROVINCIAL' || institution.level === 'NATIONAL';
    const inScope = (m: CadreMeta): boolean =>
      provinceWide ? true : institution.level === 'MUNICIPAL' ? m.regionPath.startsWith(region.path) : m.row.region_id === institution.region_id;
    const startDay = toEpochDay(start);
    classes.push(row);
    classMeta.push({
      row,
      institution,
      instKey,
      audience: (m) => inScope(m) && audience(m, startDay),
      series: `${instKey}|${title}`,
      weight: opts.weight ?? 1,
      mix: opts.mix ?? MIX_MAIN,
      leaderShare: opts.leaderShare ?? 0.1,
      onsiteShare: opts.onsiteShare ?? 0.08,
      onlineHours: 0,
      taken: 0,
      // Provincial (and national) institutions' classes: the provincial organisation department sends the cadres.
      decidedBy: opts.decidedBy ?? deciderFor(provinceWide ? '350000' : region.code),
      online,
      dedicated: opts.dedicated === true,
    });
  };
}

/** One semester's calendar as the class catalogues see it. */
interface Semester {
  add: AddClass;
  year: number;
  term: 'SPRING' | 'AUTUMN';
  autumn: boolean;
  topic: string;
  /** A main class's mix: one in eight misses the plan's content indicator (draws from the classes' PRNG). */
  mainMix: () => { mix: Mix; leaderShare: number };
}

/** 省委党校（福建行政学院）, and the autumn young cadres' party-spirit class at Gutian. */
function provincialSchoolClasses({ add, year, term, autumn, topic, mainMix }: Semester): void {
  const groupA = (m: CadreMeta) => m.groupA;
  const groupB = (m: CadreMeta) => !m.groupA;
  add('PROV', year, term, 0, 'MAIN', '县处级领导干部进修班', 30, 90, (m) => m.groupA && m.row.rank !== 'BUREAU_CHIEF' && m.row.rank !== 'BUREAU_DEPUTY', { weight: 3, ...mainMix() });
  add('PROV', year, term, 0, 'YOUNG_CADRE', '中青年干部培训班', 60, 60, (m) => m.row.is_young_cadre && (DIVISION_RANKS.has(m.row.rank) || m.row.rank === 'BUREAU_DEPUTY' || m.groupA), { weight: 5, ...mainMix() });
  add('PROV', year, term, 6, 'APPOINTMENT', '新任县处级领导干部任职培训班', 20, 60, (m, s) => DIVISION_RANKS.has(m.row.rank) && appointedWithinYearOf(m, s), { weight: 8, ...mainMix() });
  add('PROV', year, term, 8, 'THEMATIC', `${topic}专题研讨班`, 5, 50, groupA, { mix: MIX_THEMATIC, leaderShare: 0.2 });
  if (autumn) {
    add('PROV', year, term, 2, 'MAIN', '厅局级领导干部进修班', 20, 40, (m) => m.row.rank === 'BUREAU_CHIEF' || m.row.rank === 'BUREAU_DEPUTY', { weight: 6, ...mainMix() });
    add('PROV', year, term, 10, 'PRINCIPAL_LEADER', '市县党政主要领导干部专题研讨班', 5, 40, (m) => m.row.is_principal_leader && m.row.category === 'COUNTY_LEADER_AND_ABOVE', { weight: 6, mix: MIX_THEMATIC, leaderShare: 0.3 });
    add('PROV', year, term, 14, 'THEMATIC', `${topic}专题轮训班`, 5, 50, groupA, { mix: MIX_THEMATIC, leaderShare: 0.2 });
    add('GUTIAN', year, term, 13, 'THEMATIC', '年轻干部党性教育专题培训班', 5, 50, (m) => m.row.is_young_cadre, { mix: MIX_PARTY_SPIRIT, onsiteShare: 0.3, weight: 2 });
    add('PROV', year, term, 4, 'ONBOARDING', '省直机关新录用公务员初任培训班', 10, 80, (m, s) => m.regionPath === '/350000/' && newEntrantAt(m, s), { mix: MIX_ONBOARDING, dedicated: true });
  } else {
    add('PROV', year, term, 10, 'MAIN', '省直机关干部进修班', 15, 60, (m) => groupB(m) && m.regionPath === '/350000/', { weight: 3, ...mainMix() });
  }
}

/** 古田干部学院、谷文昌干部学院 (party-spirit classes with onsite teaching), 社会主义学院, and 福建干部网络学院's online thematic classes. */
function collegeAndOnlineClasses({ add, year, term, autumn, topic }: Semester, provincialOrgDept: string): void {
  const anyone = () => true;
  add('GUTIAN', year, term, 3, 'THEMATIC', '党性教育专题培训班（第一期）', 5, 50, (m) => m.groupA || m.row.category === 'TOWNSHIP_LEADER', { mix: MIX_PARTY_SPIRIT, onsiteShare: 0.3, leaderShare: 0.1, weight: 1.5 });
  add('GUTIAN', year, term, 9, 'THEMATIC', '党性教育专题培训班（第二期）', 5, 50, (m) => m.groupA || m.row.category === 'TOWNSHIP_LEADER', { mix: MIX_PARTY_SPIRIT, onsiteShare: 0.3, leaderShare: 0.1, weight: 1.5 });
  if (!autumn) add('GUTIAN', year, term, 6, 'THEMATIC', '乡镇党委书记党性教育专题培训班', 7, 50, (m) => m.row.is_principal_leader && m.unit.kind === 'TOWNSHIP', { mix: MIX_PARTY_SPIRIT, onsiteShare: 0.3, weight: 5 });
  add('GWC', year, term, 5, 'THEMATIC', '谷文昌精神与党性修养专题培训班', 5, 50, (m) => m.groupA || m.row.category === 'TOWNSHIP_LEADER', { mix: MIX_PARTY_SPIRIT, onsiteShare: 0.3, leaderShare: 0.08, weight: 1.5 });
  if (autumn) add('SOCIALIST', year, term, 3, 'THEMATIC', '党外干部理论研修班', 10, 40, anyone, { mix: MIX_THEMATIC, weight: 0.3 });
  // Online thematic classes: their hours are set from their online sessions.
  add('ONLINE', year, term, 2, 'ONLINE_THEMATIC', `${topic}网络专题班`, 0, 20000, anyone, { decidedBy: provincialOrgDept });
  if (!autumn) add('ONLINE', year, term, 10, 'ONLINE_THEMATIC', '提升领导干部履职能力网络专题班', 0, 20000, anyone, { decidedBy: provincialOrgDept });
}

/** Municipal party schools. */
function municipalClasses({ add, year, term, autumn, topic, mainMix }: Semester): void {
  const anyone = () => true;
  for (const code of CITY_CODES) {
    const key = `CITY:${code}`;
    add(key, year, term, 1, 'MAIN', '科级干部进修班', 20, 70, (m) => SECTION_RANKS.has(m.row.rank) || m.row.rank === 'PRINCIPAL_STAFF' || m.row.category === 'SOE_OTHER_MANAGER', { weight: 3, ...mainMix() });
    if (!autumn) add(key, year, term, 9, 'THEMATIC', `${topic}专题培训班`, 5, 50, anyone, { mix: MIX_THEMATIC, leaderShare: 0.15, onsiteShare: 0.12 });
    if (autumn) add(key, year, term, 5, 'ONBOARDING', '新录用公务员初任培训班', 10, 60, newEntrantAt, { mix: MIX_ONBOARDING, dedicated: true });
    if (!autumn && year % 2 === 1) add(key, year, term, 0, 'YOUNG_CADRE', '中青年干部培训班', 45, 40, (m) => m.row.is_young_cadre, { weight: 5, ...mainMix() });
    if (autumn && year % 2 === 0) add(key, year, term, 9, 'APPOINTMENT', '新任科级领导干部任职培训班', 15, 50, (m, s) => SECTION_RANKS.has(m.row.rank) && appointedWithinYearOf(m, s), { weight: 8, ...mainMix() });
    if (autumn) add(key, year, term, 8, 'THEMATIC', '专业技术人才知识更新专题培训班', 5, 60, (m) => m.row.category === 'PROFESSIONAL_TECHNICAL' || m.row.category === 'INSTITUTION_SENIOR_MANAGER', { mix: MIX_SECTOR, weight: 2 });
  }
}

/** County party schools: a main class in spring, a thematic one in autumn. */
function countyClasses({ add, year, term, autumn, topic }: Semester, countyKeys: readonly string[], crng: Rng): void {
  const anyone = () => true;
  for (const key of countyKeys) {
    if (!autumn) add(key, year, term, 4, 'MAIN', '乡科级干部培训班', 10, 50, (m) => SECTION_RANKS.has(m.row.rank) || m.row.category === 'JUNIOR_CIVIL_SERVANT', { weight: 3, mix: crng.chance(0.15) ? MIX_WEAK : MIX_MAIN, leaderShare: 0.15, onsiteShare: 0.12 });
    else add(key, year, term, 7, 'THEMATIC', `${topic}专题培训班`, 5, 50, anyone, { mix: MIX_THEMATIC, leaderShare: 0.12, onsiteShare: 0.15 });
  }
}

/** Sector, SOE and university bases. */
function sectorClasses({ add, year, term, autumn }: Semester): void {
  add('SOE', year, term, 4, 'SECTOR', autumn ? '国有企业中层管理人员培训班' : '国有企业领导人员经营管理能力提升班', 7, 50, (m) => m.row.sector === 'SOE' && (autumn ? !m.groupA : m.groupA), { weight: 3, mix: MIX_SECTOR, decidedBy: '福建省人民政府国有资产监督管理委员会' });
  add('XMU', year, term, 6, 'THEMATIC', autumn ? '数字经济与高质量发展专题研修班' : '金融风险防范专题研修班', 5, 50, (m) => m.groupA, { mix: MIX_UNIVERSITY, weight: 1 });
  add('EDU', year, term, 3, 'SECTOR', autumn ? '中小学党组织书记培训班' : '中小学校长任职资格培训班', 10, 60, (m) => m.row.sector === 'EDUCATION' && m.unit.kind !== 'GOVERNMENT_DEPT', { weight: 4, mix: MIX_SECTOR, decidedBy: '福建省教育厅' });
}

/**
 * The national institutions' classes the province sends 省管干部 to (附件5.1: capability short courses,
 * "3至4年轮训一遍"), 2023–2026: thematic classes, and sector classes for SOE leaders. Capacity is the
 * province's seats, not the class's size. Only the rotation step of records.ts fills them.
 */
function nationalClasses({ add, year, term, autumn }: Semester): void {
  if (year < 2023) return;
  const provincial = (m: CadreMeta) => m.row.management_level === 'PROVINCIAL';
  const soe = (m: CadreMeta) => provincial(m) && m.row.sector === 'SOE';
  const opts = { mix: MIX_THEMATIC, dedicated: true } as const;
  if (!autumn) {
    add('NAT:CPS', year, term, 2, 'THEMATIC', '厅局级领导干部学习贯彻习近平新时代中国特色社会主义思想专题研讨班', 7, 12, provincial, opts);
    add('NAT:PUDONG', year, term, 5, 'THEMATIC', '推动高质量发展专题培训班', 5, 12, provincial, opts);
    add('NAT:YANAN', year, term, 8, 'THEMATIC', '弘扬延安精神专题培训班', 5, 12, provincial, { ...opts, mix: MIX_PARTY_SPIRIT });
    add('NAT:DALIAN', year, term, 4, 'SECTOR', '国有企业领导人员深化改革专题培训班', 7, 8, soe, { mix: MIX_SECTOR, dedicated: true });
  } else {
    add('NAT:JINGGANGSHAN', year, term, 6, 'THEMATIC', '党性教育专题培训班', 5, 12, provincial, { ...opts, mix: MIX_PARTY_SPIRIT });
    add('NAT:SASAC', year, term, 7, 'SECTOR', '地方国有企业领导人员专题培训班', 5, 8, soe, { mix: MIX_SECTOR, dedicated: true });
    add('NAT:PUDONG', year, term, 9, 'THEMATIC', '全面深化改革专题培训班', 5, 12, provincial, opts);
    // Week 12: the 2026 one starts after AS_OF (nominations under way).
    add('NAT:CPS', year, term, 12, 'THEMATIC', '厅局级领导干部防范化解重大风险专题研讨班', 7, 12, provincial, opts);
  }
}

/** 福建干部网络学院's spring 初任培训 online class (新录用公务员 who missed or cannot wait for a classroom one). */
function onlineOnboarding({ add, year, term, autumn }: Semester, provincialOrgDept: string): void {
  if (!autumn) add('ONLINE', year, term, 6, 'ONBOARDING', '新录用公务员初任培训网络专题班', 0, 20000, newEntrantAt, { mix: MIX_ONBOARDING, online: true, dedicated: true, decidedBy: provincialOrgDept });
}

/**
 * Every semester's classes of every institution, 2021–2026. The catalogues run in a fixed order
 * (class ids and the classes' PRNG draws follow it).
 */
export function buildClasses(crng: Rng, ref: Reference): { classes: TrainingClassRow[]; classMeta: ClassMeta[] } {
  const classes: TrainingClassRow[] = [];
  const classMeta: ClassMeta[] = [];
  const orgDeptName = orgDeptNames(ref);
  const add = classAdder(ref, orgDeptName, classes, classMeta);
  const countyKeys = [...ref.institutionByKey.keys()].filter((k) => k.startsWith('COUNTY:'));
  const mainMix = () => (crng.chance(0.12) ? { mix: MIX_WEAK, leaderShare: 0.06 } : { mix: MIX_MAIN, leaderShare: 0.24 });
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const term of ['SPRING', 'AUTUMN'] as const) {
      const semester: Semester = { add, year, term, autumn: term === 'AUTUMN', topic: SEMESTER_TOPICS[`${year}-${term}`]!, mainMix };
      provincialSchoolClasses(semester);
      collegeAndOnlineClasses(semester, orgDeptName.get('350000')!);
      municipalClasses(semester);
      countyClasses(semester, countyKeys, crng);
      sectorClasses(semester);
    }
  }
  // Added after the catalogues above, so their classes keep their ids (and the classes' PRNG draws).
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const term of ['SPRING', 'AUTUMN'] as const) {
      const semester: Semester = { add, year, term, autumn: term === 'AUTUMN', topic: SEMESTER_TOPICS[`${year}-${term}`]!, mainMix };
      nationalClasses(semester);
      onlineOnboarding(semester, orgDeptName.get('350000')!);
    }
  }
  return { classes, classMeta };
}
