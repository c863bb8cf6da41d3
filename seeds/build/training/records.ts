import { CENTER_GROUP_TOPICS, LECTURE_EVENTS } from '../../data/topics';
import type { AssignmentStatusCode, VerificationStatusCode } from '../../data/types';
import { addDays, pad, toEpochDay } from '../../dates';
import type { Rng } from '../../random';
import type { AssignmentRow, InstitutionRow, PlatformRow, TrainingRecordRow } from '../../rows';
import { AS_OF, FIRST_YEAR, LAST_YEAR, stampOn } from '../constants';
import type { CourseMeta } from '../curriculum';
import type { CadreMeta } from '../people';
import { must, type Reference } from '../reference';
import { assign, pickFullTimeClass } from './assignments';
import type { ClassMeta } from './classes';
import { diligenceOf, needsTheory, PLAN_FIRST_YEAR, planGroupA, type Diligence } from './diligence';

/** The hub's global id of a row (base64url of `Type:id`), as stored in recorded_by by the write path. */
export function globalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

type NewRecord = Omit<TrainingRecordRow, 'id' | 'credited_hours' | 'verification_status' | 'created_at' | 'updated_at'>;

/** Verification takes a few weeks: many records of the last two weeks before AS_OF still wait, a few of the weeks before. */
function verification(r: Rng, end: string): VerificationStatusCode {
  if (end > addDays(AS_OF, -14) && r.chance(0.4)) return 'PENDING';
  if (end >= '2026-10-01' && r.chance(0.06)) return 'PENDING';
  return r.weighted<VerificationStatusCode>([['VERIFIED', 972], ['PENDING', 8], ['REJECTED', 12], ['DUPLICATE', 8]]);
}

/** Everything the records are drawn from and written to. */
interface Recording {
  /** The training PRNG: each unit's centre-group calendar forks from it. */
  rng: Rng;
  ref: Reference;
  byYear: ReadonlyMap<number, readonly ClassMeta[]>;
  assignments: AssignmentRow[];
  records: TrainingRecordRow[];
  /** Per platform, the last sequence number of its external ids. */
  externalSeq: Map<number, number>;
  /** Centre-group sessions of each unit and year (`unitId/year`). */
  centerSessions: Map<string, { title: string; date: string }[]>;
  onlineInst: InstitutionRow;
  /** Files the records of national institutions' classes (the department that sent the cadres). */
  provincialOrgDeptGid: string;
  /** Every 初任培训班 (classroom and online), by start date. */
  onboardingClasses: readonly ClassMeta[];
  onlineCourses: readonly CourseMeta[];
  platform: (code: string) => PlatformRow;
}

/** A platform's id for its next record: `<prefix>-<year>-<sequence>`. */
function externalId(ctx: Recording, platformId: number, year: number): string {
  const n = (ctx.externalSeq.get(platformId) ?? 0) + 1;
  ctx.externalSeq.set(platformId, n);
  return `${ctx.ref.platformSeeds.get(platformId)!.externalPrefix}-${year}-${pad(n, 6)}`;
}

/** Records a training as reported three days after it ended (at most on the as-of date), credited as reported. */
function addRecord(ctx: Recording, r: Rng, rec: NewRecord): void {
  const created = stampOn(addDays(rec.end_date, 3) > AS_OF ? AS_OF : addDays(rec.end_date, 3), '18:00:00');
  ctx.records.push({
    id: 0,
    ...rec,
    credited_hours: rec.hours,
    verification_status: verification(r, rec.end_date),
    created_at: created,
    updated_at: created,
  });
}

/** Centre-group sessions of a unit in a year: fixed dates and topics shared by the unit's members. */
function unitSessions(ctx: Recording, unitId: number, unitName: string, year: number): { title: string; date: string }[] {
  const key = `${unitId}/${year}`;
  let list = ctx.centerSessions.get(key);
  if (!list) {
    const urng = ctx.rng.fork(`center-${key}`);
    const topics = CENTER_GROUP_TOPICS[year]!;
    const lastMonth = year === LAST_YEAR ? 10 : 12;
    list = topics.map((topic, k) => {
      const month = Math.min(lastMonth, 1 + Math.floor(((k + 0.5) * lastMonth) / topics.length));
      return { title: `${unitName}理论学习中心组${year}年第${k + 1}次集体学习：${topic}`, date: addDays(`${year}-${pad(month, 2)}-01`, urng.int(3, 24)) };
    });
    ctx.centerSessions.set(key, list);
  }
  return list;
}

/** Class kinds that are systematic theory training (系统理论培训; the THEORY_CYCLE rule's kinds). */
const THEORY_KINDS: ReadonlySet<string> = new Set(['MAIN', 'PRINCIPAL_LEADER', 'YOUNG_CADRE']);

/** The start of the three years before AS_OF: a theory course ending on or after it is still current. */
const THEORY_CURRENT_FROM = addDays(`${Number(AS_OF.slice(0, 4)) - 3}${AS_OF.slice(4)}`, 1);

/** Chance, per plan year, that a cadre who needs a theory course and has none current takes one. */
const THEORY_CHANCE: Record<Diligence, number> = { ON_TRACK: 0.6, BEHIND: 0.3, FAR_BEHIND: 0.08, NONE: 0 };

/** One cadre's year as the records see it. */
interface CadreYear {
  r: Rng;
  m: CadreMeta;
  year: number;
  yearEnd: string;
  /** A year of the 2024–2028 plan: the cadre's diligence drives it. */
  plan: boolean;
  diligence: { centralized: Diligence; selfStudy: Diligence };
  strong: boolean;
  partial: boolean;
  /** Closes the gap to its goal with online thematic classes. */
  fills: boolean;
  /** The earliest years were migrated from older systems and are sparser. */
  early: boolean;
  /** Hours the cadre aims for this year (centralised kinds). */
  goal: number;
  unitGid: string;
  /** Platform of most of the cadre's self-study. */
  platformCode: string;
}

/** What a cadre's years carry over: programmes attended, the end of its last theory course. */
interface CadreState {
  attendedSeries: Set<string>;
  /** The year each programme was last attended: a theory course may be retaken after three years. */
  seriesYear: Map<string, number>;
  lastTheory: string;
}

/** The first class of the year: the long one in its year, else a theory course when one is due, else by chance. */
function firstClass(ctx: Recording, cy: CadreYear, longYear: number, state: CadreState): ClassMeta | undefined {
  const { r, m, year, strong } = cy;
  const seen = state.attendedSeries;
  if (year === longYear) return pickFullTimeClass(ctx.byYear, r, m, year, true, strong, seen) ?? pickFullTimeClass(ctx.byYear, r, m, year, false, strong, seen);
  if (cy.plan && needsTheory(m) && state.lastTheory < THEORY_CURRENT_FROM && r.chance(THEORY_CHANCE[cy.diligence.centralized])) {
    const recent = new Set([...state.seriesYear].filter(([, y]) => y > year - 3).map(([series]) => series));
    const cm = pickFullTimeClass(ctx.byYear, r, m, year, false, strong, recent, THEORY_KINDS);
    if (cm) return cm;
  }
  const pFullTime = strong ? 0.75 : cy.partial ? 0.45 : 0.12;
  return r.chance(pFullTime) ? pickFullTimeClass(ctx.byYear, r, m, year, false, strong, seen) : undefined;
}

/**
 * A cadre's attendance at a classroom class (an assignment; if attended, a full-time record of days × 6
 * hours, filed by the institution, or for a national institution's class by the organisation department
 * that sent the cadre). Returns the hours recorded.
 */
function attendClass(ctx: Recording, r: Rng, m: CadreMeta, cm: ClassMeta, status: AssignmentStatusCode, state: CadreState): number {
  const year = Number(cm.row.semester.slice(0, 4));
  assign(ctx.assignments, r, m, cm, status);
  state.attendedSeries.add(cm.series);
  state.seriesYear.set(cm.series, year);
  if (status !== 'ATTENDED') return 0;
  if (THEORY_KINDS.has(cm.row.kind) && cm.row.end_date > state.lastTheory) state.lastTheory = cm.row.end_date;
  const days = Number(cm.row.days);
  addRecord(ctx, r, {
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
    recorded_by: cm.institution.level === 'NATIONAL' ? ctx.provincialOrgDeptGid : globalId('Institution', cm.institution.id),
  });
  return days * 6;
}

/** An online class with a class of its own (the online 初任培训班): completed, the academy reports it; no seat, no assignment. Returns the hours. */
function completeOnlineClass(ctx: Recording, r: Rng, m: CadreMeta, cm: ClassMeta): number {
  const fj = ctx.platform('FJGBWY');
  addRecord(ctx, r, {
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
    external_id: externalId(ctx, fj.id, Number(cm.row.semester.slice(0, 4))),
    recorded_by: globalId('Institution', ctx.onlineInst.id),
  });
  return cm.onlineHours;
}

/** A class a dedicated step sends the cadre to (national rotation, 初任培训), drawn before its years from the step's own fork. */
interface Dispatch {
  cm: ClassMeta;
  status: AssignmentStatusCode;
  /** The step's fork: the cadre's yearly draws do not shift. */
  r: Rng;
}

/** Chance that a new civil servant is never sent to 初任培训, by diligence (NONE: nothing in the plan years anyway). */
const NOT_SENT: Record<Diligence, number> = { ON_TRACK: 0.06, BEHIND: 0.2, FAR_BEHIND: 0.5, NONE: 1 };

/**
 * 初任培训 (附件4.4): a new civil servant (entered since the autumn of 2020) goes to the first
 * 初任培训班 after entry that ends within its first year — the provincial one for 省直机关, else its
 * city's; the spring online class when no classroom one fits, or by choice (15 %); else the next one,
 * late. One in twelve misses the class (absent, make-up, exempted) and half of those take the next
 * one; some are never sent (NOT_SENT, by the cadre's diligence: its unit's habits). Cadres with nothing recorded in the plan years (diligence NONE) have none.
 */
function onboardingPlan(ctx: Recording, m: CadreMeta, diligence: Diligence, lastYear: number): Dispatch[] {
  const entry = m.row.civil_service_entry_date;
  if (entry === null || entry < '2020-09-01') return [];
  const r = ctx.rng.fork(`onboarding-${m.row.id}`);
  if (r.chance(NOT_SENT[diligence])) return [];
  const entryDay = toEpochDay(entry);
  const open = (cm: ClassMeta) => cm.row.end_date <= AS_OF && Number(cm.row.semester.slice(0, 4)) <= lastYear && (cm.online || cm.taken < cm.row.capacity) && cm.audience(m);
  const options = ctx.onboardingClasses.filter(open);
  const inFirstYear = (cm: ClassMeta) => toEpochDay(cm.row.end_date) - entryDay < 365;
  const room = options.find((cm) => !cm.online && inFirstYear(cm));
  const online = options.find((cm) => cm.online && inFirstYear(cm));
  const first = room && (!online || r.chance(0.85)) ? room : (online ?? options[0]);
  if (!first) return [];
  const status: AssignmentStatusCode = r.weighted([['ATTENDED', 92], ['ABSENT', 3], ['MAKEUP_REQUIRED', 3], ['EXEMPTED', 2]]);
  const plan: Dispatch[] = [{ cm: first, status, r }];
  const next = options.find((cm) => cm.row.start_date > first.row.end_date && !cm.online);
  if (status !== 'ATTENDED' && next && r.chance(0.5)) plan.push({ cm: next, status: 'ATTENDED', r });
  return plan;
}

/** Chance, by diligence, that a 省管干部 has been through a national rotation class since 2023. */
const ROTATION_CHANCE: Record<Diligence, number> = { ON_TRACK: 0.8, BEHIND: 0.6, FAR_BEHIND: 0.3, NONE: 0.1 };

/**
 * 省管干部 capability short courses at national institutions (附件5.1, "3至4年轮训一遍"): most 省管干部
 * have been through one class in 2023–2026 (by diligence), SOE leaders mostly at the sector classes.
 */
function rotationPlan(ctx: Recording, m: CadreMeta, diligence: Diligence, lastYear: number): Dispatch[] {
  if (m.row.management_level !== 'PROVINCIAL') return [];
  const r = ctx.rng.fork(`rotation-${m.row.id}`);
  if (!r.chance(ROTATION_CHANCE[diligence])) return [];
  const year = r.weighted<number>([[2023, 26], [2024, 26], [2025, 26], [2026, 22]]);
  if (year > lastYear) return [];
  const options = (ctx.byYear.get(year) ?? []).filter(
    (cm) => cm.dedicated && cm.institution.level === 'NATIONAL' && cm.row.end_date <= AS_OF && cm.taken < cm.row.capacity && cm.audience(m),
  );
  if (options.length === 0) return [];
  const cm = r.weighted(options.map((c) => [c, c.row.kind === 'SECTOR' ? 4 : 1] as const));
  return [{ cm, status: r.weighted<AssignmentStatusCode>([['ATTENDED', 94], ['ABSENT', 3], ['EXEMPTED', 3]]), r }];
}

/** The dedicated steps' classes of this year (before the year's other classes). Returns the hours recorded. */
function dispatchedClasses(ctx: Recording, { m, year }: CadreYear, plan: readonly Dispatch[], state: CadreState): number {
  let hours = 0;
  for (const d of plan) {
    if (Number(d.cm.row.semester.slice(0, 4)) !== year) continue;
    if (!d.cm.online) hours += attendClass(ctx, d.r, m, d.cm, d.status, state);
    else if (d.status === 'ATTENDED') hours += completeOnlineClass(ctx, d.r, m, d.cm);
  }
  return hours;
}

/**
 * 1. Full-time training (脱产培训) from classes: an assignment, and a record if attended; cadres who
 * keep up may take a second short class. Returns the hours credited so far this year.
 */
function fullTimeTraining(ctx: Recording, cy: CadreYear, longYear: number, state: CadreState, acc: number): number {
  const { r, m, year, strong, goal } = cy;
  for (let k = 0; k < 2; k++) {
    const cm =
      k === 0 ? firstClass(ctx, cy, longYear, state) : strong && acc < goal * 0.6 && r.chance(0.6) ? pickFullTimeClass(ctx.byYear, r, m, year, false, strong, state.attendedSeries) : undefined;
    if (!cm) break;
    const status = r.weighted<AssignmentStatusCode>([['ATTENDED', 930], ['ABSENT', 25], ['MAKEUP_REQUIRED', 20], ['EXEMPTED', 25]]);
    acc += attendClass(ctx, r, m, cm, status, state);
  }
  return acc;
}

/** 2. Centre-group study (中心组学习), 3 hours a session, for members of a centre group. Returns the hours. */
function centerGroupStudy(ctx: Recording, { r, m, year, yearEnd, strong, partial, early, unitGid }: CadreYear): number {
  if (!m.centerGroup) return 0;
  let hours = 0;
  const list = unitSessions(ctx, m.unit.id, m.unit.name, year);
  const n = early ? r.int(0, strong ? 2 : 1) : strong ? r.int(1, 3) : partial ? r.int(0, 2) : r.int(0, 1);
  for (const s of r.sample(list, n).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (s.date > yearEnd) continue;
    addRecord(ctx, r, {
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
    hours += 3;
  }
  return hours;
}

/** 3. Lecture briefings (集中宣讲、专题讲座). Returns the hours. */
function lectureBriefing(ctx: Recording, { r, m, year, yearEnd, strong, partial, early, unitGid }: CadreYear): number {
  if (!r.chance((strong ? 0.5 : partial ? 0.3 : 0.1) * (early ? 0.4 : 1))) return 0;
  const [title, date, hours] = r.pick(LECTURE_EVENTS[year]!);
  if (date > yearEnd) return 0;
  addRecord(ctx, r, {
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
  return hours;
}

/** 4. An online thematic class (网络专题培训) of the Fujian online academy, for cadres short of their goal. Returns the hours. */
function provincialOnlineClass(ctx: Recording, { r, m, year, strong, partial, early, goal }: CadreYear, acc: number): number {
  const fj = ctx.platform('FJGBWY');
  if (!(acc < goal && r.chance((strong ? 0.55 : partial ? 0.35 : 0.1) * (early ? 0.5 : 1)))) return 0;
  const options = (ctx.byYear.get(year) ?? []).filter((cm) => cm.row.kind === 'ONLINE_THEMATIC' && cm.row.end_date <= AS_OF && cm.onlineHours > 0);
  if (options.length === 0) return 0;
  const cm = r.pick(options);
  addRecord(ctx, r, {
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
    external_id: externalId(ctx, fj.id, year),
    recorded_by: globalId('Institution', ctx.onlineInst.id),
  });
  return cm.onlineHours;
}

/** 5. Cadres who keep up close any gap with national online thematic classes (中国干部网络学院). Returns the hours credited so far. */
function nationalOnlineClasses(ctx: Recording, { r, m, year, yearEnd, fills, goal, unitGid }: CadreYear, acc: number): number {
  const cela = ctx.platform('CELA');
  for (let k = 0; fills && acc < goal && k < 2; k++) {
    const hours = Math.min(70, Math.ceil((goal - acc) * 2) / 2 + r.halfStep(0, 6));
    const start = addDays(`${year}-${r.pick(['03', '05', '07', '09'])}-01`, r.int(0, 20));
    const end = addDays(start, r.int(20, 40));
    const endClamped = end > yearEnd ? yearEnd : end;
    const startClamped = start > endClamped ? endClamped : start;
    addRecord(ctx, r, {
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
      external_id: externalId(ctx, cela.id, year),
      recorded_by: unitGid,
    });
    acc += hours;
  }
  return acc;
}

/** 6. Online self-study (网络自学) before the plan: an annual transcript from one platform (migrated from older systems). */
function selfStudyTranscript(ctx: Recording, { r, m, year, strong, partial, unitGid }: CadreYear): void {
  const selfStudyHours = strong ? r.halfStep(50, 72) : partial ? (r.chance(0.6) ? r.halfStep(20, 55) : 0) : r.chance(0.3) ? r.halfStep(4, 30) : 0;
  if (selfStudyHours <= 0) return;
  const code = r.weighted<string>([['FJGBWY', 45], ['XUEXI', 30], ['CELA', 20], ['DEMO_APP', 5]]);
  const p = ctx.platform(code);
  const end = year === LAST_YEAR ? addDays(AS_OF, -r.int(1, 20)) : `${year}-12-${pad(r.int(20, 31), 2)}`;
  addRecord(ctx, r, {
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
    external_id: externalId(ctx, p.id, year),
    recorded_by: code === 'FJGBWY' ? globalId('Institution', ctx.onlineInst.id) : unitGid,
  });
}

/** A plan year's self-study target (the rule asks 50 h), and the month by which the cadre reaches it. */
const SELF_STUDY_PACE: Record<Diligence, { hours: readonly [number, number]; batches: readonly [number, number]; finishBy: readonly [number, number] }> = {
  ON_TRACK: { hours: [52, 72], batches: [2, 4], finishBy: [6, 11] },
  BEHIND: { hours: [42, 52], batches: [2, 4], finishBy: [12, 12] },
  FAR_BEHIND: { hours: [6, 26], batches: [1, 2], finishBy: [12, 12] },
  NONE: { hours: [0, 0], batches: [0, 0], finishBy: [12, 12] },
};

/** The platforms' last monthly report before AS_OF (the end of the month before). */
const LAST_REPORT = addDays(`${AS_OF.slice(0, 7)}-01`, -1);

/** The platform of one batch: mostly the cadre's own, sometimes another one, the unrecognised app among them. */
function batchPlatform(r: Rng, own: string): string {
  if (r.chance(0.92)) return own;
  return r.weighted<string>([['FJGBWY', 40], ['XUEXI', 30], ['CELA', 15], ['DEMO_APP', 15]]);
}

/** A span's months as a title reads them: `3月` or `3—5月`. */
function monthSpan(start: string, end: string): string {
  const a = Number(start.slice(5, 7));
  const b = Number(end.slice(5, 7));
  return a === b ? `${a}月` : `${a}—${b}月`;
}

/**
 * 6. Online self-study (网络自学) in a plan year: the platforms report learning hours in batches, so
 * the hours accumulate through the year; a diligent cadre reaches its target by late autumn, others
 * spread less over the whole year. Batches not over by AS_OF are not reported yet.
 */
function selfStudyBatches(ctx: Recording, { r, m, year, diligence, platformCode, unitGid }: CadreYear): void {
  const pace = SELF_STUDY_PACE[diligence.selfStudy];
  const target = r.halfStep(pace.hours[0], pace.hours[1]);
  if (target <= 0) return;
  const n = r.int(pace.batches[0], pace.batches[1]);
  const month = r.int(pace.finishBy[0], pace.finishBy[1]);
  const finish = month === 12 ? `${year}-12-31` : addDays(`${year}-${pad(month + 1, 2)}-01`, -1);
  const span = toEpochDay(finish) - toEpochDay(`${year}-01-01`) + 1;
  const weights = Array.from({ length: n }, () => r.int(6, 14));
  const total = weights.reduce((a, w) => a + w, 0);
  let left = target;
  for (let i = 0; i < n; i++) {
    let hours = i === n - 1 ? left : Math.max(0.5, Math.round((target * weights[i]!) / total * 2) / 2);
    left -= hours;
    const start = addDays(`${year}-01-01`, Math.floor((i * span) / n) + r.int(0, 6));
    let end = addDays(`${year}-01-01`, Math.floor(((i + 1) * span) / n) - 1 - r.int(0, 6));
    if (end > AS_OF) {
      // Still under way on AS_OF: the platform has reported it up to its last monthly report.
      if (start > addDays(LAST_REPORT, -7)) continue;
      hours = Math.max(0.5, Math.round(((hours * (toEpochDay(LAST_REPORT) - toEpochDay(start) + 1)) / (toEpochDay(end) - toEpochDay(start) + 1)) * 2) / 2);
      end = LAST_REPORT;
    }
    if (hours <= 0) continue;
    const code = batchPlatform(r, platformCode);
    const p = ctx.platform(code);
    addRecord(ctx, r, {
      cadre_id: m.row.id,
      mode: 'ONLINE_SELF_STUDY',
      title: `${year}年${monthSpan(start, end)}网络自学（${p.name}）`,
      hours,
      days: 0,
      start_date: start,
      end_date: end,
      class_id: null,
      course_id: null,
      platform_id: p.id,
      external_id: externalId(ctx, p.id, year),
      recorded_by: code === 'FJGBWY' ? globalId('Institution', ctx.onlineInst.id) : unitGid,
    });
  }
}

/** 6b. Sometimes a cadre who keeps up also takes a single online course on the Fujian academy. */
function selfStudyCourse(ctx: Recording, { r, m, year, yearEnd, strong }: CadreYear): void {
  if (!(strong && r.chance(0.1))) return;
  const fj = ctx.platform('FJGBWY');
  const c = r.pick(ctx.onlineCourses.filter((oc) => oc.row.first_published_at !== null && oc.row.first_published_at <= `${year}-06-30` && oc.row.status === 'PUBLISHED'));
  const date = addDays(`${year}-02-01`, r.int(0, 280));
  const end = date > yearEnd ? yearEnd : date;
  addRecord(ctx, r, {
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
    external_id: externalId(ctx, fj.id, year),
    recorded_by: globalId('Institution', ctx.onlineInst.id),
  });
}

/**
 * A cadre's centralized hours goal for a year before the plan, by group and profile (leaner: 0.6 of
 * the ranges).
 */
function earlyYearGoal(r: Rng, m: CadreMeta, strong: boolean, partial: boolean): number {
  const goalRange: readonly [number, number] = m.groupA
    ? strong ? [125, 165] : partial ? [55, 105] : [0, 40]
    : strong ? [92, 118] : partial ? [40, 85] : [0, 35];
  return r.halfStep(goalRange[0], goalRange[1]) * 0.6;
}

/**
 * Centralized hours a year of the plan, by group (as the engine places the cadre) and diligence:
 * group A's 550 h over five years is 110 a year, group B's 90 h a year. The last year is done up to
 * AS_OF (about nine tenths of it).
 */
const PLAN_GOALS: Record<'A' | 'B', Record<Diligence, readonly [number, number]>> = {
  A: { ON_TRACK: [112, 160], BEHIND: [52, 88], FAR_BEHIND: [0, 32], NONE: [0, 0] },
  B: { ON_TRACK: [90, 120], BEHIND: [60, 80], FAR_BEHIND: [0, 40], NONE: [0, 0] },
};

function planYearGoal(r: Rng, m: CadreMeta, year: number, d: Diligence): number {
  const [lo, hi] = PLAN_GOALS[planGroupA(m) ? 'A' : 'B'][d];
  return r.halfStep(lo, hi) * (year === LAST_YEAR ? 0.92 : 1);
}

/** One cadre's training, year by year from 2021 (to 2025 for cadres no longer active), in the order of the kinds above. */
function cadreRecords(ctx: Recording, r: Rng, m: CadreMeta): void {
  const unitGid = globalId('Unit', m.unit.id);
  const lastYear = m.row.status === 'ACTIVE' ? LAST_YEAR : LAST_YEAR - 1;
  const strong = m.profile === 'STRONG';
  const partial = m.profile === 'PARTIAL';
  // Group A cadres who keep up take one long (≥ 20-day) class somewhere in the five years.
  const longYear = m.groupA && (strong || (partial && r.chance(0.4))) ? r.int(2022, 2025) : 0;
  const state: CadreState = { attendedSeries: new Set<string>(), seriesYear: new Map<string, number>(), lastTheory: '' };
  const diligence = diligenceOf(ctx.rng, m);
  const platformCode = ctx.rng.fork(`platform-${m.row.id}`).weighted<string>([['FJGBWY', 50], ['XUEXI', 31], ['CELA', 17], ['DEMO_APP', 2]]);
  const dispatched = [...onboardingPlan(ctx, m, diligence.centralized, lastYear), ...rotationPlan(ctx, m, diligence.centralized, lastYear)];
  for (let year = FIRST_YEAR; year <= lastYear; year++) {
    const yearEnd = year === LAST_YEAR ? AS_OF : `${year}-12-31`;
    const plan = year >= PLAN_FIRST_YEAR;
    if (plan && diligence.centralized === 'NONE') continue;
    const yStrong = plan ? diligence.centralized === 'ON_TRACK' : strong;
    const yPartial = plan ? diligence.centralized === 'BEHIND' : partial;
    const goal = plan ? planYearGoal(r, m, year, diligence.centralized) : earlyYearGoal(r, m, strong, partial);
    const fills = plan || strong;
    const cy: CadreYear = { r, m, year, yearEnd, plan, diligence, strong: yStrong, partial: yPartial, fills, early: year <= 2022, goal, unitGid, platformCode };
    let acc = fullTimeTraining(ctx, cy, longYear, state, dispatchedClasses(ctx, cy, dispatched, state));
    acc += centerGroupStudy(ctx, cy);
    acc += lectureBriefing(ctx, cy);
    acc += provincialOnlineClass(ctx, cy, acc);
    nationalOnlineClasses(ctx, cy, acc);
    if (plan) selfStudyBatches(ctx, cy);
    else selfStudyTranscript(ctx, cy);
    selfStudyCourse(ctx, cy);
  }
}

/**
 * Every cadre's training records (and, for classes, the assignments behind them, appended to
 * `assignments`), each cadre from its own PRNG fork.
 */
export function buildRecords(
  rng: Rng,
  ref: Reference,
  cadreMeta: readonly CadreMeta[],
  courseMeta: readonly CourseMeta[],
  byYear: ReadonlyMap<number, readonly ClassMeta[]>,
  assignments: AssignmentRow[],
): TrainingRecordRow[] {
  const ctx: Recording = {
    rng,
    ref,
    byYear,
    assignments,
    records: [],
    externalSeq: new Map(),
    centerSessions: new Map(),
    onlineInst: must(ref.institutionByKey, 'ONLINE', 'institution'),
    provincialOrgDeptGid: globalId('Unit', ref.units.find((u) => ref.unitSeeds.get(u.id)?.orgDept && ref.regionById.get(u.region_id)?.code === '350000')!.id),
    onboardingClasses: [...byYear.values()]
      .flat()
      .filter((cm) => cm.dedicated && cm.row.kind === 'ONBOARDING')
      .sort((a, b) => (a.row.start_date < b.row.start_date ? -1 : a.row.start_date > b.row.start_date ? 1 : a.row.id - b.row.id)),
    onlineCourses: courseMeta.filter((c) => c.row.format === 'ONLINE'),
    platform: (code) => must(ref.platformByCode, code, 'platform'),
  };
  const mrng = rng.fork('records');
  for (const m of cadreMeta) cadreRecords(ctx, mrng.fork(`cadre-${m.row.id}`), m);
  return ctx.records;
}

/** Stable ids: records by cadre then date (then mode, title, hours). */
export function numberRecords(records: TrainingRecordRow[]): void {
  // Plain code-unit comparisons (never localeCompare): the order must not depend on the machine's ICU/locale.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  records.sort((a, b) => a.cadre_id - b.cadre_id || cmp(a.start_date, b.start_date) || cmp(a.mode, b.mode) || cmp(a.title, b.title) || a.hours - b.hours);
  records.forEach((r, i) => (r.id = i + 1));
}
