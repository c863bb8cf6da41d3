import { startHarness, type Harness } from './helpers/harness';
import { VIEWERS as V, XM_SCHOOL } from './helpers/viewers';
import { EvaluationStatisticsDocument } from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';
import { Role, type Viewer } from '../src/access/viewer';

/**
 * 评估对比 (issue 11 point 5): per-subject counts, averages, ranks and low scorers equal a truth
 * computed here in SQL over each role's Evaluation scope (DESIGN §4), in one statement; a
 * hand-built school in its own region tree (98xxxx) pins ties, thresholds at their edges and filters.
 */

type Scoped = 'ADMIN' | 'ORG_DEPT' | 'INDUSTRY_BUREAU' | 'PARTY_SCHOOL';
/** The Evaluation row scope per role, over `v`: all rows, or for a school its own subjects' evaluations. */
const scopeOf = (inst: number) =>
  `(v.institution_id = ${inst} or v.course_id in (select id from course where institution_id = ${inst})
    or v.class_id in (select id from training_class where institution_id = ${inst})
    or v.teacher_id in (select id from teacher where institution_id = ${inst})
    or v.site_id in (select id from onsite_teaching_site where institution_id = ${inst}))`;
const SCOPE: Record<Scoped, string> = { ADMIN: 'true', ORG_DEPT: 'true', INDUSTRY_BUREAU: 'true', PARTY_SCHOOL: scopeOf(XM_SCHOOL) };

describe('evaluationStatistics (评估对比)', () => {
  let h: Harness;
  let inst: number;
  let other: number;
  let teachers: number[];
  let school: Viewer;

  beforeAll(async () => {
    h = await startHarness();
    const one = async (sql: string, params: unknown[] = []) => (await h.sql<{ id: number }>(sql, params))[0].id;
    const prov = await one(`insert into region (code, name, level, path) values ('980000', '评估测试省', 'PROVINCE', '/980000/') returning id`);
    const city = await one(`insert into region (code, name, level, parent_id, path) values ('980100', '评估测试市', 'CITY', $1, '/980000/980100/') returning id`, [prov]);
    inst = await one(`insert into institution (name, kind, level, region_id) values ('评估测试党校', 'PARTY_SCHOOL', 'MUNICIPAL', $1) returning id`, [city]);
    other = await one(`insert into institution (name, kind, level, region_id) values ('评估测试干部学院', 'CADRE_COLLEGE', 'MUNICIPAL', $1) returning id`, [city]);
    teachers = [];
    for (const name of ['甲老师', '乙老师', '丙老师', '丁老师']) {
      teachers.push(await one(`insert into teacher (name, kind, source, institution_id) values ($1, 'FULL_TIME', 'SCHOOL_FACULTY', $2) returning id`, [name, inst]));
    }
    const outsider = await one(`insert into teacher (name, kind, source, institution_id) values ('外校老师', 'FULL_TIME', 'SCHOOL_FACULTY', $1) returning id`, [other]);
    const rate = (teacher: number, kind: string, score: number, period: string) =>
      h.sql(`insert into evaluation (target_kind, teacher_id, kind, score, evaluator, period) values ('TEACHER', $1, $2, $3, '测试', $4)`, [teacher, kind, score, period]);
    const [a, b, c, d] = teachers;
    // 甲 85 (80 + 90, two kinds and periods), 乙 85 (a tie: the same dense rank), 丙 60 (at the threshold), 丁 59.99 (just under).
    await rate(a, 'TRAINEE_RATING', 80, '2025-SPRING');
    await rate(a, 'SUPERVISOR_OBSERVATION', 90, '2025-AUTUMN');
    await rate(b, 'TRAINEE_RATING', 85, '2025-SPRING');
    await rate(c, 'TRAINEE_RATING', 60, '2025-SPRING');
    await rate(d, 'TRAINEE_RATING', 59.99, '2025-SPRING');
    // Outside the year filter, and an archived evaluation that never counts.
    await rate(d, 'TRAINEE_RATING', 100, '2024');
    await h.sql(`insert into evaluation (target_kind, teacher_id, kind, score, evaluator, period, archived_at) values ('TEACHER', $1, 'TRAINEE_RATING', 0, '测试', '2025', now())`, [a]);
    await rate(outsider, 'QUALITY_ASSESSMENT', 70, '2025');
    school = { subject: 'eval-school', role: Role.PARTY_SCHOOL, agency: toGlobalId('Institution', inst) };
  });
  afterAll(() => h.stop());

  const truth = (scope: string, subjectCol = 'teacher_id', extra = 'true') =>
    h.sql(
      `select s.*, dense_rank() over (order by avg desc)::int as rank from (
         select v.${subjectCol} as sid, count(*)::int as n, round(avg(v.score), 2)::float8 as avg, min(v.score)::float8 as mn, max(v.score)::float8 as mx
         from evaluation v where v.archived_at is null and v.${subjectCol} is not null and (${scope}) and (${extra}) group by 1) s
       order by avg desc, sid`,
    );

  it.each(['ADMIN', 'ORG_DEPT', 'INDUSTRY_BUREAU', 'PARTY_SCHOOL'] as Scoped[])('per teacher for %s equals the SQL truth over its scope, in one statement', async (role) => {
    const res = await h.exec(EvaluationStatisticsDocument, { subject: 'TEACHER', first: 100 }, V[role]);
    expect(res.errors).toBeUndefined();
    expect(res.statements).toBe(1);
    const expected = await truth(SCOPE[role]);
    expect(expected.length).toBeGreaterThan(0);
    const s = res.data!.evaluationStatistics;
    expect(s.totalCount).toBe(expected.length);
    expect(s.rows!.map((r) => [r.subject.id, r.count, r.average, r.min, r.max, r.rank])).toEqual(
      expected.slice(0, 100).map((e) => [toGlobalId('Teacher', e.sid), e.n, e.avg, e.mn, e.mx, e.rank]),
    );
    const low = expected.filter((e) => e.avg < 60);
    expect(s.lowScorerCount).toBe(low.length);
    expect(s.lowScorers!.map((r) => r.subject.id)).toEqual(
      [...low].sort((x, y) => x.avg - y.avg || x.sid - y.sid).slice(0, 100).map((e) => toGlobalId('Teacher', e.sid)),
    );
  });

  it('per course, class, institution and site for the org department equals the SQL truth', async () => {
    for (const [subject, col, type] of [
      ['COURSE', 'course_id', 'Course'],
      ['CLASS', 'class_id', 'TrainingClass'],
      ['INSTITUTION', 'institution_id', 'Institution'],
      ['SITE', 'site_id', 'OnsiteTeachingSite'],
    ] as const) {
      const res = await h.exec(EvaluationStatisticsDocument, { subject, first: 100, orderBy: 'COUNT_DESC' }, V.ORG_DEPT);
      expect(res.errors).toBeUndefined();
      expect(res.statements).toBe(1);
      const expected = await truth('true', col, `v.target_kind = '${subject}'`);
      const sorted = [...expected].sort((x, y) => y.n - x.n || y.avg - x.avg || x.sid - y.sid).slice(0, 100);
      expect(res.data!.evaluationStatistics.rows!.map((r) => [r.subject.id, r.subject.kind, r.count, r.average, r.rank])).toEqual(
        sorted.map((e) => [toGlobalId(type, e.sid), subject, e.n, e.avg, e.rank]),
      );
    }
  });

  it('ranks ties densely, splits by kind and period, and lists low scorers strictly below the threshold', async () => {
    const filter = { institutionId: toGlobalId('Institution', inst), yearFrom: 2025 };
    const res = await h.exec(EvaluationStatisticsDocument, { subject: 'TEACHER', filter }, school);
    expect(res.errors).toBeUndefined();
    expect(res.statements).toBe(1);
    const s = res.data!.evaluationStatistics;
    const [a, b, c, d] = teachers.map((t) => toGlobalId('Teacher', t));
    expect(s.lowScoreThreshold).toBe(60);
    expect(s.rows!.map((r) => [r.subject.id, r.subject.name, r.count, r.average, r.min, r.max, r.rank])).toEqual([
      [a, '甲老师', 2, 85, 80, 90, 1],
      [b, '乙老师', 1, 85, 85, 85, 1],
      [c, '丙老师', 1, 60, 60, 60, 2],
      [d, '丁老师', 1, 59.99, 59.99, 59.99, 3],
    ]);
    expect(s.rows![0].byKind!).toEqual([
      { kind: 'SUPERVISOR_OBSERVATION', period: null, count: 1, average: 90, min: 90, max: 90 },
      { kind: 'TRAINEE_RATING', period: null, count: 1, average: 80, min: 80, max: 80 },
    ]);
    expect(s.rows![0].byPeriod!.map((p) => [p.period, p.kind, p.count, p.average])).toEqual([
      ['2025-AUTUMN', null, 1, 90],
      ['2025-SPRING', null, 1, 80],
    ]);
    expect([s.lowScorerCount, s.lowScorers!.map((r) => r.subject.id)]).toEqual([1, [d]]);

    const higher = await h.exec(EvaluationStatisticsDocument, { subject: 'TEACHER', filter, lowScoreThreshold: 60.01, first: 1, orderBy: 'AVERAGE_ASC' }, school);
    const hs = higher.data!.evaluationStatistics;
    expect([hs.totalCount, hs.rows!.map((r) => r.subject.id), hs.lowScorers!.map((r) => r.subject.id)]).toEqual([4, [d], [d, c]]);
    expect(higher.statements).toBe(1);

    // Without the year filter 丁 also has the 2024 rating of 100: (59.99 + 100) / 2 = 79.995 → 80.00 (rounded half up).
    const all = await h.exec(EvaluationStatisticsDocument, { subject: 'TEACHER', filter: { institutionId: filter.institutionId, kind: ['TRAINEE_RATING'], minCount: 2 } }, school);
    expect(all.data!.evaluationStatistics.rows!.map((r) => [r.subject.id, r.count, r.average, r.rank])).toEqual([[d, 2, 80, 1]]);
  });

  it('keeps a school to its own subjects: another school\'s teacher is not counted', async () => {
    const res = await h.exec(EvaluationStatisticsDocument, { subject: 'TEACHER', first: 100 }, school);
    expect(res.errors).toBeUndefined();
    const expected = await truth(scopeOf(inst));
    expect(res.data!.evaluationStatistics.rows!.map((r) => r.subject.id)).toEqual(expected.map((e) => toGlobalId('Teacher', e.sid)));
    expect(res.data!.evaluationStatistics.totalCount).toBe(4);
    const outside = await h.exec(EvaluationStatisticsDocument, { subject: 'TEACHER', filter: { institutionId: toGlobalId('Institution', other) } }, school);
    expect([outside.data!.evaluationStatistics.totalCount, outside.data!.evaluationStatistics.rows!]).toEqual([0, []]);
  });

  it.each([Role.CADRE, Role.REPORTER])('refuses %s (no evaluations, or no clearance for scores) with FORBIDDEN', async (role) => {
    const res = await h.exec(EvaluationStatisticsDocument, { subject: 'TEACHER' }, V[role]);
    expect(res.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN']);
    expect(res.statements).toBe(0);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ lowScoreThreshold: 100.5 }, 'lowScoreThreshold'],
    [{ lowScoreThreshold: -1 }, 'lowScoreThreshold'],
    [{ filter: { yearFrom: 2026, yearTo: 2025 } }, 'filter.yearTo'],
    [{ filter: { yearFrom: 1999 } }, 'filter.yearFrom'],
    [{ filter: { minCount: 0 } }, 'filter.minCount'],
    [{ filter: { institutionId: toGlobalId('Teacher', 1) } }, 'filter.institutionId'],
  ])('refuses %j with BAD_USER_INPUT at %s, running no SQL', async (vars, field) => {
    const res = await h.exec(EvaluationStatisticsDocument, { subject: 'TEACHER', ...vars } as never, V.ADMIN);
    expect(res.errors!.map((e) => [e.extensions!.code, e.extensions!.field])).toEqual([['BAD_USER_INPUT', field]]);
    expect(res.statements).toBe(0);
  });

  it('takes the default threshold from EVALUATION_LOW_SCORE', async () => {
    const h2 = await startHarness({ env: { EVALUATION_LOW_SCORE: '60.5' } });
    try {
      const res = await h2.exec(EvaluationStatisticsDocument, { subject: 'INSTITUTION', first: 1 }, V.ADMIN);
      expect(res.errors).toBeUndefined();
      expect(res.data!.evaluationStatistics.lowScoreThreshold).toBe(60.5);
    } finally {
      await h2.stop();
    }
  });
});
