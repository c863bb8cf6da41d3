import { CENTER_GROUP_TOPICS, LECTURE_EVENTS, SEMESTER_TOPICS } from '../data/topics';
import type { AssignmentStatusCode, ClassKindCode, CourseCategoryCode, VerificationStatusCode } from '../data/types';
import { addDays, endAfterTeachingDays, nextMonday, pad, toEpochDay } from '../dates';
import type { Rng } from '../random';
import type {
  AssignmentRow,
  ClassQuotaRow,
  ClassSessionRow,
  InstitutionRow,
  TeacherRow,
  TrainingClassRow,
  TrainingRecordRow,
} from '../rows';
import { AS_OF, FIRST_YEAR, LAST_YEAR, stampOn } from './constants';
import type { CourseMeta } from './curriculum';
import type { CadreMeta } from './people';
import { must, type Reference } from './reference';

/** The hub's global id of a row (base64url of `Type:id`), as stored in recorded_by by the write path. */
export function globalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

type Mix = readonly (readonly [CourseCategoryCode, number])[];

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
}

export interface Training {
  classes: TrainingClassRow[];
  classMeta: ClassMeta[];
  sessions: ClassSessionRow[];
  quotas: ClassQuotaRow[];
  assignments: AssignmentRow[];
  records: TrainingRecordRow[];
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

function semesterStart(year: number, term: 'SPRING' | 'AUTUMN', week: number): string {
  return addDays(nextMonday(`${year}-${term === 'SPRING' ? '03' : '09'}-01`), week * 7);
}

function teachingDay(start: string, k: number): string {
  return addDays(start, k + 2 * Math.floor(k / 5));
}

/** Appointed within the year before `day` (an epoch day): the "finish within one year of promotion" cohort. */
function appointedWithinYearOf(m: CadreMeta, day: number): boolean {
  if (m.appointedDay === null) return false;
  const d = day - m.appointedDay;
  return d >= 0 && d <= 365;
}

function ageAt(m: CadreMeta, day: number): number {
  return Math.floor((day - m.birthDay) / 365.25);
}

export function buildTraining(
  rng: Rng,
  ref: Reference,
  cadreMeta: readonly CadreMeta[],
  courseMeta: readonly CourseMeta[],
  teachers: readonly TeacherRow[],
): Training {
  const inst = (key: string) => must(ref.institutionByKey, key, 'institution');
  const regionOf = (id: number) => must(ref.regionById, id, 'region');
  const orgDeptName = new Map<string, string>();
  for (const u of ref.units) if (ref.unitSeeds.get(u.id)?.orgDept) orgDeptName.set(regionOf(u.region_id).code, u.name);
  const deciderFor = (region: string): string =>
    orgDeptName.get(region) ?? orgDeptName.get(`${region.slice(0, 4)}00`) ?? orgDeptName.get('350000')!;

  // ———————————————————————————— classes
  const classes: TrainingClassRow[] = [];
  const classMeta: ClassMeta[] = [];
  const addClass = (
    instKey: string,
    year: number,
    term: 'SPRING' | 'AUTUMN',
    week: number,
    kind: ClassKindCode,
    title: string,
    days: number,
    capacity: number,
    audience: (m: CadreMeta, startDay: number) => boolean,
    opts: { weight?: number; mix?: Mix; leaderShare?: number; onsiteShare?: number; decidedBy?: string } = {},
  ): void => {
    const institution = inst(instKey);
    const semester = `${year}-${term}`;
    const start = semesterStart(year, term, week);
    const online = kind === 'ONLINE_THEMATIC';
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
    const inScope = (m: CadreMeta): boolean =>
      institution.level === 'PROVINCIAL' ? true : institution.level === 'MUNICIPAL' ? m.regionPath.startsWith(region.path) : m.row.region_id === institution.region_id;
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
      // Provincial institutions' classes are organised by the provincial organisation department.
      decidedBy: opts.decidedBy ?? deciderFor(institution.level === 'PROVINCIAL' ? '350000' : region.code),
    });
  };

  const crng = rng.fork('classes');
  const groupA = (m: CadreMeta) => m.groupA;
  const groupB = (m: CadreMeta) => !m.groupA;
  const anyone = () => true;
  const cityCodes = ['350100', '350200', '350300', '350400', '350500', '350600', '350700', '350800', '350900'];
  const countyKeys = [...ref.institutionByKey.keys()].filter((k) => k.startsWith('COUNTY:'));
  const mainMix = () => (crng.chance(0.12) ? { mix: MIX_WEAK, leaderShare: 0.06 } : { mix: MIX_MAIN, leaderShare: 0.24 });
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const term of ['SPRING', 'AUTUMN'] as const) {
      const topic = SEMESTER_TOPICS[`${year}-${term}`]!;
      const autumn = term === 'AUTUMN';
      // 省委党校（福建行政学院）
      addClass('PROV', year, term, 0, 'MAIN', '县处级领导干部进修班', 30, 60, (m) => m.groupA && m.row.rank !== 'BUREAU_CHIEF' && m.row.rank !== 'BUREAU_DEPUTY', { weight: 3, ...mainMix() });
      addClass('PROV', year, term, 0, 'YOUNG_CADRE', '中青年干部培训班', 60, 50, (m) => m.row.is_young_cadre && (DIVISION_RANKS.has(m.row.rank) || m.row.rank === 'BUREAU_DEPUTY' || m.groupA), { weight: 5, ...mainMix() });
      addClass('PROV', year, term, 6, 'APPOINTMENT', '新任县处级领导干部任职培训班', 20, 60, (m, s) => DIVISION_RANKS.has(m.row.rank) && appointedWithinYearOf(m, s), { weight: 8, ...mainMix() });
      addClass('PROV', year, term, 8, 'THEMATIC', `${topic}专题研讨班`, 5, 50, groupA, { mix: MIX_THEMATIC, leaderShare: 0.2 });
      if (autumn) {
        addClass('PROV', year, term, 2, 'MAIN', '厅局级领导干部进修班', 20, 40, (m) => m.row.rank === 'BUREAU_CHIEF' || m.row.rank === 'BUREAU_DEPUTY', { weight: 6, ...mainMix() });
        addClass('PROV', year, term, 10, 'PRINCIPAL_LEADER', '市县党政主要领导干部专题研讨班', 5, 40, (m) => m.row.is_principal_leader && m.row.category === 'COUNTY_LEADER_AND_ABOVE', { weight: 6, mix: MIX_THEMATIC, leaderShare: 0.3 });
        addClass('PROV', year, term, 14, 'THEMATIC', `${topic}专题轮训班`, 5, 50, groupA, { mix: MIX_THEMATIC, leaderShare: 0.2 });
        addClass('GUTIAN', year, term, 13, 'THEMATIC', '年轻干部党性教育专题培训班', 5, 50, (m) => m.row.is_young_cadre, { mix: MIX_PARTY_SPIRIT, onsiteShare: 0.3, weight: 2 });
        addClass('PROV', year, term, 4, 'ONBOARDING', '省直机关新录用公务员初任培训班', 10, 80, (m, s) => m.row.rank === 'STAFF' && m.regionPath === '/350000/' && ageAt(m, s) <= 35, { weight: 8, mix: MIX_ONBOARDING });
      } else {
        addClass('PROV', year, term, 10, 'MAIN', '省直机关干部进修班', 15, 60, (m) => groupB(m) && m.regionPath === '/350000/', { weight: 3, ...mainMix() });
      }
      // 古田干部学院、谷文昌干部学院: party-spirit classes with onsite teaching
      addClass('GUTIAN', year, term, 3, 'THEMATIC', '党性教育专题培训班（第一期）', 5, 50, (m) => m.groupA || m.row.category === 'TOWNSHIP_LEADER', { mix: MIX_PARTY_SPIRIT, onsiteShare: 0.3, leaderShare: 0.1, weight: 1.5 });
      addClass('GUTIAN', year, term, 9, 'THEMATIC', '党性教育专题培训班（第二期）', 5, 50, (m) => m.groupA || m.row.category === 'TOWNSHIP_LEADER', { mix: MIX_PARTY_SPIRIT, onsiteShare: 0.3, leaderShare: 0.1, weight: 1.5 });
      if (!autumn) addClass('GUTIAN', year, term, 6, 'THEMATIC', '乡镇党委书记党性教育专题培训班', 7, 50, (m) => m.row.is_principal_leader && m.unit.kind === 'TOWNSHIP', { mix: MIX_PARTY_SPIRIT, onsiteShare: 0.3, weight: 5 });
      addClass('GWC', year, term, 5, 'THEMATIC', '谷文昌精神与党性修养专题培训班', 5, 50, (m) => m.groupA || m.row.category === 'TOWNSHIP_LEADER', { mix: MIX_PARTY_SPIRIT, onsiteShare: 0.3, leaderShare: 0.08, weight: 1.5 });
      if (autumn) addClass('SOCIALIST', year, term, 3, 'THEMATIC', '党外干部理论研修班', 10, 40, anyone, { mix: MIX_THEMATIC, weight: 0.3 });
      // 福建干部网络学院: online thematic classes (hours set from their online sessions)
      addClass('ONLINE', year, term, 2, 'ONLINE_THEMATIC', `${topic}网络专题班`, 0, 20000, anyone, { decidedBy: orgDeptName.get('350000')! });
      if (!autumn) addClass('ONLINE', year, term, 10, 'ONLINE_THEMATIC', '提升领导干部履职能力网络专题班', 0, 20000, anyone, { decidedBy: orgDeptName.get('350000')! });
      // Municipal party schools
      for (const code of cityCodes) {
        const key = `CITY:${code}`;
        addClass(key, year, term, 1, 'MAIN', '科级干部进修班', 20, 50, (m) => SECTION_RANKS.has(m.row.rank) || m.row.rank === 'PRINCIPAL_STAFF' || m.row.category === 'SOE_OTHER_MANAGER', { weight: 3, ...mainMix() });
        if (!autumn) addClass(key, year, term, 9, 'THEMATIC', `${topic}专题培训班`, 5, 50, anyone, { mix: MIX_THEMATIC, leaderShare: 0.15, onsiteShare: 0.12 });
        if (autumn) addClass(key, year, term, 5, 'ONBOARDING', '新录用公务员初任培训班', 10, 60, (m, s) => m.row.rank === 'STAFF' && ageAt(m, s) <= 35, { weight: 8, mix: MIX_ONBOARDING });
        if (!autumn && year % 2 === 1) addClass(key, year, term, 0, 'YOUNG_CADRE', '中青年干部培训班', 45, 40, (m) => m.row.is_young_cadre, { weight: 5, ...mainMix() });
        if (autumn && year % 2 === 0) addClass(key, year, term, 9, 'APPOINTMENT', '新任科级领导干部任职培训班', 15, 50, (m, s) => SECTION_RANKS.has(m.row.rank) && appointedWithinYearOf(m, s), { weight: 8, ...mainMix() });
        if (autumn) addClass(key, year, term, 8, 'THEMATIC', '专业技术人才知识更新专题培训班', 5, 60, (m) => m.row.category === 'PROFESSIONAL_TECHNICAL' || m.row.category === 'INSTITUTION_SENIOR_MANAGER', { mix: MIX_SECTOR, weight: 2 });
      }
      // County party schools
      for (const key of countyKeys) {
        if (!autumn) addClass(key, year, term, 4, 'MAIN', '乡科级干部培训班', 10, 50, (m) => SECTION_RANKS.has(m.row.rank) || m.row.category === 'JUNIOR_CIVIL_SERVANT', { weight: 3, mix: crng.chance(0.15) ? MIX_WEAK : MIX_MAIN, leaderShare: 0.15, onsiteShare: 0.12 });
        else addClass(key, year, term, 7, 'THEMATIC', `${topic}专题培训班`, 5, 50, anyone, { mix: MIX_THEMATIC, leaderShare: 0.12, onsiteShare: 0.15 });
      }
      // Sector, SOE and university bases
      addClass('SOE', year, term, 4, 'SECTOR', autumn ? '国有企业中层管理人员培训班' : '国有企业领导人员经营管理能力提升班', 7, 50, (m) => m.row.sector === 'SOE' && (autumn ? !m.groupA : m.groupA), { weight: 3, mix: MIX_SECTOR, decidedBy: '福建省人民政府国有资产监督管理委员会' });
      addClass('XMU', year, term, 6, 'THEMATIC', autumn ? '数字经济与高质量发展专题研修班' : '金融风险防范专题研修班', 5, 50, (m) => m.groupA, { mix: MIX_UNIVERSITY, weight: 1 });
      addClass('EDU', year, term, 3, 'SECTOR', autumn ? '中小学党组织书记培训班' : '中小学校长任职资格培训班', 10, 60, (m) => m.row.sector === 'EDUCATION' && m.unit.kind !== 'GOVERNMENT_DEPT', { weight: 4, mix: MIX_SECTOR, decidedBy: '福建省教育厅' });
    }
  }

  // ———————————————————————————— sessions (课表)
  const sessions: ClassSessionRow[] = [];
  const provId = inst('PROV').id;
  const teacherById = new Map(teachers.map((t) => [t.id, t]));
  const leaderTeachers = teachers.filter((t) => t.source === 'LEADING_CADRE');
  const available = (c: CourseMeta, date: string): boolean => {
    const r = c.row;
    if (r.first_published_at === null || r.first_published_at > date) return false;
    if (r.status === 'RETIRED') return r.last_revised_at !== null && r.last_revised_at > date;
    return r.status === 'PUBLISHED';
  };
  const siteOk = (c: CourseMeta, date: string): boolean => {
    if (c.siteId === null) return true;
    const site = ref.sites[c.siteId - 1]!;
    return site.status !== 'REVOKED' || date < '2024-01-01';
  };
  const srng = rng.fork('sessions');
  for (const cm of classMeta) {
    const cls = cm.row;
    const online = cls.kind === 'ONLINE_THEMATIC';
    if (online) {
      const target = srng.halfStep(28, 50);
      const pool = srng.shuffle(courseMeta.filter((c) => c.row.format === 'ONLINE' && available(c, cls.start_date)));
      let hours = 0;
      let i = 0;
      for (const c of pool) {
        if (hours >= target) break;
        sessions.push({
          id: sessions.length + 1,
          class_id: cls.id,
          course_id: c.row.id,
          teacher_id: c.teacherIds[0] ?? null,
          title: c.row.title,
          date: addDays(cls.start_date, Math.min(30, i * 3)),
          hours: c.row.hours,
          method: c.row.method,
          is_leader_lecture: false,
          venue: 'ONLINE',
          site_id: null,
          created_at: cls.created_at,
          updated_at: cls.created_at,
        });
        hours += c.row.hours;
        i++;
      }
      cm.onlineHours = hours;
      continue;
    }
    const owners = new Set([cls.institution_id, cm.institution.supervisor_id ?? provId, provId]);
    const pool = courseMeta.filter((c) => owners.has(c.row.institution_id) && c.row.format !== 'ONLINE' && c.row.method !== 'ONSITE' && available(c, cls.start_date));
    const byCategory = new Map<CourseCategoryCode, CourseMeta[]>();
    for (const c of pool) {
      const list = byCategory.get(c.row.category);
      if (list) list.push(c);
      else byCategory.set(c.row.category, [c]);
    }
    const cityPath = regionOf(cm.institution.region_id).path.split('/').slice(0, 3).join('/') + '/';
    const onsitePool = courseMeta.filter(
      (c) =>
        c.row.method === 'ONSITE' &&
        available(c, cls.start_date) &&
        siteOk(c, cls.start_date) &&
        (cm.institution.level === 'PROVINCIAL' ? cm.instKey === 'PROV' || c.row.institution_id === cls.institution_id : regionOf(ref.sites[c.siteId! - 1]!.region_id).path.startsWith(cityPath)),
    );
    const localLeaders = leaderTeachers.filter((t) => t.institution_id === cls.institution_id);
    const leaders = localLeaders.length > 0 ? localLeaders : leaderTeachers.filter((t) => t.institution_id === (cm.institution.supervisor_id ?? provId));
    const n = Math.min(Number(cls.days) * 2, 20);
    const used = new Set<string>();
    for (let i = 0; i < n; i++) {
      const date = teachingDay(cls.start_date, Math.floor((i * Number(cls.days)) / n));
      let course: CourseMeta | undefined;
      let onsite = false;
      if (onsitePool.length > 0 && srng.chance(cm.onsiteShare)) {
        course = srng.pick(onsitePool);
        onsite = true;
      } else {
        // A course of the drawn category not yet on this timetable; when the category is used up, fall
        // back to theory/party-spirit courses, then to anything unused.
        const cat = srng.weighted(cm.mix);
        const fresh = (list: readonly CourseMeta[]) => list.filter((c) => !used.has(c.row.title));
        let candidates = fresh(byCategory.get(cat) ?? []);
        if (candidates.length === 0) candidates = fresh([...(byCategory.get('THEORY') ?? []), ...(byCategory.get('PARTY_SPIRIT') ?? [])]);
        if (candidates.length === 0) candidates = fresh(pool);
        if (candidates.length > 0) course = srng.pick(candidates);
      }
      if (!course) continue;
      used.add(course.row.title);
      const leaderLecture = !onsite && leaders.length > 0 && srng.chance(cm.leaderShare);
      const teacherId = leaderLecture ? srng.pick(leaders).id : course.teacherIds.length > 0 ? srng.pick(course.teacherIds) : null;
      sessions.push({
        id: sessions.length + 1,
        class_id: cls.id,
        course_id: course.row.id,
        teacher_id: teacherId,
        title: leaderLecture ? `领导干部上讲台：${course.row.title}` : course.row.title,
        date,
        hours: course.row.hours,
        method: leaderLecture ? 'LECTURE' : course.row.method,
        is_leader_lecture: leaderLecture && teacherById.get(teacherId!)?.source === 'LEADING_CADRE',
        venue: onsite ? 'ONSITE' : 'CLASSROOM',
        site_id: onsite ? course.siteId : null,
        created_at: cls.created_at,
        updated_at: cls.created_at,
      });
    }
  }

  // ———————————————————————————— assignments and training records
  const assignments: AssignmentRow[] = [];
  const records: TrainingRecordRow[] = [];
  const classesByYear = new Map<number, ClassMeta[]>();
  for (const cm of classMeta) {
    const y = Number(cm.row.semester.slice(0, 4));
    const list = classesByYear.get(y);
    if (list) list.push(cm);
    else classesByYear.set(y, [cm]);
  }
  const platform = (code: string) => must(ref.platformByCode, code, 'platform');
  const externalSeq = new Map<number, number>();
  const externalId = (platformId: number, year: number): string => {
    const n = (externalSeq.get(platformId) ?? 0) + 1;
    externalSeq.set(platformId, n);
    return `${ref.platformSeeds.get(platformId)!.externalPrefix}-${year}-${pad(n, 6)}`;
  };
  const onlineInst = inst('ONLINE');
  const onlineCourses = courseMeta.filter((c) => c.row.format === 'ONLINE');

  const verification = (r: Rng, end: string): VerificationStatusCode => {
    if (end >= '2026-10-01' && r.chance(0.35)) return 'PENDING';
    return r.weighted<VerificationStatusCode>([['VERIFIED', 965], ['PENDING', 10], ['REJECTED', 15], ['DUPLICATE', 10]]);
  };
  const addRecord = (r: Rng, rec: Omit<TrainingRecordRow, 'id' | 'credited_hours' | 'verification_status' | 'created_at' | 'updated_at'>): void => {
    const created = stampOn(addDays(rec.end_date, 3) > AS_OF ? AS_OF : addDays(rec.end_date, 3), '18:00:00');
    records.push({
      id: 0,
      ...rec,
      credited_hours: rec.hours,
      verification_status: verification(r, rec.end_date),
      created_at: created,
      updated_at: created,
    });
  };

  // Centre-group sessions of each unit and year: fixed dates and topics shared by the unit's members.
  const centerSessions = new Map<string, { title: string; date: string }[]>();
  const unitSessions = (unitId: number, unitName: string, year: number): { title: string; date: string }[] => {
    const key = `${unitId}/${year}`;
    let list = centerSessions.get(key);
    if (!list) {
      const urng = rng.fork(`center-${key}`);
      const topics = CENTER_GROUP_TOPICS[year]!;
      const lastMonth = year === LAST_YEAR ? 10 : 12;
      list = topics.map((topic, k) => {
        const month = Math.min(lastMonth, 1 + Math.floor(((k + 0.5) * lastMonth) / topics.length));
        return { title: `${unitName}理论学习中心组${year}年第${k + 1}次集体学习：${topic}`, date: addDays(`${year}-${pad(month, 2)}-01`, urng.int(3, 24)) };
      });
      centerSessions.set(key, list);
    }
    return list;
  };

  const ASSIGN_NOTES: Partial<Record<AssignmentStatusCode, string>> = {
    ABSENT: '因重要公务未能参训',
    MAKEUP_REQUIRED: '缺课超过规定学时，需参加下一期补训',
    EXEMPTED: '因病经审批同意免训',
  };
  const assign = (r: Rng, m: CadreMeta, cm: ClassMeta, status: AssignmentStatusCode): void => {
    const start = cm.row.start_date;
    const decided = status !== 'NOMINATED';
    const decidedAt = decided ? stampOn(addDays(start, -r.int(8, 25)), '10:00:00') : null;
    assignments.push({
      id: 0,
      cadre_id: m.row.id,
      class_id: cm.row.id,
      status,
      decided_by: decided ? cm.decidedBy : null,
      decided_at: decidedAt,
      note: ASSIGN_NOTES[status] ?? null,
      created_at: stampOn(addDays(start, -30)),
      updated_at: decidedAt ?? stampOn(addDays(start, -30)),
    });
    cm.taken++;
  };

  const pickFullTimeClass = (r: Rng, m: CadreMeta, year: number, longOnly: boolean, preferLong: boolean, seen: ReadonlySet<string>): ClassMeta | undefined => {
    const options = (classesByYear.get(year) ?? []).filter(
      (cm) =>
        cm.row.kind !== 'ONLINE_THEMATIC' &&
        cm.row.end_date <= AS_OF &&
        cm.taken < cm.row.capacity &&
        (!longOnly || cm.row.days >= 20) &&
        !seen.has(cm.series) &&
        cm.audience(m),
    );
    if (options.length === 0) return undefined;
    return r.weighted(options.map((cm) => [cm, cm.weight * (preferLong ? Math.sqrt(Number(cm.row.days)) : 1)] as const));
  };

  const mrng = rng.fork('records');
  for (const m of cadreMeta) {
    const r = mrng.fork(`cadre-${m.row.id}`);
    const unitGid = globalId('Unit', m.unit.id);
    const lastYear = m.row.status === 'ACTIVE' ? LAST_YEAR : LAST_YEAR - 1;
    const strong = m.profile === 'STRONG';
    const partial = m.profile === 'PARTIAL';
    // Group A cadres who keep up take one long (≥ 20-day) class somewhere in the five years.
    const longYear = m.groupA && (strong || (partial && r.chance(0.4))) ? r.int(2022, 2025) : 0;
    const attendedSeries = new Set<string>();
    for (let year = FIRST_YEAR; year <= lastYear; year++) {
      const yearEnd = year === LAST_YEAR ? AS_OF : `${year}-12-31`;
      const goalRange: readonly [number, number] = m.groupA
        ? strong ? [125, 165] : partial ? [55, 105] : [0, 40]
        : strong ? [92, 118] : partial ? [40, 85] : [0, 35];
      // Keeping up got better once the 2024 plan took effect: earlier years are leaner.
      const goal = r.halfStep(goalRange[0], goalRange[1]) * (year === LAST_YEAR ? 0.95 : year <= 2023 ? 0.6 : 1);
      let acc = 0;
      // The earliest years were migrated from older systems and are sparser.
      const early = year <= 2022;

      // 1. Full-time training (脱产培训) from classes; cadres who keep up may take a second short class.
      const pFullTime = strong ? 0.75 : partial ? 0.45 : 0.12;
      for (let k = 0; k < 2; k++) {
        const wanted = k === 0 ? year === longYear || r.chance(pFullTime) : strong && acc < goal * 0.6 && r.chance(0.6);
        if (!wanted) break;
        const isLong = k === 0 && year === longYear;
        const cm = pickFullTimeClass(r, m, year, isLong, strong, attendedSeries) ?? (isLong ? pickFullTimeClass(r, m, year, false, strong, attendedSeries) : undefined);
        if (!cm) break;
        const status = r.weighted<AssignmentStatusCode>([['ATTENDED', 930], ['ABSENT', 25], ['MAKEUP_REQUIRED', 20], ['EXEMPTED', 25]]);
        assign(r, m, cm, status);
        attendedSeries.add(cm.series);
        if (status !== 'ATTENDED') continue;
        const days = Number(cm.row.days);
        addRecord(r, {
          cadre_id: m.row.id,
          mode: 'FULL_TIME_TRAINING',
          title: `${cm.institution.short_name ?? cm.institution.name}${cm.row.name}`.slice(0, 200),
          hours: days * 6,
          days,
          start_date: cm.row.start_date,
          end_date: cm.row.end_date,
          class_id: cm.row.id,
          course_id: null,
          platform_id: null,
          external_id: null,
          recorded_by: globalId('Institution', cm.institution.id),
        });
        acc += days * 6;
      }

      // 2. Centre-group study (中心组学习), 3 hours a session.
      if (m.centerGroup) {
        const list = unitSessions(m.unit.id, m.unit.name, year);
        const n = early ? r.int(0, strong ? 2 : 1) : strong ? r.int(1, 3) : partial ? r.int(0, 2) : r.int(0, 1);
        for (const s of r.sample(list, n).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
          if (s.date > yearEnd) continue;
          addRecord(r, {
            cadre_id: m.row.id,
            mode: 'CENTER_GROUP_STUDY',
            title: s.title.slice(0, 200),
            hours: 3,
            days: 0,
            start_date: s.date,
            end_date: s.date,
            class_id: null,
            course_id: null,
            platform_id: null,
            external_id: null,
            recorded_by: unitGid,
          });
          acc += 3;
        }
      }

      // 3. Lecture briefings (集中宣讲、专题讲座).
      if (r.chance((strong ? 0.5 : partial ? 0.3 : 0.1) * (early ? 0.4 : 1))) {
        const [title, date, hours] = r.pick(LECTURE_EVENTS[year]!);
        if (date <= yearEnd) {
          addRecord(r, {
            cadre_id: m.row.id,
            mode: 'LECTURE_BRIEFING',
            title,
            hours,
            days: 0,
            start_date: date,
            end_date: date,
            class_id: null,
            course_id: null,
            platform_id: null,
            external_id: null,
            recorded_by: unitGid,
          });
          acc += hours;
        }
      }

      // 4. Online thematic classes (网络专题培训) of the Fujian online academy.
      const fj = platform('FJGBWY');
      const joined = new Set<number>();
      if (acc < goal && r.chance((strong ? 0.55 : partial ? 0.35 : 0.1) * (early ? 0.5 : 1))) {
        const options = (classesByYear.get(year) ?? []).filter((cm) => cm.row.kind === 'ONLINE_THEMATIC' && cm.row.end_date <= AS_OF && cm.onlineHours > 0);
        if (options.length > 0) {
          const cm = r.pick(options);
          joined.add(cm.row.id);
          addRecord(r, {
            cadre_id: m.row.id,
            mode: 'ONLINE_THEMATIC',
            title: cm.row.name,
            hours: cm.onlineHours,
            days: 0,
            start_date: cm.row.start_date,
            end_date: cm.row.end_date,
            class_id: cm.row.id,
            course_id: null,
            platform_id: fj.id,
            external_id: externalId(fj.id, year),
            recorded_by: globalId('Institution', onlineInst.id),
          });
          acc += cm.onlineHours;
        }
      }

      // 5. Cadres who keep up close any gap with national online thematic classes (中国干部网络学院).
      const cela = platform('CELA');
      for (let k = 0; strong && acc < goal && k < 2; k++) {
        const hours = Math.min(70, Math.ceil((goal - acc) * 2) / 2 + r.halfStep(0, 6));
        const start = addDays(`${year}-${r.pick(['03', '05', '07', '09'])}-01`, r.int(0, 20));
        const end = addDays(start, r.int(20, 40));
        const endClamped = end > yearEnd ? yearEnd : end;
        const startClamped = start > endClamped ? endClamped : start;
        addRecord(r, {
          cadre_id: m.row.id,
          mode: 'ONLINE_THEMATIC',
          title: `中国干部网络学院${year}年${r.pick(['推动高质量发展', '学习贯彻党的创新理论', '提升领导干部数字素养', '防范化解重大风险', '全面从严治党'])}网络专题班`,
          hours,
          days: 0,
          start_date: startClamped,
          end_date: endClamped,
          class_id: null,
          course_id: null,
          platform_id: cela.id,
          external_id: externalId(cela.id, year),
          recorded_by: unitGid,
        });
        acc += hours;
      }

      // 6. Online self-study (网络自学): an annual transcript from one platform, sometimes plus a single course.
      const selfStudyHours = strong ? r.halfStep(50, 72) : partial ? (r.chance(0.6) ? r.halfStep(20, 55) : 0) : r.chance(0.3) ? r.halfStep(4, 30) : 0;
      if (selfStudyHours > 0) {
        const code = r.weighted<string>([['FJGBWY', 45], ['XUEXI', 30], ['CELA', 20], ['DEMO_APP', 5]]);
        const p = platform(code);
        const end = year === LAST_YEAR ? addDays(AS_OF, -r.int(1, 20)) : `${year}-12-${pad(r.int(20, 31), 2)}`;
        addRecord(r, {
          cadre_id: m.row.id,
          mode: 'ONLINE_SELF_STUDY',
          title: `${year}年度网络自学（${p.name}）`,
          hours: selfStudyHours,
          days: 0,
          start_date: `${year}-01-01`,
          end_date: end,
          class_id: null,
          course_id: null,
          platform_id: p.id,
          external_id: externalId(p.id, year),
          recorded_by: code === 'FJGBWY' ? globalId('Institution', onlineInst.id) : unitGid,
        });
      }
      if (strong && r.chance(0.1)) {
        const c = r.pick(onlineCourses.filter((oc) => oc.row.first_published_at !== null && oc.row.first_published_at <= `${year}-06-30` && oc.row.status === 'PUBLISHED'));
        const date = addDays(`${year}-02-01`, r.int(0, 280));
        const end = date > yearEnd ? yearEnd : date;
        addRecord(r, {
          cadre_id: m.row.id,
          mode: 'ONLINE_SELF_STUDY',
          title: `网络课程：${c.row.title}`.slice(0, 200),
          hours: c.row.hours,
          days: 0,
          start_date: end,
          end_date: end,
          class_id: null,
          course_id: c.row.id,
          platform_id: fj.id,
          external_id: externalId(fj.id, year),
          recorded_by: globalId('Institution', onlineInst.id),
        });
      }
    }
  }

  // Classes still running or ahead on the as-of date: nominations and approvals in progress.
  const frng = rng.fork('upcoming');
  for (const cm of classMeta) {
    if (cm.row.kind === 'ONLINE_THEMATIC' || cm.row.end_date <= AS_OF) continue;
    const eligible = cadreMeta.filter((m) => m.row.status === 'ACTIVE' && cm.audience(m));
    const started = cm.row.start_date <= AS_OF;
    for (const m of frng.sample(eligible, Math.min(30, Math.floor(cm.row.capacity * 0.6))).sort((a, b) => a.row.id - b.row.id)) {
      const status: AssignmentStatusCode = started
        ? frng.weighted<AssignmentStatusCode>([['FILED', 88], ['ABSENT', 6], ['EXEMPTED', 6]])
        : frng.weighted<AssignmentStatusCode>([['NOMINATED', 35], ['APPROVED', 35], ['FILED', 30]]);
      assign(frng, m, cm, status);
    }
  }

  // Stable ids: assignments by class then cadre; records by cadre then date.
  assignments.sort((a, b) => a.class_id - b.class_id || a.cadre_id - b.cadre_id);
  assignments.forEach((a, i) => (a.id = i + 1));
  // Plain code-unit comparisons (never localeCompare): the order must not depend on the machine's ICU/locale.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  records.sort((a, b) => a.cadre_id - b.cadre_id || cmp(a.start_date, b.start_date) || cmp(a.mode, b.mode) || cmp(a.title, b.title) || a.hours - b.hours);
  records.forEach((r, i) => (r.id = i + 1));

  // ———————————————————————————— seat quotas (名额分配): the units that sent cadres, plus spare seats
  const quotas: ClassQuotaRow[] = [];
  const qrng = rng.fork('quotas');
  const cadreUnit = new Map(cadreMeta.map((m) => [m.row.id, m.unit.id]));
  const perClass = new Map<number, Map<number, number>>();
  for (const a of assignments) {
    const units = perClass.get(a.class_id) ?? new Map<number, number>();
    const u = cadreUnit.get(a.cadre_id)!;
    units.set(u, (units.get(u) ?? 0) + 1);
    perClass.set(a.class_id, units);
  }
  for (const cm of classMeta) {
    if (cm.row.kind === 'ONLINE_THEMATIC') continue;
    let units = perClass.get(cm.row.id);
    if (!units || units.size === 0) {
      const eligibleUnits = [...new Set(cadreMeta.filter((m) => cm.audience(m)).map((m) => m.unit.id))].sort((a, b) => a - b);
      units = new Map(qrng.sample(eligibleUnits, qrng.int(1, 3)).map((u) => [u, 0] as const));
    }
    // Seats cover the cadres each unit sent plus a few spare ones, within the class capacity.
    let spare = cm.row.capacity - [...units.values()].reduce((a, b) => a + b, 0);
    let total = 0;
    for (const [unitId, used] of [...units.entries()].sort((a, b) => a[0] - b[0])) {
      const extra = Math.max(used === 0 ? 1 : 0, Math.min(spare, qrng.int(used === 0 ? 2 : 0, 3)));
      spare -= extra;
      const seats = used + extra;
      total += seats;
      quotas.push({ id: quotas.length + 1, class_id: cm.row.id, unit_id: unitId, seats, created_at: stampOn(addDays(cm.row.start_date, -40)), updated_at: stampOn(addDays(cm.row.start_date, -40)) });
    }
    if (total > cm.row.capacity) cm.row.capacity = total;
  }

  return { classes, classMeta, sessions, quotas, assignments, records };
}
