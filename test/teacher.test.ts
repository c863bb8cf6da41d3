import { startHarness, type Harness } from './helpers/harness';
import {
  AddTeacherToPoolDocument,
  ArchiveTeacherDocument,
  CreateTeacherDocument,
  RemoveTeacherFromPoolDocument,
  TeacherByIdDocument,
  TeacherPoolBrowseDocument,
  TeachersPageDocument,
  UpdateTeacherDocument,
  type TeacherFilter,
} from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';

/**
 * Fixtures: two schools of their own region subtree (测试县 359901 under 测试市 359900; 另测市 359800),
 * a pool-publishing school, and teachers whose specialties (测党史, 测经济, 测法治) appear nowhere in
 * the demo seed, so every list is asserted row for row.
 */
describe('teachers: the faculty pool', () => {
  let h: Harness;
  const gid = (pk: number) => toGlobalId('Teacher', pk);
  const inst = (pk: number) => toGlobalId('Institution', pk);
  let S1: number; // 测试县委党校 (359901)
  let S2: number; // 另测市委党校 (359800)
  let P: number; // 测试市委党校 (359900), publishes pools
  let P2: number; // another publisher
  let T1: number; // 测师甲: S1, full-time faculty, renowned, 测党史+测经济; pools P/2023, P2/2024; scores 80, 90 (+ an archived 0)
  let T2: number; // 测师乙: S1, part-time expert, 测法治; archived membership P/2023; no scores
  let T3: number; // 测师丙: S2, full-time faculty, 测经济; pool P/2024; score 70.5
  let T4: number; // 测师丁: no institution, leading cadre, 测党史
  let T5: number; // 测师戊: S1, archived
  let cadre: number;
  let course: number;
  const MINE = ['测党史', '测经济', '测法治'];

  const counts = () =>
    h.sql(
      `select (select count(*) from teacher)::int as teachers, (select count(*) from teacher_pool_membership)::int as memberships, (select count(*) from audit_entry)::int as audits`,
    );

  beforeAll(async () => {
    h = await startHarness();
    const region = async (code: string, name: string, level: string, parentCode: string) => {
      const [r] = await h.sql(
        `insert into region (code, name, level, parent_id, path) select $1::text, $2, $3, p.id, p.path || $1::text || '/' from region p where p.code = $4 returning id`,
        [code, name, level, parentCode],
      );
      return r.id as number;
    };
    const city = await region('359900', '测试市', 'CITY', '350000');
    const county = await region('359901', '测试县', 'COUNTY', '359900');
    const other = await region('359800', '另测市', 'CITY', '350000');
    const institution = async (name: string, level: string, regionId: number) => {
      const [r] = await h.sql(`insert into institution (name, kind, level, region_id) values ($1, 'PARTY_SCHOOL', $2, $3) returning id`, [name, level, regionId]);
      return r.id as number;
    };
    S1 = await institution('测试县委党校', 'COUNTY', county);
    S2 = await institution('另测市委党校', 'MUNICIPAL', other);
    P = await institution('测试市委党校', 'MUNICIPAL', city);
    P2 = await institution('测试市行政学院', 'MUNICIPAL', city);
    const teacher = async (name: string, kind: string, source: string, institutionId: number | null, specialties: string[], renowned = false, archived = false) => {
      const [r] = await h.sql(
        `insert into teacher (name, kind, source, institution_id, specialties, is_renowned, archived_at) values ($1, $2, $3, $4, $5, $6, case when $7 then now() end) returning id`,
        [name, kind, source, institutionId, specialties, renowned, archived],
      );
      return r.id as number;
    };
    T1 = await teacher('测师甲', 'FULL_TIME', 'SCHOOL_FACULTY', S1, ['测党史', '测经济'], true);
    T2 = await teacher('测师乙', 'PART_TIME', 'EXPERT_SCHOLAR', S1, ['测法治']);
    T3 = await teacher('测师丙', 'FULL_TIME', 'SCHOOL_FACULTY', S2, ['测经济']);
    T4 = await teacher('测师丁', 'PART_TIME', 'LEADING_CADRE', null, ['测党史']);
    T5 = await teacher('测师戊', 'FULL_TIME', 'SCHOOL_FACULTY', S1, ['测党史'], false, true);
    const pool = (t: number, publisher: number, year: number, archived = false) =>
      h.sql(`insert into teacher_pool_membership (teacher_id, publisher_id, year, pool_name, archived_at) values ($1, $2, $3, $4, case when $5 then now() end)`, [
        t,
        publisher,
        year,
        `${year}年优质师资库`,
        archived,
      ]);
    await pool(T1, P, 2023);
    await pool(T1, P2, 2024);
    await pool(T3, P, 2024);
    await pool(T2, P, 2023, true);
    const score = (t: number, s: number, archived = false) =>
      h.sql(
        `insert into evaluation (target_kind, teacher_id, kind, score, evaluator, period, archived_at) values ('TEACHER', $1, 'TRAINEE_RATING', $2, '测试学员', '2025', case when $3 then now() end)`,
        [t, s, archived],
      );
    await score(T1, 80);
    await score(T1, 90);
    await score(T1, 0, true);
    await score(T3, 70.5);
    const [u] = await h.sql(`insert into unit (name, kind, region_id) values ('测试县委组织部', 'PARTY_COMMITTEE_DEPT', $1) returning id`, [county]);
    [{ id: cadre }] = await h.sql(
      `insert into cadre (name, gender, birth_date, id_card_number, unit_id, region_id, category, rank, position)
       values ('测干部', 'MALE', '1975-01-01', '35990119750101001X', $1, $2, 'COUNTY_LEADER_AND_ABOVE', 'DIVISION_CHIEF', '县长') returning id`,
      [u.id, county],
    );
    [{ id: course }] = await h.sql(`insert into course (title, category, method, format, hours, institution_id) values ('测师资课程', 'THEORY', 'LECTURE', 'IN_PERSON', 3, $1) returning id`, [S1]);
    await h.sql(`insert into course_teacher (course_id, teacher_id) values ($1, $2)`, [course, T1]);
  });
  afterAll(() => h.stop());

  const list = async (filter: TeacherFilter, includeArchived = false) => {
    const res = await h.exec(TeachersPageDocument, { filter, first: 100, includeArchived });
    expect(res.errors).toBeUndefined();
    expect(res.data!.teachers.totalCount).toBe(res.data!.teachers.nodes.length);
    return res.data!.teachers.nodes.map((n) => n.id);
  };

  it('filters the pool the way schools browse it', async () => {
    expect(await list({ specialty: ['测经济'] })).toEqual([T1, T3].map(gid));
    expect(await list({ specialty: ['测党史', '测法治'] })).toEqual([T1, T2, T4].map(gid));
    expect(await list({ specialty: MINE, source: ['SCHOOL_FACULTY'] })).toEqual([T1, T3].map(gid));
    expect(await list({ specialty: MINE, source: ['LEADING_CADRE', 'EXPERT_SCHOLAR'] })).toEqual([T2, T4].map(gid));
    expect(await list({ specialty: MINE, kind: ['PART_TIME'] })).toEqual([T2, T4].map(gid));
    expect(await list({ institutionId: inst(S1) })).toEqual([T1, T2].map(gid));
    expect(await list({ institutionId: inst(S1) }, true)).toEqual([T1, T2, T5].map(gid));
    expect(await list({ institutionId: inst(S1), isRenowned: true })).toEqual([T1].map(gid));
    expect(await list({ specialty: MINE, isRenowned: false })).toEqual([T2, T3, T4].map(gid));
    expect(await list({ regionCode: '359900' })).toEqual([T1, T2].map(gid));
    expect(await list({ regionCode: '359800' })).toEqual([T3].map(gid));
    expect(await list({ keyword: '测师' })).toEqual([T1, T2, T3, T4].map(gid));
    expect(await list({ keyword: '测师丙' })).toEqual([T3].map(gid));
  });

  it('filters by quality-pool membership: year and publisher hold for the same membership', async () => {
    expect(await list({ poolPublisherId: inst(P) })).toEqual([T1, T3].map(gid));
    expect(await list({ poolPublisherId: inst(P), poolYear: 2023 })).toEqual([T1].map(gid));
    expect(await list({ poolPublisherId: inst(P), poolYear: 2024 })).toEqual([T3].map(gid));
    expect(await list({ poolPublisherId: inst(P2), poolYear: 2023 })).toEqual([]);
    expect(await list({ specialty: MINE, poolYear: 2024 })).toEqual([T1, T3].map(gid));
    expect(await list({ specialty: MINE, poolYear: 2023 })).toEqual([T1].map(gid));
  });

  it('rejects malformed ids and over-long keywords in the filter', async () => {
    const bad = await h.exec(TeachersPageDocument, { filter: { poolPublisherId: 'x!' } });
    expect(bad.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.poolPublisherId' });
    const wrongType = await h.exec(TeachersPageDocument, { filter: { institutionId: gid(T1) } });
    expect(wrongType.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.institutionId' });
    const long = await h.exec(TeachersPageDocument, { filter: { keyword: '测'.repeat(51) } });
    expect(long.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.keyword' });
  });

  it('finds one teacher with institution, courses, pool memberships, evaluations and average score', async () => {
    const res = await h.exec(TeacherByIdDocument, { id: gid(T1) });
    expect(res.errors).toBeUndefined();
    const t = res.data!.teacher;
    expect(t).toMatchObject({
      id: gid(T1),
      name: '测师甲',
      kind: 'FULL_TIME',
      source: 'SCHOOL_FACULTY',
      specialties: ['测党史', '测经济'],
      isRenowned: true,
      title: null,
      phone: null,
      email: null,
      biography: null,
      version: 1,
      archivedAt: null,
      averageScore: 85,
      institution: { id: inst(S1), name: '测试县委党校' },
      cadre: null,
      courses: [{ id: toGlobalId('Course', course), title: '测师资课程' }],
    });
    expect(t.poolMemberships.map((m) => [m.year, m.poolName, m.publisher.id])).toEqual([
      [2023, '2023年优质师资库', inst(P)],
      [2024, '2024年优质师资库', inst(P2)],
    ]);
    expect(t.evaluations.map((e) => e.score)).toEqual([80, 90]);

    const t2 = await h.exec(TeacherByIdDocument, { id: gid(T2) });
    expect(t2.data!.teacher).toMatchObject({ averageScore: null, poolMemberships: [], evaluations: [] });
    const t3 = await h.exec(TeacherByIdDocument, { id: gid(T3) });
    expect(t3.data!.teacher.averageScore).toBe(70.5);

    const missing = await h.exec(TeacherByIdDocument, { id: gid(99999999) });
    expect(missing.data).toBeNull();
    expect(missing.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('loads average scores and relations in a fixed number of statements, whatever the page size', async () => {
    const one = await h.exec(TeacherPoolBrowseDocument, { filter: { specialty: MINE }, first: 1 });
    const all = await h.exec(TeacherPoolBrowseDocument, { filter: { specialty: MINE }, first: 100 });
    expect(one.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    expect(all.data!.teachers.nodes.map((n) => [n.name, n.averageScore, n.institution?.region.code ?? null, n.courses.length, n.poolMemberships.length])).toEqual([
      ['测师甲', 85, '359901', 1, 2],
      ['测师乙', null, '359901', 0, 0],
      ['测师丙', 70.5, '359800', 0, 1],
      ['测师丁', null, null, 0, 0],
    ]);
    expect(all.statements).toBe(one.statements);
    expect(all.statements).toBeLessThanOrEqual(9);
  });

  it('creates, updates with the version, refuses a stale version, and archives', async () => {
    const created = await h.exec(CreateTeacherDocument, {
      input: {
        name: '测新教师',
        kind: 'FULL_TIME',
        source: 'SCHOOL_FACULTY',
        institutionId: inst(S1),
        title: '副教授',
        specialties: ['测党史'],
        email: 'teacher@example.cn',
        phone: '0591-12345678',
      },
    });
    expect(created.errors).toBeUndefined();
    const t = created.data!.createTeacher.teacher;
    expect(t).toEqual({
      id: t.id,
      name: '测新教师',
      kind: 'FULL_TIME',
      source: 'SCHOOL_FACULTY',
      title: '副教授',
      specialties: ['测党史'],
      isRenowned: false,
      phone: '0591-12345678',
      email: 'teacher@example.cn',
      biography: null,
      version: 1,
      institution: { id: inst(S1) },
      cadre: null,
    });

    const updated = await h.exec(UpdateTeacherDocument, { input: { id: t.id, version: 1, title: '教授', specialties: ['测党史', '测法治'], isRenowned: true, email: null } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateTeacher.teacher).toMatchObject({ title: '教授', specialties: ['测党史', '测法治'], isRenowned: true, email: null, version: 2 });

    const stale = await h.exec(UpdateTeacherDocument, { input: { id: t.id, version: 1, title: '讲师' } });
    expect(stale.data).toBeNull();
    expect(stale.errors![0].extensions).toEqual({ code: 'CONFLICT' });
    const [stored] = await h.sql(`select title, version, is_renowned, email from teacher where name = '测新教师'`);
    expect(stored).toEqual({ title: '教授', version: 2, is_renowned: true, email: null });

    const archived = await h.exec(ArchiveTeacherDocument, { input: { id: t.id, version: 2 } });
    expect(archived.errors).toBeUndefined();
    expect(archived.data!.archiveTeacher.teacher).toMatchObject({ version: 3 });
    expect(archived.data!.archiveTeacher.teacher.archivedAt).not.toBeNull();
    expect(await list({ keyword: '测新教师' })).toEqual([]);

    const audit = await h.sql(`select action, fields from audit_entry where entity = 'Teacher' and $1 = any(entity_ids) order by id`, [t.id]);
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE']);
    expect(audit[1].fields).toEqual(['title', 'specialties', 'isRenowned', 'email']);
  });

  it('links a leading-cadre teacher to the cadre record, once', async () => {
    const linked = await h.exec(CreateTeacherDocument, { input: { name: '测领导', kind: 'PART_TIME', source: 'LEADING_CADRE', cadreId: toGlobalId('Cadre', cadre) } });
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.createTeacher.teacher.cadre).toEqual({ id: toGlobalId('Cadre', cadre) });

    const before = await counts();
    const twice = await h.exec(CreateTeacherDocument, { input: { name: '测领导二', kind: 'PART_TIME', source: 'LEADING_CADRE', cadreId: toGlobalId('Cadre', cadre) } });
    expect(twice.errors![0].extensions).toEqual({ code: 'CONFLICT' });
    const faculty = await h.exec(CreateTeacherDocument, { input: { name: '测教员', kind: 'FULL_TIME', source: 'SCHOOL_FACULTY', cadreId: toGlobalId('Cadre', cadre) } });
    expect(faculty.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.cadreId' });
    // Changing the source away from a cadre source while the link stays blames the source.
    const t = linked.data!.createTeacher.teacher;
    const resourced = await h.exec(UpdateTeacherDocument, { input: { id: t.id, version: 1, source: 'EXPERT_SCHOLAR' } });
    expect(resourced.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.source' });
    expect(await counts()).toEqual(before);

    const unlinked = await h.exec(UpdateTeacherDocument, { input: { id: t.id, version: 1, source: 'EXPERT_SCHOLAR', cadreId: null } });
    expect(unlinked.errors).toBeUndefined();
    expect(unlinked.data!.updateTeacher.teacher).toMatchObject({ source: 'EXPERT_SCHOLAR', cadre: null, version: 2 });
  });

  it.each([
    ['an over-long name', { name: '测'.repeat(51) }, 'input.name'],
    ['an over-long title', { title: '测'.repeat(51) }, 'input.title'],
    ['an over-long specialty', { specialties: ['测'.repeat(51)] }, 'input.specialties'],
    ['a malformed email', { email: 'not-an-email' }, 'input.email'],
    ['a malformed phone', { phone: 'call me' }, 'input.phone'],
    ['an unknown enum', { source: 'ROBOT' }, 'input.source'],
    ['an unknown institution', { institutionId: inst(99999999) }, 'input.institutionId'],
    ['a malformed institution id', { institutionId: '!!' }, 'input.institutionId'],
    ['an unknown cadre', { source: 'LEADING_CADRE', cadreId: toGlobalId('Cadre', 99999999) }, 'input.cadreId'],
  ])('rejects %s with BAD_USER_INPUT at its path and writes nothing', async (_what, over, field) => {
    const before = await counts();
    const res = await h.exec(CreateTeacherDocument, { input: { name: '测坏输入', kind: 'FULL_TIME', source: 'SCHOOL_FACULTY', ...over } as never });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('adds a teacher to a pool, refuses the same pool twice, removes and re-adds', async () => {
    const added = await h.exec(AddTeacherToPoolDocument, { input: { teacherId: gid(T2), publisherId: inst(P), year: 2025, poolName: '2025年优质师资库' } });
    expect(added.errors).toBeUndefined();
    const m = added.data!.addTeacherToPool.membership;
    expect(m).toEqual({ id: m.id, year: 2025, poolName: '2025年优质师资库', version: 1, archivedAt: null, publisher: { id: inst(P) }, teacher: { id: gid(T2) } });
    expect(added.data!.addTeacherToPool.teacher.poolMemberships).toEqual([{ id: m.id, year: 2025 }]);
    expect(await list({ poolPublisherId: inst(P), poolYear: 2025 })).toEqual([gid(T2)]);

    const before = await counts();
    const again = await h.exec(AddTeacherToPoolDocument, { input: { teacherId: gid(T2), publisherId: inst(P), year: 2025 } });
    expect(again.errors![0].extensions).toEqual({ code: 'CONFLICT' });
    const badYear = await h.exec(AddTeacherToPoolDocument, { input: { teacherId: gid(T2), publisherId: inst(P), year: 1999 } });
    expect(badYear.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.year' });
    const badPublisher = await h.exec(AddTeacherToPoolDocument, { input: { teacherId: gid(T2), publisherId: inst(99999999), year: 2025 } });
    expect(badPublisher.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.publisherId' });
    const staleRemove = await h.exec(RemoveTeacherFromPoolDocument, { input: { id: m.id, version: 7 } });
    expect(staleRemove.errors![0].extensions).toEqual({ code: 'CONFLICT' });
    expect(await counts()).toEqual(before);

    const removed = await h.exec(RemoveTeacherFromPoolDocument, { input: { id: m.id, version: 1 } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeTeacherFromPool.membership.archivedAt).not.toBeNull();
    expect(removed.data!.removeTeacherFromPool.teacher.poolMemberships).toEqual([]);
    expect(await list({ poolPublisherId: inst(P), poolYear: 2025 })).toEqual([]);

    // A removed membership stays as an archived row; joining the same pool again revives it.
    const revived = await h.exec(AddTeacherToPoolDocument, { input: { teacherId: gid(T2), publisherId: inst(P), year: 2025 } });
    expect(revived.errors).toBeUndefined();
    expect(revived.data!.addTeacherToPool.membership).toMatchObject({ id: m.id, archivedAt: null, poolName: '2025年优质师资库', version: 3 });

    const audit = await h.sql(`select action from audit_entry where entity = 'TeacherPoolMembership' and $1 = any(entity_ids) order by id`, [m.id]);
    expect(audit.map((a) => a.action)).toEqual(['ADD_TO_POOL', 'ARCHIVE', 'ADD_TO_POOL']);
  });
});
