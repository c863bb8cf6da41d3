import { CASES } from '../data/cases';
import { COURSE_TEMPLATES, type CourseTemplate } from '../data/courses';
import { CITY_SCHOOLS, INSTITUTIONS } from '../data/institutions';
import { TEXTBOOKS } from '../data/textbooks';
import type { AwardLevelCode, CourseFormatCode, ReviewStatusCode, TeachingMethodCode } from '../data/types';
import { addDays, fromEpochDay, toEpochDay, yearOf } from '../dates';
import { personName } from '../names';
import type { Rng } from '../random';
import type {
  CaseAwardRow,
  CaseCollectionItemRow,
  CaseCollectionRow,
  CaseRow,
  CourseAwardRow,
  CourseCaseRow,
  CourseRow,
  CourseTeacherRow,
  TeacherRow,
  TextbookAwardRow,
  TextbookRow,
} from '../rows';
import { AS_OF, SEED_STAMP, stampOn } from './constants';
import { must, type Reference } from './reference';

export interface CourseMeta {
  row: CourseRow;
  template: CourseTemplate;
  /** Site id for ONSITE courses. */
  siteId: number | null;
  teacherIds: number[];
}

export interface Curriculum {
  courses: CourseRow[];
  courseMeta: CourseMeta[];
  courseTeachers: CourseTeacherRow[];
  courseAwards: CourseAwardRow[];
  textbooks: TextbookRow[];
  textbookAwards: TextbookAwardRow[];
  cases: CaseRow[];
  courseCases: CourseCaseRow[];
  caseCollections: CaseCollectionRow[];
  caseCollectionItems: CaseCollectionItemRow[];
  caseAwards: CaseAwardRow[];
}

const CATEGORY_LABEL = { THEORY: '理论教育', PARTY_SPIRIT: '党性教育', CAPABILITY: '履职能力', KNOWLEDGE: '知识' } as const;
const METHOD_LABEL: Record<TeachingMethodCode, string> = {
  LECTURE: '专题讲授',
  CASE: '案例教学',
  SIMULATION: '情景模拟',
  EXPERIENTIAL: '体验式教学',
  SEMINAR: '研讨式教学',
  INTERVIEW: '访谈式教学',
  ONSITE: '现场教学',
  DEBATE: '辩论式教学',
};

function ownersOf(t: CourseTemplate): string[] {
  const out: string[] = [];
  for (const o of t.owners) {
    if (o === 'CITY*') out.push(...CITY_SCHOOLS.map(([c]) => `CITY:${c}`));
    else if (o === 'COUNTY*') out.push(...INSTITUTIONS.filter((i) => i.key.startsWith('COUNTY:')).map((i) => i.key));
    else out.push(o);
  }
  return [...new Set(out)];
}

function courseHours(rng: Rng, method: TeachingMethodCode, format: CourseFormatCode): number {
  if (format === 'ONLINE') return rng.halfStep(0.5, 3);
  switch (method) {
    case 'ONSITE':
      return rng.halfStep(2, 3.5);
    case 'INTERVIEW':
      return rng.pick([2, 2.5, 3]);
    case 'EXPERIENTIAL':
      return rng.halfStep(2, 4);
    case 'SEMINAR':
    case 'SIMULATION':
      return rng.pick([3, 3, 3.5, 4]);
    default:
      return rng.pick([2.5, 3, 3, 3, 3.5]);
  }
}

/** Review status and dates: most courses are published; first publication is spread over 2019–2026. */
function reviewDates(rng: Rng, status: ReviewStatusCode, earliest: string): { first: string | null; last: string | null } {
  const lo = toEpochDay(earliest);
  const hi = toEpochDay(AS_OF) - 10;
  const at = (a: number, b: number) => fromEpochDay(a + Math.floor(rng.next() * Math.max(1, b - a)));
  switch (status) {
    case 'PUBLISHED': {
      // Three quarters were published before 2021 so the early classes have a curriculum to draw on.
      const first = rng.chance(0.75) ? at(lo, toEpochDay('2021-03-01')) : at(toEpochDay('2021-03-01'), hi);
      const last = rng.chance(0.55) ? at(toEpochDay(first), hi) : first;
      return { first, last };
    }
    case 'RETIRED': {
      const first = at(lo, toEpochDay('2021-06-30'));
      return { first, last: at(toEpochDay('2023-01-01'), toEpochDay('2025-12-31')) };
    }
    case 'APPROVED':
    case 'IN_REVIEW':
      return { first: null, last: at(toEpochDay('2026-03-01'), hi) };
    case 'DRAFT':
      return { first: null, last: rng.chance(0.5) ? at(toEpochDay('2026-01-01'), hi) : null };
  }
}

function pickStatus(rng: Rng): ReviewStatusCode {
  return rng.weighted<ReviewStatusCode>([
    ['PUBLISHED', 70],
    ['APPROVED', 7],
    ['IN_REVIEW', 7],
    ['DRAFT', 7],
    ['RETIRED', 9],
  ]);
}

export function buildCurriculum(rng: Rng, ref: Reference, teachers: readonly TeacherRow[]): Curriculum {
  const inst = (key: string) => must(ref.institutionByKey, key, 'institution');
  const courses: CourseRow[] = [];
  const courseMeta: CourseMeta[] = [];

  // —— Teachers by institution and source, for course_teacher.
  const faculty = new Map<number, TeacherRow[]>();
  for (const t of teachers) {
    if (t.institution_id === null) continue;
    const list = faculty.get(t.institution_id) ?? [];
    list.push(t);
    faculty.set(t.institution_id, list);
  }
  const bySource = (source: TeacherRow['source']) => teachers.filter((t) => t.source === source);
  const models = bySource('ADVANCED_MODEL');
  const grassroots = bySource('GRASSROOTS_CADRE');
  const experts = bySource('EXPERT_SCHOLAR');
  const leaders = bySource('LEADING_CADRE');
  const provId = inst('PROV').id;

  const chooseTeachers = (institutionId: number, t: CourseTemplate, crng: Rng): number[] => {
    const chosen: number[] = [];
    const own = (faculty.get(institutionId) ?? []).filter((x) => x.source === 'SCHOOL_FACULTY');
    const matching = own.filter((x) => x.specialties.includes(t.specialty));
    const supervisorId = ref.institutions[institutionId - 1]!.supervisor_id;
    const fallback = (faculty.get(supervisorId ?? provId) ?? []).filter((x) => x.source === 'SCHOOL_FACULTY' && x.specialties.includes(t.specialty));
    const primary = matching.length > 0 ? crng.pick(matching) : fallback.length > 0 ? crng.pick(fallback) : own.length > 0 ? crng.pick(own) : undefined;
    if (primary) chosen.push(primary.id);
    if (t.method === 'ONSITE' || t.method === 'INTERVIEW' || t.method === 'EXPERIENTIAL') {
      const pool = [...models, ...grassroots].filter((x) => x.institution_id === institutionId || x.specialties.includes(t.specialty));
      if (pool.length > 0) chosen.push(crng.pick(pool).id);
    } else if (t.category === 'KNOWLEDGE' || institutionId === inst('XMU').id) {
      const pool = experts.filter((x) => x.specialties.includes(t.specialty));
      if (pool.length > 0 && crng.chance(0.7)) chosen.push(crng.pick(pool).id);
    } else if (t.category === 'CAPABILITY' && crng.chance(0.3)) {
      const pool = leaders.filter((x) => x.institution_id === institutionId || x.specialties.includes(t.specialty));
      if (pool.length > 0) chosen.push(crng.pick(pool).id);
    }
    if (chosen.length === 0) chosen.push(crng.pick(teachers.filter((x) => x.source === 'SCHOOL_FACULTY' && x.institution_id === provId)).id);
    return [...new Set(chosen)];
  };

  const addCourse = (t: CourseTemplate, ownerKey: string, format: CourseFormatCode, method: TeachingMethodCode): void => {
    const crng = rng.fork(`course-${courses.length + 1}`);
    const owner = inst(ownerKey);
    const site = t.site ? must(ref.siteByKey, t.site, 'site') : null;
    let status = pickStatus(crng);
    if (site?.status === 'REVOKED') status = 'RETIRED';
    const { first, last } = reviewDates(crng, status, '2019-03-01');
    const hours = courseHours(crng, method, format);
    const ownerName = owner.short_name ?? owner.name;
    const row: CourseRow = {
      id: courses.length + 1,
      title: t.title,
      category: t.category,
      method,
      format,
      hours,
      institution_id: owner.id,
      description:
        t.description ??
        `${ownerName}${format === 'ONLINE' ? '网络课程' : '课程'}，${CATEGORY_LABEL[t.category]}类，采用${METHOD_LABEL[method]}方式，${hours}学时。`,
      status,
      first_published_at: first,
      last_revised_at: last,
      created_at: first ? stampOn(first) : last ? stampOn(last) : SEED_STAMP,
      updated_at: last ? stampOn(last) : first ? stampOn(first) : SEED_STAMP,
    };
    courses.push(row);
    courseMeta.push({ row, template: t, siteId: site?.id ?? null, teacherIds: chooseTeachers(owner.id, t, crng) });
  };

  for (const t of COURSE_TEMPLATES) {
    for (const owner of ownersOf(t)) {
      const hybrid = t.hybrid === true || (t.method === 'LECTURE' && rng.chance(0.08));
      addCourse(t, owner, hybrid ? 'HYBRID' : 'IN_PERSON', t.method);
    }
    if (t.online) addCourse(t, 'ONLINE', 'ONLINE', t.method === 'CASE' ? 'CASE' : 'LECTURE');
  }

  const courseTeachers: CourseTeacherRow[] = [];
  for (const m of courseMeta) for (const teacherId of m.teacherIds) courseTeachers.push({ course_id: m.row.id, teacher_id: teacherId });

  // —— Good-course awards (好课程): only published (or since retired) courses, awarded after first publication;
  // case-based courses make up a good share, as the plan asks (cases ≥ 1/3).
  const courseAwards: CourseAwardRow[] = [];
  const awardable = courseMeta.filter((m) => m.row.first_published_at !== null && yearOf(m.row.first_published_at) <= 2024 && m.row.format !== 'ONLINE');
  const caseFirst = [...rng.shuffle(awardable.filter((m) => m.row.method === 'CASE')).slice(0, 10), ...rng.shuffle(awardable.filter((m) => m.row.method !== 'CASE')).slice(0, 16)];
  for (const [i, m] of caseFirst.entries()) {
    const firstYear = yearOf(m.row.first_published_at!);
    const year = Math.min(2025, Math.max(2021, firstYear + rng.int(1, 2)));
    const owner = ref.institutions[m.row.institution_id - 1]!;
    let level: AwardLevelCode;
    let name: string;
    if (i % 9 === 0) {
      level = 'NATIONAL';
      name = '全国干部教育培训好课程';
    } else if (owner.level === 'PROVINCIAL' || i % 3 !== 0) {
      level = 'PROVINCIAL';
      name = '福建省干部教育培训好课程';
    } else {
      level = 'MUNICIPAL';
      const city = must(ref.regionById, owner.level === 'MUNICIPAL' ? owner.region_id : ref.institutions[(owner.supervisor_id ?? owner.id) - 1]!.region_id, 'region');
      name = `${city.name}干部教育培训好课程`;
    }
    courseAwards.push({ id: courseAwards.length + 1, course_id: m.row.id, name, level, year, created_at: stampOn(`${year}-12-20`), updated_at: stampOn(`${year}-12-20`) });
  }
  courseAwards.sort((a, b) => a.course_id - b.course_id || a.year - b.year);
  courseAwards.forEach((a, i) => (a.id = i + 1));

  // —— Textbooks.
  const textbooks: TextbookRow[] = [];
  const textbookAwards: TextbookAwardRow[] = [];
  for (const tb of TEXTBOOKS) {
    const id = textbooks.length + 1;
    textbooks.push({
      id,
      title: tb.title,
      authors: [...tb.authors],
      publisher: tb.publisher,
      year: tb.year,
      is_case_textbook: tb.isCaseTextbook,
      institution_id: tb.institution ? inst(tb.institution).id : null,
      created_at: stampOn(`${tb.year}-10-01`),
      updated_at: stampOn(`${tb.year}-10-01`),
    });
    for (const [name, level, year] of tb.awards) {
      textbookAwards.push({ id: textbookAwards.length + 1, textbook_id: id, name, level, year, created_at: stampOn(`${year}-12-20`), updated_at: stampOn(`${year}-12-20`) });
    }
  }

  // —— Teaching cases.
  const cases: CaseRow[] = [];
  for (const c of CASES) {
    const crng = rng.fork(`case-${cases.length + 1}`);
    const published = c.status === 'PUBLISHED' || c.status === 'RETIRED';
    const first = published ? addDays(`${c.year}-03-01`, crng.int(0, 270)) : null;
    const last = c.status === 'RETIRED' ? addDays(`${Math.max(c.year + 2, 2023)}-01-10`, crng.int(0, 300)) : published && crng.chance(0.4) ? addDays(first!, crng.int(60, 700)) : published ? first : addDays('2026-01-05', crng.int(0, 300));
    const authors = Array.from({ length: crng.int(1, 3) }, () => personName(crng, crng.chance(0.55) ? 'MALE' : 'FEMALE'));
    const lastClamped = last && last > AS_OF ? AS_OF : last;
    cases.push({
      id: cases.length + 1,
      title: c.title,
      themes: [...c.themes],
      region_id: c.region ? must(ref.regionByCode, c.region, 'region').id : null,
      summary: c.summary,
      body: c.body,
      institution_id: inst(c.institution).id,
      authors,
      year: c.year,
      status: c.status,
      first_published_at: first,
      last_revised_at: lastClamped,
      created_at: stampOn(first ?? lastClamped ?? AS_OF),
      updated_at: stampOn(lastClamped ?? first ?? AS_OF),
    });
  }

  // —— Courses ↔ cases: by shared theme; case-method courses without themes get one case of their owner.
  const courseCases: CourseCaseRow[] = [];
  const ccSeen = new Set<string>();
  for (const m of courseMeta) {
    const themes = m.template.themes ?? [];
    let matches = cases.filter((c) => c.status !== 'DRAFT' && c.themes.some((th) => themes.includes(th)));
    if (matches.length === 0 && m.row.method === 'CASE') matches = cases.filter((c) => c.institution_id === m.row.institution_id && c.status === 'PUBLISHED');
    for (const c of rng.sample(matches, Math.min(3, matches.length))) {
      const key = `${m.row.id}/${c.id}`;
      if (ccSeen.has(key)) continue;
      ccSeen.add(key);
      courseCases.push({ course_id: m.row.id, case_id: c.id });
    }
  }
  courseCases.sort((a, b) => a.course_id - b.course_id || a.case_id - b.case_id);

  // —— Case collections (案例汇编).
  const caseCollections: CaseCollectionRow[] = [];
  const caseCollectionItems: CaseCollectionItemRow[] = [];
  const collect = (title: string, year: number, key: string, pick: (c: CaseRow) => boolean): void => {
    const id = caseCollections.length + 1;
    caseCollections.push({ id, title, year, institution_id: inst(key).id, created_at: stampOn(`${year}-11-30`), updated_at: stampOn(`${year}-11-30`) });
    for (const c of cases) if (pick(c)) caseCollectionItems.push({ collection_id: id, case_id: c.id });
  };
  const publishedBy = (c: CaseRow, year: number) => c.first_published_at !== null && yearOf(c.first_published_at) <= year;
  collect('福建省干部教育培训精品案例汇编（2022）', 2022, 'PROV', (c) => publishedBy(c, 2022) && c.region_id !== null && ref.regionById.get(c.region_id)!.level !== 'PROVINCE');
  const redThemes = ['古田会议', '谷文昌精神', '四下基层', '宁德摆脱贫困', '红色资源', '调查研究'];
  collect('闽西闽东党性教育案例选编', 2023, 'GUTIAN', (c) => publishedBy(c, 2023) && c.themes.some((t) => redThemes.includes(t)));
  const ecoThemes = ['生态文明', '木兰溪治理', '长汀水土流失治理', '生态产品价值实现', '城市生态治理'];
  collect('生态文明建设福建实践案例集', 2025, 'PROV', (c) => publishedBy(c, 2025) && c.themes.some((t) => ecoThemes.includes(t)));

  // —— Case awards (精品案例).
  const caseAwards: CaseAwardRow[] = [];
  const published = cases.filter((c) => c.first_published_at !== null && c.status === 'PUBLISHED');
  for (const [i, c] of rng.sample(published, 14).sort((a, b) => a.id - b.id).entries()) {
    const year = Math.min(2025, c.year + rng.int(1, 2));
    const level: AwardLevelCode = i % 6 === 0 ? 'NATIONAL' : i % 3 === 0 ? 'MUNICIPAL' : 'PROVINCIAL';
    const owner = ref.institutions[c.institution_id - 1]!;
    const cityRegion = owner.level === 'MUNICIPAL' ? owner.region_id : owner.level === 'COUNTY' ? ref.institutions[(owner.supervisor_id ?? owner.id) - 1]!.region_id : null;
    const name =
      level === 'NATIONAL'
        ? '全国干部教育培训好案例'
        : level === 'PROVINCIAL' || cityRegion === null
          ? '福建省干部教育培训精品案例'
          : `${must(ref.regionById, cityRegion, 'region').name}干部教育培训优秀案例`;
    caseAwards.push({ id: caseAwards.length + 1, case_id: c.id, name, level: level === 'MUNICIPAL' && cityRegion === null ? 'PROVINCIAL' : level, year, created_at: stampOn(`${year}-12-20`), updated_at: stampOn(`${year}-12-20`) });
  }

  return { courses, courseMeta, courseTeachers, courseAwards, textbooks, textbookAwards, cases, courseCases, caseCollections, caseCollectionItems, caseAwards };
}
