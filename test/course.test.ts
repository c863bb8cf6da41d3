import { startHarness, type Harness } from './helpers/harness';
import {
  AddCourseAwardDocument,
  ArchiveCourseDocument,
  CourseByIdDocument,
  CoursesPageDocument,
  CreateCourseDocument,
  RemoveCourseAwardDocument,
  ReviewCourseDocument,
  UpdateCourseDocument,
  type CourseFilter,
  type ReviewAction,
} from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';

import { todayInChina } from '../src/core/dates';

/**
 * Fixtures: two schools of their own and courses whose titles start with 测课程 (nothing in the
 * demo seed does), so every list is asserted row for row.
 */
describe('courses: the course library and its review workflow', () => {
  let h: Harness;
  const gid = (pk: number) => toGlobalId('Course', pk);
  const inst = (pk: number) => toGlobalId('Institution', pk);
  const tid = (pk: number) => toGlobalId('Teacher', pk);
  let I1: number;
  let I2: number;
  let TA: number;
  let TB: number;
  let CA: number;
  let K1: number; // THEORY LECTURE IN_PERSON 3.0 at I1, PUBLISHED, provincial award, taught by TA, uses case CA
  let K2: number; // PARTY_SPIRIT CASE ONLINE 1.5 at I1, DRAFT, only an archived national award
  let K3: number; // CAPABILITY SEMINAR HYBRID 2.0 at I2, IN_REVIEW, national award, taught by TA and TB
  let K4: number; // archived, at I1
  let awardK1: number;

  const counts = () =>
    h.sql(
      `select (select count(*) from course)::int as courses, (select count(*) from course_teacher)::int as links,
              (select count(*) from course_case)::int as cases, (select count(*) from course_award)::int as awards,
              (select count(*) from audit_entry)::int as audits`,
    );

  beforeAll(async () => {
    h = await startHarness();
    const [{ id: region }] = await h.sql(`select id from region where code = '350000'`);
    const institution = async (name: string) => (await h.sql(`insert into institution (name, kind, level, region_id) values ($1, 'PARTY_SCHOOL', 'PROVINCIAL', $2) returning id`, [name, region]))[0].id as number;
    I1 = await institution('测课程学校一');
    I2 = await institution('测课程学校二');
    const teacher = async (name: string) => (await h.sql(`insert into teacher (name, kind, source, institution_id) values ($1, 'FULL_TIME', 'SCHOOL_FACULTY', $2) returning id`, [name, I1]))[0].id as number;
    TA = await teacher('测课教师甲');
    TB = await teacher('测课教师乙');
    [{ id: CA }] = await h.sql(`insert into teaching_case (title, summary, body, institution_id, year) values ('测案例：木兰溪治理', '摘要', '正文', $1, 2024) returning id`, [I1]);
    const course = async (title: string, category: string, method: string, format: string, hours: number, institutionId: number, status: string, description: string | null, archived = false) =>
      (
        await h.sql(
          `insert into course (title, category, method, format, hours, institution_id, status, description, archived_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, case when $9 then now() end) returning id`,
          [title, category, method, format, hours, institutionId, status, description, archived],
        )
      )[0].id as number;
    K1 = await course('测课程甲：党史学习', 'THEORY', 'LECTURE', 'IN_PERSON', 3, I1, 'PUBLISHED', '围绕测关键词展开');
    K2 = await course('测课程乙', 'PARTY_SPIRIT', 'CASE', 'ONLINE', 1.5, I1, 'DRAFT', null);
    K3 = await course('测课程丙', 'CAPABILITY', 'SEMINAR', 'HYBRID', 2, I2, 'IN_REVIEW', '研讨');
    K4 = await course('测课程丁', 'THEORY', 'LECTURE', 'IN_PERSON', 1, I1, 'DRAFT', null, true);
    const award = async (c: number, level: string, year: number, archived = false) =>
      (await h.sql(`insert into course_award (course_id, name, level, year, archived_at) values ($1, '好课程', $2, $3, case when $4 then now() end) returning id`, [c, level, year, archived]))[0]
        .id as number;
    awardK1 = await award(K1, 'PROVINCIAL', 2024);
    await award(K2, 'NATIONAL', 2023, true);
    await award(K3, 'NATIONAL', 2025);
    await h.sql(`insert into course_teacher (course_id, teacher_id) values ($1, $2), ($3, $2), ($3, $4)`, [K1, TA, K3, TB]);
    await h.sql(`insert into course_case (course_id, case_id) values ($1, $2)`, [K1, CA]);
  });
  afterAll(() => h.stop());

  const list = async (filter: CourseFilter, extra: { includeArchived?: boolean; orderBy?: 'HOURS_ASC' | 'TITLE_DESC' } = {}) => {
    const res = await h.exec(CoursesPageDocument, { filter, first: 100, ...extra });
    expect(res.errors).toBeUndefined();
    expect(res.data!.courses.totalCount).toBe(res.data!.courses.nodes.length);
    return res.data!.courses.nodes.map((n) => n.id);
  };
  const kw = '测课程';

  it('filters by category, method, format, status, institution, teacher, awards and keyword', async () => {
    expect(await list({ institutionId: inst(I1) })).toEqual([K1, K2].map(gid));
    expect(await list({ institutionId: inst(I1) }, { includeArchived: true })).toEqual([K1, K2, K4].map(gid));
    expect(await list({ keyword: kw, category: ['THEORY', 'CAPABILITY'] })).toEqual([K1, K3].map(gid));
    expect(await list({ keyword: kw, method: ['CASE'] })).toEqual([K2].map(gid));
    expect(await list({ keyword: kw, format: ['ONLINE', 'HYBRID'] })).toEqual([K2, K3].map(gid));
    expect(await list({ keyword: kw, status: ['PUBLISHED', 'IN_REVIEW'] })).toEqual([K1, K3].map(gid));
    expect(await list({ teacherId: tid(TA) })).toEqual([K1, K3].map(gid));
    expect(await list({ teacherId: tid(TB) })).toEqual([K3].map(gid));
    expect(await list({ keyword: kw, hasAward: true })).toEqual([K1, K3].map(gid));
    expect(await list({ keyword: kw, hasAward: false })).toEqual([K2].map(gid));
    expect(await list({ keyword: kw, awardLevel: ['NATIONAL'] })).toEqual([K3].map(gid));
    expect(await list({ keyword: kw, awardLevel: ['PROVINCIAL', 'MUNICIPAL'] })).toEqual([K1].map(gid));
    expect(await list({ keyword: '测关键词' })).toEqual([K1].map(gid));
    expect(await list({ keyword: '100%' })).toEqual([]);
  });

  it('orders by hours and by title', async () => {
    expect(await list({ keyword: kw }, { orderBy: 'HOURS_ASC' })).toEqual([K2, K3, K1].map(gid));
    const byTitle = await h.sql(`select id from course where title like '测课程%' and archived_at is null order by title desc, id desc`);
    expect(await list({ keyword: kw }, { orderBy: 'TITLE_DESC' })).toEqual(byTitle.map((r) => gid(r.id)));
  });

  it('finds one course with institution, teachers, cases and live awards', async () => {
    const res = await h.exec(CourseByIdDocument, { id: gid(K1) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.course).toEqual({
      id: gid(K1),
      title: '测课程甲：党史学习',
      category: 'THEORY',
      method: 'LECTURE',
      format: 'IN_PERSON',
      hours: 3,
      description: '围绕测关键词展开',
      status: 'PUBLISHED',
      firstPublishedAt: null,
      lastRevisedAt: null,
      version: 1,
      archivedAt: null,
      institution: { id: inst(I1) },
      teachers: [{ id: tid(TA), name: '测课教师甲' }],
      cases: [{ id: toGlobalId('TeachingCase', CA), title: '测案例：木兰溪治理' }],
      awards: [{ id: toGlobalId('CourseAward', awardK1), name: '好课程', level: 'PROVINCIAL', year: 2024 }],
    });
    const k2 = await h.exec(CourseByIdDocument, { id: gid(K2) });
    expect(k2.data!.course).toMatchObject({ hours: 1.5, awards: [], teachers: [], cases: [] });

    const missing = await h.exec(CourseByIdDocument, { id: gid(99999999) });
    expect(missing.data).toBeNull();
    expect(missing.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('creates a draft with its teachers and cases, updates them with the version, refuses a stale version, and archives', async () => {
    const created = await h.exec(CreateCourseDocument, {
      input: {
        title: '测新课程',
        category: 'PARTY_SPIRIT',
        method: 'ONSITE',
        format: 'IN_PERSON',
        hours: 1.5,
        institutionId: inst(I1),
        description: '现场教学',
        teacherIds: [tid(TA), tid(TB)],
        caseIds: [toGlobalId('TeachingCase', CA)],
      },
    });
    expect(created.errors).toBeUndefined();
    const c = created.data!.createCourse.course;
    expect(c).toEqual({
      id: c.id,
      title: '测新课程',
      category: 'PARTY_SPIRIT',
      method: 'ONSITE',
      format: 'IN_PERSON',
      hours: 1.5,
      description: '现场教学',
      status: 'DRAFT',
      version: 1,
      institution: { id: inst(I1) },
      teachers: [{ id: tid(TA) }, { id: tid(TB) }],
      cases: [{ id: toGlobalId('TeachingCase', CA) }],
    });

    const updated = await h.exec(UpdateCourseDocument, { input: { id: c.id, version: 1, hours: 2.5, teacherIds: [tid(TB)], caseIds: [] } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateCourse.course).toMatchObject({ hours: 2.5, teachers: [{ id: tid(TB) }], cases: [], version: 2 });

    // Changing only the teachers still moves the version, so a concurrent edit of the list is caught.
    const teachersOnly = await h.exec(UpdateCourseDocument, { input: { id: c.id, version: 2, teacherIds: [tid(TA), tid(TB)] } });
    expect(teachersOnly.data!.updateCourse.course).toMatchObject({ teachers: [{ id: tid(TA) }, { id: tid(TB) }], version: 3 });

    // The same teachers in another order change nothing, so the version stays.
    const sameSet = await h.exec(UpdateCourseDocument, { input: { id: c.id, version: 3, teacherIds: [tid(TB), tid(TA)] } });
    expect(sameSet.data!.updateCourse.course).toMatchObject({ teachers: [{ id: tid(TA) }, { id: tid(TB) }], version: 3 });

    const before = await counts();
    const stale = await h.exec(UpdateCourseDocument, { input: { id: c.id, version: 2, title: '不应写入', teacherIds: [] } });
    expect(stale.data).toBeNull();
    expect(stale.errors![0].extensions).toEqual({ code: 'CONFLICT' });
    expect(await counts()).toEqual(before);
    const [stored] = await h.sql(`select title, hours::float as hours, version from course where title = '测新课程'`);
    expect(stored).toEqual({ title: '测新课程', hours: 2.5, version: 3 });

    const archived = await h.exec(ArchiveCourseDocument, { input: { id: c.id, version: 3 } });
    expect(archived.errors).toBeUndefined();
    expect(archived.data!.archiveCourse.course.archivedAt).not.toBeNull();
    expect(await list({ keyword: '测新课程' })).toEqual([]);

    const audit = await h.sql(`select action, fields from audit_entry where entity = 'Course' and $1 = any(entity_ids) order by id`, [c.id]);
    expect(audit.map((a) => [a.action, a.fields])).toEqual([
      ['CREATE', ['title', 'category', 'method', 'format', 'hours', 'institutionId', 'description', 'teacherIds', 'caseIds']],
      ['UPDATE', ['hours', 'teachers', 'cases']],
      ['UPDATE', ['teachers']],
      ['UPDATE', []],
      ['ARCHIVE', ['archivedAt']],
    ]);
  });

  it.each([
    ['negative hours', { hours: -1 }, 'input.hours'],
    ['hours finer than one decimal place', { hours: 1.25 }, 'input.hours'],
    ['an over-long title', { title: '课'.repeat(201) }, 'input.title'],
    ['an unknown enum', { method: 'TELEPATHY' }, 'input.method'],
    ['an unknown institution', { institutionId: inst(99999999) }, 'input.institutionId'],
    ['an unknown teacher in the list', { teacherIds: ['T1', 'T2', 'missing'] }, 'input.teacherIds.2'],
    ['a malformed teacher id in the list', { teacherIds: ['T1', 'garbage!'] }, 'input.teacherIds.1'],
    ['a teacher listed twice', { teacherIds: ['T1', 'T2', 'T1'] }, 'input.teacherIds.2'],
    ['a course id where a teacher id belongs', { teacherIds: ['K1'] }, 'input.teacherIds.0'],
    ['an unknown case', { caseIds: [toGlobalId('TeachingCase', 99999999)] }, 'input.caseIds.0'],
  ])('rejects %s with BAD_USER_INPUT at its path and writes nothing', async (_what, over, field) => {
    const resolve = (v: unknown) =>
      Array.isArray(v) ? v.map((x) => (x === 'T1' ? tid(TA) : x === 'T2' ? tid(TB) : x === 'missing' ? tid(99999999) : x === 'K1' ? gid(K1) : x)) : v;
    const input = Object.fromEntries(Object.entries(over).map(([k, v]) => [k, resolve(v)]));
    const before = await counts();
    const res = await h.exec(CreateCourseDocument, {
      input: { title: '测坏课程', category: 'THEORY', method: 'LECTURE', format: 'IN_PERSON', hours: 2, institutionId: inst(I1), ...input } as never,
    });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('rejects null for a list it cannot clear that way, and an unknown teacher on update', async () => {
    const nullHours = await h.exec(UpdateCourseDocument, { input: { id: gid(K2), version: 1, hours: null } });
    expect(nullHours.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.hours' });
    const unknown = await h.exec(UpdateCourseDocument, { input: { id: gid(K2), version: 1, teacherIds: [tid(TA), tid(99999999)] } });
    expect(unknown.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.teacherIds.1' });
    const [row] = await h.sql(`select version, (select count(*)::int from course_teacher where course_id = $1) as links from course where id = $1`, [K2]);
    expect(row).toEqual({ version: 1, links: 0 });
  });

  it('moves a course through review: submit, approve, publish, revise; illegal steps are CONFLICT', async () => {
    const review = (version: number, action: ReviewAction) => h.exec(ReviewCourseDocument, { input: { id: gid(K2), version, action } });

    const illegalFromDraft = await review(1, 'PUBLISH');
    expect(illegalFromDraft.data).toBeNull();
    expect(illegalFromDraft.errors![0].extensions).toEqual({ code: 'CONFLICT', from: 'DRAFT', action: 'published' });

    const submitted = await review(1, 'SUBMIT');
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.reviewCourse.course).toEqual({ id: gid(K2), status: 'IN_REVIEW', firstPublishedAt: null, lastRevisedAt: null, version: 2 });

    const staleReview = await review(1, 'APPROVE');
    expect(staleReview.errors![0].extensions).toEqual({ code: 'CONFLICT' });

    const approved = await review(2, 'APPROVE');
    expect(approved.data!.reviewCourse.course).toMatchObject({ status: 'APPROVED', version: 3 });

    const today = todayInChina();
    const published = await review(3, 'PUBLISH');
    expect(published.data!.reviewCourse.course).toEqual({ id: gid(K2), status: 'PUBLISHED', firstPublishedAt: today, lastRevisedAt: null, version: 4 });

    const before = await counts();
    const publishedTwice = await review(4, 'PUBLISH');
    expect(publishedTwice.errors![0].extensions).toEqual({ code: 'CONFLICT', from: 'PUBLISHED', action: 'published' });
    const submitPublished = await review(4, 'SUBMIT');
    expect(submitPublished.errors![0].extensions).toEqual({ code: 'CONFLICT', from: 'PUBLISHED', action: 'submitted for review' });
    expect(await counts()).toEqual(before);
    const [unchanged] = await h.sql(`select status, version from course where id = $1`, [K2]);
    expect(unchanged).toEqual({ status: 'PUBLISHED', version: 4 });

    const revised = await review(4, 'REVISE');
    expect(revised.data!.reviewCourse.course).toEqual({ id: gid(K2), status: 'DRAFT', firstPublishedAt: today, lastRevisedAt: today, version: 5 });

    const retireDraft = await review(5, 'RETIRE');
    expect(retireDraft.errors![0].extensions).toEqual({ code: 'CONFLICT', from: 'DRAFT', action: 'retired' });

    const audit = await h.sql(`select action, fields from audit_entry where entity = 'Course' and $1 = any(entity_ids) order by id`, [gid(K2)]);
    expect(audit.map((a) => [a.action, a.fields])).toEqual([
      ['REVIEW_SUBMIT', ['status']],
      ['REVIEW_APPROVE', ['status']],
      ['REVIEW_PUBLISH', ['status', 'firstPublishedAt']],
      ['REVIEW_REVISE', ['status', 'lastRevisedAt']],
    ]);
  });

  it('records an award, refuses the same award twice, removes and re-records it', async () => {
    const added = await h.exec(AddCourseAwardDocument, { input: { courseId: gid(K3), name: '全省好课程', level: 'PROVINCIAL', year: 2025 } });
    expect(added.errors).toBeUndefined();
    const a = added.data!.addCourseAward.award;
    expect(a).toEqual({ id: a.id, name: '全省好课程', level: 'PROVINCIAL', year: 2025, version: 1, course: { id: gid(K3) } });
    expect(added.data!.addCourseAward.course.awards.map((x) => x.name)).toEqual(['好课程', '全省好课程']);
    expect(await list({ keyword: kw, awardLevel: ['PROVINCIAL'] })).toEqual([K1, K3].map(gid));

    const before = await counts();
    const twice = await h.exec(AddCourseAwardDocument, { input: { courseId: gid(K3), name: '全省好课程', level: 'NATIONAL', year: 2025 } });
    expect(twice.errors![0].extensions).toEqual({ code: 'CONFLICT' });
    const badYear = await h.exec(AddCourseAwardDocument, { input: { courseId: gid(K3), name: '全省好课程', level: 'NATIONAL', year: 1999 } });
    expect(badYear.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.year' });
    const badCourse = await h.exec(AddCourseAwardDocument, { input: { courseId: gid(99999999), name: '全省好课程', level: 'NATIONAL', year: 2025 } });
    expect(badCourse.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.courseId' });
    expect(await counts()).toEqual(before);

    const removed = await h.exec(RemoveCourseAwardDocument, { input: { id: a.id, version: 1 } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeCourseAward.award.archivedAt).not.toBeNull();
    expect(removed.data!.removeCourseAward.course.awards).toHaveLength(1);
    expect(await list({ keyword: kw, awardLevel: ['PROVINCIAL'] })).toEqual([K1].map(gid));

    const again = await h.exec(AddCourseAwardDocument, { input: { courseId: gid(K3), name: '全省好课程', level: 'PROVINCIAL', year: 2025 } });
    expect(again.errors).toBeUndefined();
    expect(again.data!.addCourseAward.award).toMatchObject({ id: a.id, version: 3 });
  });
});
