import { startHarness, type Harness } from './helpers/harness';
import { VIEWERS as V } from './helpers/viewers';
import { CoursesByAwardDocument, SelectionProgressDocument, TextbooksByAwardDocument } from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';
import type { Viewer } from '../src/access/viewer';

/**
 * 好课程、好教材评选进度 (issue 11 point 3; 五(三), 附件7) on a hand-built scenario: this file's database
 * keeps no seeded award, so every figure below is known exactly. A school in its own region (98xxxx).
 */

describe('selectionProgress (评选进度)', () => {
  let h: Harness;
  let inst: number;
  const c: Record<string, number> = {};
  const tb: Record<string, number> = {};

  const one = async (sql: string, params: unknown[] = []) => (await h.sql<{ id: number }>(sql, params))[0].id;
  const course = (title: string, method: string, status = 'PUBLISHED') =>
    one(`insert into course (title, category, method, format, hours, institution_id, status) values ($1, 'THEORY', $2, 'IN_PERSON', 3, $3, $4) returning id`, [title, method, inst, status]);
  const courseAward = (id: number, level: string, year: number, archived = false) =>
    h.sql(`insert into course_award (course_id, name, level, year, archived_at) values ($1, $2, $3, $4, $5)`, [id, `好课程${year}`, level, year, archived ? new Date() : null]);

  beforeAll(async () => {
    h = await startHarness();
    await h.sql('delete from course_award; delete from textbook_award; delete from case_award');
    const prov = await one(`insert into region (code, name, level, path) values ('981000', '评选测试省', 'PROVINCE', '/981000/') returning id`);
    inst = await one(`insert into institution (name, kind, level, region_id) values ('评选测试党校', 'PARTY_SCHOOL', 'PROVINCIAL', $1) returning id`, [prov]);
    c.A = await course('案例课程甲', 'CASE');
    c.B = await course('讲授课程乙', 'LECTURE');
    c.C = await course('讲授课程丙', 'LECTURE');
    c.D = await course('讲授课程丁', 'LECTURE');
    c.F = await course('讲授课程戊', 'LECTURE');
    c.G = await course('讲授课程己', 'LECTURE');
    await courseAward(c.A, 'PROVINCIAL', 2024);
    await courseAward(c.A, 'PROVINCIAL', 2026); // the same course again: counted once, in 2024
    await courseAward(c.B, 'PROVINCIAL', 2025);
    await courseAward(c.C, 'PROVINCIAL', 2028); // the period's last year
    await courseAward(c.D, 'PROVINCIAL', 2029); // the year after the period
    await courseAward(c.F, 'MUNICIPAL', 2025); // not a provincial selection
    await courseAward(c.G, 'PROVINCIAL', 2025, true); // removed
    for (const [k, isCase, year] of [['X', true, 2025], ['Y', false, 2025], ['Z', false, 2027]] as const) {
      tb[k] = await one(`insert into textbook (title, publisher, year, is_case_textbook, institution_id) values ($1, '测试出版社', 2024, $2, $3) returning id`, [`教材${k}`, isCase, inst]);
      await h.sql(`insert into textbook_award (textbook_id, name, level, year) values ($1, '好教材', 'PROVINCIAL', $2)`, [tb[k], year]);
    }
    const kase = await one(`insert into teaching_case (title, summary, body, institution_id, year, status) values ('精品案例甲', '摘要', '正文', $1, 2025, 'PUBLISHED') returning id`, [inst]);
    await h.sql(`insert into case_award (case_id, name, level, year) values ($1, '精品案例', 'PROVINCIAL', 2026)`, [kase]);
  });
  afterAll(() => h.stop());

  const progress = async (vars: { periodCode?: string | null; asOf?: string }, viewer: Viewer = V.ADMIN) => {
    const res = await h.exec(SelectionProgressDocument, vars, viewer);
    expect(res.errors).toBeUndefined();
    expect(res.statements).toBe(1);
    const p = res.data!.selectionProgress;
    return { p, by: Object.fromEntries(p.indicators.map((i) => [i.code, i])) };
  };

  it('counts provincial selections by award year through the period\'s last day; a share of exactly 1/3 meets its target', async () => {
    const { p, by } = await progress({ periodCode: '2024-2028', asOf: '2028-12-31' });
    expect([p.periodCode, p.period.startDate, p.period.endDate, p.elapsedShare]).toEqual(['2024-2028', '2024-01-01', '2028-12-31', 1]);
    expect(p.indicators.map((i) => i.code)).toEqual(['GOOD_COURSES', 'GOOD_TEXTBOOKS', 'CASE_COURSE_SHARE', 'CASE_TEXTBOOK_SHARE', 'FINE_CASES']);
    expect(by.GOOD_COURSES).toMatchObject({ measure: 'COUNT', target: 100, comparison: 'GE', value: 3, numerator: 3, denominator: null, expected: 100, status: 'BEHIND', ruleValidFrom: '2024-01-01' });
    expect(by.GOOD_COURSES.byYear).toEqual([
      { year: 2024, numerator: 1, denominator: null, value: 1, cumulative: 1 },
      { year: 2025, numerator: 1, denominator: null, value: 1, cumulative: 2 },
      { year: 2026, numerator: 0, denominator: null, value: 0, cumulative: 2 },
      { year: 2027, numerator: 0, denominator: null, value: 0, cumulative: 2 },
      { year: 2028, numerator: 1, denominator: null, value: 1, cumulative: 3 },
    ]);
    expect(by.CASE_COURSE_SHARE).toMatchObject({ measure: 'SHARE', target: 1 / 3, value: 1 / 3, numerator: 1, denominator: 3, expected: 0.33, status: 'MET' });
    expect(by.CASE_COURSE_SHARE.byYear.map((y) => [y.year, y.numerator, y.denominator, y.value, y.cumulative])).toEqual([
      [2024, 1, 1, 1, 1],
      [2025, 0, 1, 0, 0.5],
      [2026, 0, 0, null, 0.5],
      [2027, 0, 0, null, 0.5],
      [2028, 0, 1, 0, 1 / 3],
    ]);
    expect(by.GOOD_TEXTBOOKS).toMatchObject({ value: 3, target: 10, status: 'BEHIND' });
    expect(by.CASE_TEXTBOOK_SHARE).toMatchObject({ numerator: 1, denominator: 3, status: 'MET' });
    expect(by.FINE_CASES).toMatchObject({ value: 1, target: null, comparison: null, expected: null, status: 'REPORTED' });
    expect(by.FINE_CASES.ruleNote).toContain('精品案例');
  });

  it('counts up to asOf\'s year only, draws the straight line through the period, and reports a share of nothing as NO_DATA', async () => {
    const first = await progress({ periodCode: '2024-2028', asOf: '2024-01-01' });
    expect(first.p.elapsedShare).toBeCloseTo(1 / 1827, 12);
    expect(first.by.GOOD_COURSES).toMatchObject({ value: 1, expected: 0.05, status: 'ON_TRACK' });
    expect(first.by.CASE_TEXTBOOK_SHARE).toMatchObject({ numerator: 0, denominator: 0, value: null, status: 'NO_DATA' });
    const before = await progress({ asOf: '2027-12-31' }); // the period containing asOf
    expect(before.p.periodCode).toBe('2024-2028');
    expect(before.by.GOOD_COURSES).toMatchObject({ value: 2, status: 'BEHIND' });
    expect(before.by.GOOD_COURSES.byYear.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    const [{ expected }] = await h.sql(`select round(100 * ('2027-12-31'::date - '2024-01-01'::date + 1)::numeric / 1827, 2)::float8 as expected`);
    expect(before.by.GOOD_COURSES.expected).toBe(expected);
    const after = await progress({ periodCode: '2024-2028', asOf: '2029-06-30' }); // 2029's award stays outside
    expect([after.p.elapsedShare, after.by.GOOD_COURSES.value]).toEqual([1, 3]);
  });

  it('follows the target version in force on asOf (rule data)', async () => {
    await h.sql(`update plan_target set valid_to = '2026-01-01' where code = 'GOOD_TEXTBOOKS' and valid_to is null`);
    await h.sql(`insert into plan_target (code, period_code, target, comparison, valid_from, note) values ('GOOD_TEXTBOOKS', '2024-2028', 2, 'GE', '2026-01-01', '测试版本')`);
    const old = await progress({ asOf: '2025-12-31' });
    expect(old.by.GOOD_TEXTBOOKS).toMatchObject({ target: 10, value: 2, status: 'BEHIND', ruleValidFrom: '2024-01-01' });
    const next = await progress({ asOf: '2026-01-01' });
    expect(next.by.GOOD_TEXTBOOKS).toMatchObject({ target: 2, value: 2, status: 'MET', ruleValidFrom: '2026-01-01', ruleNote: '测试版本' });
  });

  it('a share just under 1/3 is behind; each role counts the awards of its own scope', async () => {
    c.E = await course('未发布课程', 'LECTURE', 'DRAFT');
    await courseAward(c.E, 'PROVINCIAL', 2026);
    const admin = await progress({ periodCode: '2024-2028', asOf: '2028-12-31' });
    expect(admin.by.CASE_COURSE_SHARE).toMatchObject({ numerator: 1, denominator: 4, value: 0.25, status: 'BEHIND' });
    // Another school does not see a draft course of this school, nor its award (the CourseAward row scope).
    const xm = await progress({ periodCode: '2024-2028', asOf: '2028-12-31' }, V.PARTY_SCHOOL);
    expect(xm.by.CASE_COURSE_SHARE).toMatchObject({ numerator: 1, denominator: 3, status: 'MET' });
    const own = await progress({ periodCode: '2024-2028', asOf: '2028-12-31' }, { subject: 'sel-school', role: V.PARTY_SCHOOL.role, agency: toGlobalId('Institution', inst) });
    expect(own.by.GOOD_COURSES.value).toBe(4);
    for (const role of ['ORG_DEPT', 'INDUSTRY_BUREAU', 'REPORTER', 'CADRE'] as const) {
      const r = await progress({ periodCode: '2024-2028', asOf: '2028-12-31' }, V[role]);
      expect([role, r.by.GOOD_COURSES.value, r.by.CASE_COURSE_SHARE.denominator]).toEqual([role, 4, 4]);
    }
  });

  it.each([
    [{ periodCode: '2019-2023' }, 1],
    [{ periodCode: '2024-2028-2032-20' }, 0],
    [{ periodCode: '' }, 0],
    [{ asOf: '2035-01-01' }, 1],
  ])('refuses %j with BAD_USER_INPUT at periodCode', async (vars, statements) => {
    const res = await h.exec(SelectionProgressDocument, vars, V.ADMIN);
    expect(res.errors!.map((e) => [e.extensions!.code, e.extensions!.field])).toEqual([['BAD_USER_INPUT', 'periodCode']]);
    expect(res.statements).toBe(statements);
  });

  it('filters courses and textbooks by award year, the level and year holding for the same award', async () => {
    const institutionId = toGlobalId('Institution', inst);
    const titles = async (filter: Record<string, unknown>) => {
      const res = await h.exec(CoursesByAwardDocument, { filter: { institutionId, ...filter }, first: 100 }, V.ADMIN);
      expect(res.errors).toBeUndefined();
      return res.data!.courses.nodes.map((n) => n.title).sort();
    };
    expect(await titles({ awardLevel: ['PROVINCIAL'], awardYear: 2025 })).toEqual(['讲授课程乙']);
    expect(await titles({ awardYear: 2025 })).toEqual(['讲授课程乙', '讲授课程戊']);
    expect(await titles({ awardLevel: ['PROVINCIAL'], awardYearFrom: 2028, awardYearTo: 2029 })).toEqual(['讲授课程丁', '讲授课程丙']);
    expect(await titles({ awardLevel: ['MUNICIPAL'], awardYearFrom: 2026 })).toEqual([]);
    const books = await h.exec(TextbooksByAwardDocument, { filter: { institutionId, awardYearFrom: 2026 }, first: 100 }, V.ADMIN);
    expect(books.data!.textbooks.nodes.map((n) => n.title)).toEqual(['教材Z']);
    for (const doc of [CoursesByAwardDocument, TextbooksByAwardDocument]) {
      const bad = await h.exec(doc, { filter: { awardYearFrom: 2027, awardYearTo: 2026 } }, V.ADMIN);
      expect(bad.errors!.map((e) => [e.extensions!.code, e.extensions!.field])).toEqual([['BAD_USER_INPUT', 'filter.awardYearTo']]);
      expect(bad.statements).toBe(0);
    }
  });
});
