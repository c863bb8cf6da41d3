import type { CourseCategoryCode } from '../../data/types';
import { addDays } from '../../dates';
import type { Rng } from '../../random';
import type { ClassSessionRow, TeacherRow } from '../../rows';
import type { CourseMeta } from '../curriculum';
import { must, type Reference } from '../reference';
import type { ClassMeta } from './classes';

function teachingDay(start: string, k: number): string {
  return addDays(start, k + 2 * Math.floor(k / 5));
}

/** A course can be taught on `date`: published by then, and not yet retired (a retired course ran until its last revision). */
function available(c: CourseMeta, date: string): boolean {
  const r = c.row;
  if (r.first_published_at === null || r.first_published_at > date) return false;
  if (r.status === 'RETIRED') return r.last_revised_at !== null && r.last_revised_at > date;
  return r.status === 'PUBLISHED';
}

/** What the timetables draw from. */
interface Timetabling {
  ref: Reference;
  courseMeta: readonly CourseMeta[];
  teacherById: ReadonlyMap<number, TeacherRow>;
  leaderTeachers: readonly TeacherRow[];
  provId: number;
  srng: Rng;
  sessions: ClassSessionRow[];
}

/** An online thematic class: online courses until its target hours are reached; sets the class's hours. */
function onlineTimetable(cm: ClassMeta, { courseMeta, srng, sessions }: Timetabling): void {
  const cls = cm.row;
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
}

/**
 * A classroom class's candidates: courses of its institution, its supervisor and the provincial
 * school (by category); onsite courses at sites in its city (or its own, for provincial colleges);
 * leading cadres who lecture there (or at the supervisor).
 */
function classroomPools(cm: ClassMeta, { ref, courseMeta, leaderTeachers, provId }: Timetabling) {
  const cls = cm.row;
  const regionOf = (id: number) => must(ref.regionById, id, 'region');
  const siteOk = (c: CourseMeta, date: string): boolean => {
    if (c.siteId === null) return true;
    const site = ref.sites[c.siteId - 1]!;
    return site.status !== 'REVOKED' || date < '2024-01-01';
  };
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
  return { pool, byCategory, onsitePool, leaders };
}

/** A classroom class: two sessions a day (at most 20), onsite or of the class's category mix, some taught by leading cadres. */
function classroomTimetable(cm: ClassMeta, t: Timetabling): void {
  const { srng, sessions, teacherById } = t;
  const cls = cm.row;
  const { pool, byCategory, onsitePool, leaders } = classroomPools(cm, t);
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

/**
 * Every class's timetable (课表), in class order; online classes get their hours from it. National
 * institutions' classes have none: the province does not hold their timetables.
 */
export function buildSessions(srng: Rng, ref: Reference, classMeta: readonly ClassMeta[], courseMeta: readonly CourseMeta[], teachers: readonly TeacherRow[]): ClassSessionRow[] {
  const t: Timetabling = {
    ref,
    courseMeta,
    teacherById: new Map(teachers.map((x) => [x.id, x])),
    leaderTeachers: teachers.filter((x) => x.source === 'LEADING_CADRE'),
    provId: must(ref.institutionByKey, 'PROV', 'institution').id,
    srng,
    sessions: [],
  };
  for (const cm of classMeta) {
    if (cm.online) onlineTimetable(cm, t);
    else if (cm.institution.level !== 'NATIONAL') classroomTimetable(cm, t);
  }
  return t.sessions;
}
