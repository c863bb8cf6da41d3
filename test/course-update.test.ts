import { startHarness, type Harness } from './helpers/harness';
import { VIEWERS as V } from './helpers/viewers';
import { CourseUpdateIndicatorsDocument } from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';
import { Role, type Viewer } from '../src/access/viewer';

/**
 * 课程更新指标 (issue 11 point 2; 附件1 第3项) on a hand-built scenario in its own region (99xxxx): a
 * provincial party school at exactly 20 %, a provincial cadre college at 19.9 %, a county school
 * reported without a threshold, an online academy at 100 h (2026) and 99.5 h (2027). Every figure
 * below is known exactly; rows are asked per institution, so the seed's institutions do not matter.
 */

describe('courseUpdateIndicators (课程更新指标)', () => {
  let h: Harness;
  const i: Record<string, number> = {};
  const c: Record<string, number> = {};

  const one = async (sql: string, params: unknown[] = []) => (await h.sql<{ id: number }>(sql, params))[0].id;
  const institution = (name: string, kind: string, level: string, region: number) =>
    one(`insert into institution (name, kind, level, region_id) values ($1, $2, $3, $4) returning id`, [name, kind, level, region]);
  const course = (inst: number, title: string, hours: number, first: string | null, revised: string | null = null, archived = false) =>
    one(
      `insert into course (title, category, method, format, hours, institution_id, status, first_published_at, last_revised_at, archived_at)
       values ($1, 'THEORY', 'LECTURE', 'IN_PERSON', $2, $3, 'PUBLISHED', $4, $5, $6) returning id`,
      [title, hours, inst, first, revised, archived ? new Date() : null],
    );
  const klass = (inst: number, kind: string, year: number) =>
    one(
      `insert into training_class (institution_id, name, kind, semester, start_date, end_date, days, capacity)
       values ($1, $2, $3, $4, $5, $6, 10, 50) returning id`,
      [inst, `${kind}班${year}`, kind, `${year}-SPRING`, `${year}-01-01`, `${year}-12-31`],
    );
  const session = (klassId: number, courseId: number | null, date: string, hours: number, archived = false) =>
    h.sql(`insert into class_session (class_id, course_id, title, date, hours, method, archived_at) values ($1, $2, '专题课', $3, $4, 'LECTURE', $5)`, [
      klassId,
      courseId,
      date,
      hours,
      archived ? new Date() : null,
    ]);

  beforeAll(async () => {
    h = await startHarness();
    const prov = await one(`insert into region (code, name, level, path) values ('991000', '更新测试省', 'PROVINCE', '/991000/') returning id`);
    i.P = await institution('更新测试省委党校', 'PARTY_SCHOOL', 'PROVINCIAL', prov);
    i.G = await institution('更新测试干部学院', 'CADRE_COLLEGE', 'PROVINCIAL', prov);
    i.C = await institution('更新测试县委党校', 'PARTY_SCHOOL', 'COUNTY', prov);
    i.A = await institution('更新测试网络学院', 'ONLINE_ACADEMY', 'PROVINCIAL', prov);
    i.E = await institution('更新测试空机构', 'PARTY_SCHOOL', 'MUNICIPAL', prov);
    // The party school: 2026 main classes 60 h old + 20 h revised 2025-12-31 (not 2026's) + 20 h revised 2026-01-01.
    c.old = await course(i.P, '旧课', 3, '2020-05-01');
    c.dec = await course(i.P, '年末修订课', 3, '2019-01-01', '2025-12-31');
    c.jan = await course(i.P, '年初修订课', 3, '2019-01-01', '2026-01-01');
    c.fresh = await course(i.P, '新开发课', 3, '2026-03-01');
    c.gone = await course(i.P, '已删除新课', 3, '2026-03-01', null, true);
    const main26 = await klass(i.P, 'MAIN', 2026);
    await session(main26, c.old, '2026-03-02', 40);
    await session(main26, c.old, '2026-04-02', 20);
    await session(main26, c.dec, '2026-05-02', 20);
    await session(main26, c.jan, '2026-06-02', 20);
    await session(main26, null, '2026-06-03', 10); // no course: outside the base
    await session(main26, c.fresh, '2026-06-04', 30, true); // archived session
    await session(main26, c.gone, '2026-06-05', 30); // archived course
    await session(main26, c.fresh, '2027-01-01', 30); // next year
    const thematic = await klass(i.P, 'THEMATIC', 2026);
    await session(thematic, c.fresh, '2026-07-01', 50); // not a main class
    const main25 = await klass(i.P, 'MAIN', 2025);
    await session(main25, c.old, '2025-03-02', 30);
    await session(main25, c.dec, '2025-12-31', 10);
    // The cadre college: 80.1 h old, 19.9 h new (first published on 2026's last day).
    c.gOld = await course(i.G, '学院旧课', 3, '2018-01-01');
    c.gNew = await course(i.G, '学院新课', 3, '2026-12-31');
    const gMain = await klass(i.G, 'MAIN', 2026);
    await session(gMain, c.gOld, '2026-03-01', 80.1);
    await session(gMain, c.gNew, '2026-12-31', 19.9);
    // The county school: 10 h of 40 updated, reported without a threshold.
    c.cOld = await course(i.C, '县校旧课', 3, '2021-01-01');
    c.cNew = await course(i.C, '县校新课', 3, '2026-09-01');
    const cMain = await klass(i.C, 'MAIN', 2026);
    await session(cMain, c.cOld, '2026-03-01', 30);
    await session(cMain, c.cNew, '2026-09-01', 10);
    // The online academy: 2026 60 + 40 = 100 h; 2027 50 + 49.5 = 99.5 h; not counted: 2025's, an archived one, another school's.
    c.a1 = await course(i.A, '网课一', 60, '2026-01-01');
    c.a2 = await course(i.A, '网课二', 40, '2026-12-31');
    c.a3 = await course(i.A, '网课三', 50, '2027-02-01');
    c.a4 = await course(i.A, '网课四', 49.5, '2027-12-31');
    await course(i.A, '网课旧', 30, '2025-12-31');
    await course(i.A, '网课删', 30, '2026-05-01', null, true);
  });
  afterAll(() => h.stop());

  const rows = async (year: number, institution?: number, viewer: Viewer = V.ADMIN) => {
    const vars = institution === undefined ? { year } : { year, institutionId: toGlobalId('Institution', institution) };
    const res = await h.exec(CourseUpdateIndicatorsDocument, vars, viewer);
    expect(res.errors).toBeUndefined();
    expect(res.statements).toBe(1);
    expect(res.data!.courseUpdateIndicators.year).toBe(year);
    return res.data!.courseUpdateIndicators.rows;
  };
  const row = async (year: number, institution: number, viewer: Viewer = V.ADMIN) => {
    const r = await rows(year, institution, viewer);
    expect(r).toHaveLength(1);
    return r[0];
  };
  const ids = (...keys: string[]) => keys.map((k) => toGlobalId('Course', c[k]));

  it('meets 20 % exactly: a course revised on 01-01 counts in that year, one revised on 12-31 in the year before; non-main classes, sessions without a course and archived rows do not count', async () => {
    expect(await row(2026, i.P)).toEqual({
      institutionId: toGlobalId('Institution', i.P),
      institutionName: '更新测试省委党校',
      institutionKind: 'PARTY_SCHOOL',
      institutionLevel: 'PROVINCIAL',
      measure: 'UPDATED_SHARE',
      value: 0.2,
      baseHours: 100,
      updatedHours: 20,
      threshold: 0.2,
      comparison: 'GE',
      met: true,
      ruleCode: 'COURSE_UPDATE_SHARE',
      ruleValidFrom: '2024-01-01',
      courseIds: ids('jan'),
    });
    expect(await row(2025, i.P)).toMatchObject({ value: 0.25, baseHours: 40, updatedHours: 10, met: true, courseIds: ids('dec') });
  });

  it('misses at 19.9 % (a provincial cadre college; a course first published on 12-31 counts in that year)', async () => {
    expect(await row(2026, i.G)).toMatchObject({ institutionKind: 'CADRE_COLLEGE', value: 0.199, baseHours: 100, updatedHours: 19.9, threshold: 0.2, met: false, courseIds: ids('gNew') });
    expect(await row(2027, i.G)).toMatchObject({ value: null, baseHours: 0, updatedHours: 0, threshold: 0.2, met: null, courseIds: [] });
  });

  it('reports a county school, and a city school without main classes, without a threshold', async () => {
    expect(await row(2026, i.C)).toMatchObject({ institutionLevel: 'COUNTY', value: 0.25, baseHours: 40, updatedHours: 10, threshold: null, comparison: null, met: null, ruleCode: null });
    expect(await row(2026, i.E)).toMatchObject({ measure: 'UPDATED_SHARE', value: null, baseHours: 0, updatedHours: 0, threshold: null, met: null, courseIds: [] });
  });

  it('counts the online academy\'s new course hours: 100 h meets the target, 99.5 h does not', async () => {
    expect(await row(2026, i.A)).toMatchObject({
      measure: 'NEW_COURSE_HOURS',
      value: 100,
      baseHours: null,
      updatedHours: 100,
      threshold: 100,
      comparison: 'GE',
      met: true,
      ruleCode: 'ONLINE_NEW_COURSE_HOURS',
      courseIds: ids('a1', 'a2'),
    });
    expect(await row(2027, i.A)).toMatchObject({ value: 99.5, updatedHours: 99.5, threshold: 100, met: false, courseIds: ids('a3', 'a4') });
    expect(await row(2028, i.A)).toMatchObject({ value: 0, updatedHours: 0, met: false, courseIds: [] });
  });

  it('has no threshold for a year outside every plan period, and follows a new target version (rule data)', async () => {
    expect(await row(2029, i.A)).toMatchObject({ threshold: null, met: null, ruleCode: null });
    await h.sql(`update plan_target set valid_to = '2026-07-01' where code = 'COURSE_UPDATE_SHARE' and valid_to is null`);
    await h.sql(`insert into plan_target (code, period_code, target, comparison, valid_from, institution_kinds, institution_levels, note)
      values ('COURSE_UPDATE_SHARE', '2024-2028', 0.25, 'GE', '2026-07-01', '{PARTY_SCHOOL}', '{PROVINCIAL,COUNTY}', '测试版本')`);
    try {
      expect(await row(2026, i.P)).toMatchObject({ threshold: 0.25, met: false, ruleValidFrom: '2026-07-01' });
      expect(await row(2026, i.C)).toMatchObject({ threshold: 0.25, met: true });
      expect(await row(2026, i.G)).toMatchObject({ threshold: null, met: null }); // a college: no longer named
      expect(await row(2025, i.P)).toMatchObject({ threshold: 0.2, met: true }); // 2025's last day: the first version
    } finally {
      await h.sql(`delete from plan_target where note = '测试版本'`);
      await h.sql(`update plan_target set valid_to = null where code = 'COURSE_UPDATE_SHARE'`);
    }
  });

  it('keeps to the row scope: a school sees its own row and nothing it cannot see all of; the other roles see every row alike; a cadre is refused', async () => {
    const mine = ['P', 'G', 'C', 'A', 'E'].map((k) => toGlobalId('Institution', i[k]));
    const ours = async (viewer: Viewer) => (await rows(2026, undefined, viewer)).filter((r) => mine.includes(r.institutionId));
    const all = await ours(V.ADMIN);
    expect(all.map((r) => r.institutionId)).toEqual(mine);
    for (const role of [Role.ORG_DEPT, Role.INDUSTRY_BUREAU, Role.REPORTER]) expect(await ours(V[role])).toEqual(all);
    const school: Viewer = { subject: 'upd-school', role: Role.PARTY_SCHOOL, agency: toGlobalId('Institution', i.P) };
    const seen = await ours(school);
    // Its own row; not the college's or the county school's (their sessions are not its to see); the
    // online academy's published courses and the empty school are visible.
    expect(seen.map((r) => r.institutionId)).toEqual(['P', 'A', 'E'].map((k) => toGlobalId('Institution', i[k])));
    expect(seen).toEqual(all.filter((r) => seen.some((s) => s.institutionId === r.institutionId)));
    expect(await rows(2026, i.G, school)).toEqual([]);
    const college: Viewer = { subject: 'upd-college', role: Role.PARTY_SCHOOL, agency: toGlobalId('Institution', i.G) };
    expect(await rows(2026, i.G, college)).toEqual(all.filter((r) => r.institutionId === toGlobalId('Institution', i.G)));
    const res = await h.exec(CourseUpdateIndicatorsDocument, { year: 2026 }, V.CADRE);
    expect(res.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN']);
  });

  it('shows the known limit: a course revised again leaves an earlier year\'s figure', async () => {
    await h.sql(`update course set last_revised_at = '2026-06-01' where id = $1`, [c.dec]);
    try {
      expect(await row(2025, i.P)).toMatchObject({ value: 0, updatedHours: 0, met: false, courseIds: [] });
      expect(await row(2026, i.P)).toMatchObject({ value: 0.4, updatedHours: 40, courseIds: ids('dec', 'jan') });
    } finally {
      await h.sql(`update course set last_revised_at = '2025-12-31' where id = $1`, [c.dec]);
    }
  });

  it.each([
    [{ year: 1999 }, 'year'],
    [{ year: 2101 }, 'year'],
    [{ year: 2026, institutionId: 'not an id' }, 'institutionId'],
    [{ year: 2026, institutionId: toGlobalId('Course', 1) }, 'institutionId'],
  ])('refuses %j with BAD_USER_INPUT at its path, running no statement', async (vars, field) => {
    const res = await h.exec(CourseUpdateIndicatorsDocument, vars, V.ADMIN);
    expect(res.errors!.map((e) => [e.extensions!.code, e.extensions!.field])).toEqual([['BAD_USER_INPUT', field]]);
    expect(res.statements).toBe(0);
  });
});
