import { startHarness, type Harness } from './helpers/harness';
import {
  ArchiveEvaluationDocument,
  CreateEvaluationDocument,
  EvaluationByIdDocument,
  EvaluationsPageDocument,
  UpdateEvaluationDocument,
  type CreateEvaluationInput,
} from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';

interface Fixture {
  course: string;
  teacher: string;
  trainingClass: string;
  institution: string;
  site: string;
  /** evaluator → global id */
  e: Record<string, string>;
}

/**
 * Targets of every kind and seven evaluations in periods of the year 2091, which no seed uses, so
 * each filter below has one exact answer.
 */
async function fixtures(h: Harness): Promise<Fixture> {
  const one = async (sql: string, params: unknown[] = []) => (await h.sql<{ id: number }>(sql, params))[0].id;
  const region = await one(`insert into region (code, name, level, path) values ('978000', '评估测试省', 'PROVINCE', '/978000/') returning id`);
  const inst = await one(`insert into institution (name, kind, level, region_id) values ('评估测试党校', 'PARTY_SCHOOL', 'PROVINCIAL', $1) returning id`, [region]);
  const course = await one(
    `insert into course (title, category, method, format, hours, institution_id) values ('评估测试课', 'PARTY_SPIRIT', 'CASE', 'IN_PERSON', 3, $1) returning id`,
    [inst],
  );
  const teacher = await one(`insert into teacher (name, kind, source, institution_id) values ('评估测试教师', 'FULL_TIME', 'SCHOOL_FACULTY', $1) returning id`, [inst]);
  const klass = await one(
    `insert into training_class (institution_id, name, kind, semester, start_date, end_date, days, capacity)
     values ($1, '评估测试班', 'THEMATIC', '2091-SPRING', '2091-03-01', '2091-03-10', 10, 40) returning id`,
    [inst],
  );
  const site = await one(`insert into onsite_teaching_site (name, region_id, theme, institution_id) values ('评估测试教学点', $1, '四下基层', $2) returning id`, [region, inst]);
  const ev = (target: string, id: number, kind: string, score: number, period: string, evaluator: string, archived = false) =>
    one(
      `insert into evaluation (target_kind, ${target}, kind, score, evaluator, period, archived_at) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [
        { course_id: 'COURSE', teacher_id: 'TEACHER', class_id: 'CLASS', institution_id: 'INSTITUTION', site_id: 'SITE' }[target],
        id,
        kind,
        score,
        evaluator,
        period,
        archived ? new Date() : null,
      ],
    );
  const e: Record<string, string> = {};
  const add = async (name: string, target: string, id: number, kind: string, score: number, period: string, archived = false) => {
    e[name] = toGlobalId('Evaluation', await ev(target, id, kind, score, period, name, archived));
  };
  await add('e1', 'course_id', course, 'TRAINEE_RATING', 92.5, '2091-SPRING');
  await add('e2', 'course_id', course, 'SUPERVISOR_OBSERVATION', 78, '2091-SPRING');
  await add('e3', 'teacher_id', teacher, 'TRAINEE_RATING', 88.25, '2091-AUTUMN');
  await add('e4', 'class_id', klass, 'TRAINEE_RATING', 95, '2091-SPRING');
  await add('e5', 'institution_id', inst, 'QUALITY_ASSESSMENT', 81, '2091');
  await add('e6', 'site_id', site, 'SUPERVISOR_OBSERVATION', 60, '2091-AUTUMN');
  await add('e7', 'teacher_id', teacher, 'TRAINEE_RATING', 99, '2091-AUTUMN', true);
  return {
    course: toGlobalId('Course', course),
    teacher: toGlobalId('Teacher', teacher),
    trainingClass: toGlobalId('TrainingClass', klass),
    institution: toGlobalId('Institution', inst),
    site: toGlobalId('OnsiteTeachingSite', site),
    e,
  };
}

const PERIODS_2091 = ['2091', '2091-SPRING', '2091-AUTUMN'];

describe('evaluations: lists, lookups and writes', () => {
  let h: Harness;
  let f: Fixture;
  beforeAll(async () => {
    h = await startHarness();
    f = await fixtures(h);
  });
  afterAll(() => h.stop());

  const ids = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const res = await h.exec(EvaluationsPageDocument, { filter, first: 100, ...extra });
    expect(res.errors).toBeUndefined();
    expect(res.data!.evaluations.totalCount).toBe(res.data!.evaluations.nodes.length);
    return res.data!.evaluations.nodes.map((n) => n.id);
  };

  it('filters by target kind, kind, each target, period and score range', async () => {
    expect(await ids({ period: PERIODS_2091 })).toEqual([f.e.e1, f.e.e2, f.e.e3, f.e.e4, f.e.e5, f.e.e6]);
    expect(await ids({ period: PERIODS_2091, targetKind: ['COURSE', 'SITE'] })).toEqual([f.e.e1, f.e.e2, f.e.e6]);
    expect(await ids({ period: PERIODS_2091, kind: ['TRAINEE_RATING'] })).toEqual([f.e.e1, f.e.e3, f.e.e4]);
    expect(await ids({ courseId: f.course })).toEqual([f.e.e1, f.e.e2]);
    expect(await ids({ teacherId: f.teacher })).toEqual([f.e.e3]);
    expect(await ids({ teacherId: f.teacher }, { includeArchived: true })).toEqual([f.e.e3, f.e.e7]);
    expect(await ids({ classId: f.trainingClass })).toEqual([f.e.e4]);
    expect(await ids({ institutionId: f.institution })).toEqual([f.e.e5]);
    expect(await ids({ siteId: f.site })).toEqual([f.e.e6]);
    expect(await ids({ period: ['2091-AUTUMN'] })).toEqual([f.e.e3, f.e.e6]);
    expect(await ids({ period: PERIODS_2091, scoreMin: 81, scoreMax: 92.5 })).toEqual([f.e.e1, f.e.e3, f.e.e5]);
    expect(await ids({ period: PERIODS_2091, scoreMin: 90 }, { orderBy: 'SCORE_DESC' })).toEqual([f.e.e4, f.e.e1]);
    expect(await ids({ period: PERIODS_2091, scoreMax: 78 }, { orderBy: 'SCORE_ASC' })).toEqual([f.e.e6, f.e.e2]);
  });

  it('rejects a malformed target id in a filter, and a score range that ends below its start', async () => {
    const bad = await h.exec(EvaluationsPageDocument, { filter: { courseId: f.teacher } });
    expect(bad.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.courseId' });
    const range = await h.exec(EvaluationsPageDocument, { filter: { scoreMin: 90, scoreMax: 80 } });
    expect(range.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.scoreMax' });
  });

  it('finds one evaluation by id with its target, and answers NOT_FOUND otherwise', async () => {
    const res = await h.exec(EvaluationByIdDocument, { id: f.e.e1 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.evaluation).toEqual({
      id: f.e.e1,
      version: 1,
      targetKind: 'COURSE',
      kind: 'TRAINEE_RATING',
      score: 92.5,
      comments: null,
      evaluator: 'e1',
      period: '2091-SPRING',
      archivedAt: null,
      course: { id: f.course, title: '评估测试课' },
      teacher: null,
      trainingClass: null,
      institution: null,
      site: null,
    });
    const site = await h.exec(EvaluationByIdDocument, { id: f.e.e6 });
    expect(site.data!.evaluation).toMatchObject({ targetKind: 'SITE', course: null, site: { id: f.site, name: '评估测试教学点' } });
    const missing = await h.exec(EvaluationByIdDocument, { id: toGlobalId('Evaluation', 99999999) });
    expect(missing.data).toBeNull();
    expect(missing.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('loads every target of a page in a fixed number of statements', async () => {
    const query = `query ($filter: EvaluationFilter) {
      evaluations(filter: $filter, first: 100) { nodes { id course { title } teacher { name } trainingClass { name } institution { name } site { name } } }
    }`;
    const res = await h.exec(query, { filter: { period: PERIODS_2091 } });
    expect(res.errors).toBeUndefined();
    expect((res.data as any).evaluations.nodes).toHaveLength(6);
    // the page, then one statement per target type
    expect(res.statements).toBe(6);
  });

  describe('writes', () => {
    const input = (over: Record<string, unknown> = {}): CreateEvaluationInput =>
      ({ targetKind: 'COURSE', targetId: f.course, kind: 'TRAINEE_RATING', score: 90, evaluator: '学员甲', period: '2092-SPRING', ...over }) as CreateEvaluationInput;
    const snapshot = () =>
      h.sql(`select (select count(*) from evaluation)::int as evaluations, (select count(*) from audit_entry)::int as audits,
        (select coalesce(sum(version), 0) from evaluation)::int as versions`);

    it.each([
      ['COURSE', 'course', () => f.course],
      ['TEACHER', 'teacher', () => f.teacher],
      ['CLASS', 'trainingClass', () => f.trainingClass],
      ['INSTITUTION', 'institution', () => f.institution],
      ['SITE', 'site', () => f.site],
    ] as const)('creates an evaluation of a %s and resolves its target', async (targetKind, field, target) => {
      const res = await h.exec(CreateEvaluationDocument, { input: input({ targetKind, targetId: target(), evaluator: `创建-${targetKind}` }) });
      expect(res.errors).toBeUndefined();
      const ev = res.data!.createEvaluation.evaluation;
      expect(ev).toMatchObject({ version: 1, targetKind, kind: 'TRAINEE_RATING', score: 90, evaluator: `创建-${targetKind}`, period: '2092-SPRING' });
      const targets = { course: ev.course, teacher: ev.teacher, trainingClass: ev.trainingClass, institution: ev.institution, site: ev.site };
      for (const [k, v] of Object.entries(targets)) expect([k, v?.id ?? null]).toEqual([k, k === field ? target() : null]);
      const audits = await h.sql(`select action, entity from audit_entry where $1 = any(entity_ids)`, [ev.id]);
      expect(audits).toEqual([{ action: 'CREATE', entity: 'Evaluation' }]);
    });

    it('updates with the version, refuses a stale version without writing, and archives', async () => {
      const created = await h.exec(CreateEvaluationDocument, { input: input({ score: 70.5, comments: '内容充实', evaluator: '督导组' }) });
      const ev = created.data!.createEvaluation.evaluation;
      expect(ev).toMatchObject({ score: 70.5, comments: '内容充实' });

      const updated = await h.exec(UpdateEvaluationDocument, { input: { id: ev.id, version: 1, score: 85.75, comments: null, kind: 'SUPERVISOR_OBSERVATION' } });
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateEvaluation.evaluation).toMatchObject({ version: 2, score: 85.75, comments: null, kind: 'SUPERVISOR_OBSERVATION', course: { id: f.course } });

      const before = await snapshot();
      const stale = await h.exec(UpdateEvaluationDocument, { input: { id: ev.id, version: 1, score: 10 } });
      expect(stale.data).toBeNull();
      expect(stale.errors![0].extensions).toEqual({ code: 'CONFLICT' });
      expect(await snapshot()).toEqual(before);
      const [row] = await h.sql(`select score::text, version, comments from evaluation where evaluator = '督导组'`);
      expect(row).toEqual({ score: '85.75', version: 2, comments: null });

      const archived = await h.exec(ArchiveEvaluationDocument, { input: { id: ev.id, version: 2 } });
      expect(archived.errors).toBeUndefined();
      expect(archived.data!.archiveEvaluation.evaluation).toMatchObject({ id: ev.id, version: 3, archivedAt: expect.any(String) });
      expect(await ids({ courseId: f.course, period: ['2092-SPRING'] })).not.toContain(ev.id);

      const audits = await h.sql(`select action, fields from audit_entry where entity = 'Evaluation' and $1 = any(entity_ids) order by id`, [ev.id]);
      expect(audits).toEqual([
        { action: 'CREATE', fields: ['targetKind', 'targetId', 'kind', 'score', 'comments', 'evaluator', 'period'] },
        { action: 'UPDATE', fields: ['kind', 'comments', 'score'] },
        { action: 'ARCHIVE', fields: ['archivedAt'] },
      ]);
    });

    it.each([
      ['a target id of another kind', () => ({ targetKind: 'TEACHER', targetId: f.course }), 'input.targetId'],
      ['an unknown target', { targetId: toGlobalId('Course', 99999999) }, 'input.targetId'],
      ['a malformed target id', { targetId: '***' }, 'input.targetId'],
      ['an unknown target kind', { targetKind: 'TEXTBOOK' }, 'input.targetKind'],
      ['an unknown kind', { kind: 'SELF_RATING' }, 'input.kind'],
      ['a score above 100', { score: 100.5 }, 'input.score'],
      ['a negative score', { score: -1 }, 'input.score'],
      ['a score finer than two decimals', { score: 88.125 }, 'input.score'],
      ['an over-long evaluator', { evaluator: '评'.repeat(101) }, 'input.evaluator'],
      ['an over-long period', { period: '2092-SPRINGTERM12' }, 'input.period'],
      ['a malformed period', { period: 'spring' }, 'input.period'],
      ['over-long comments', { comments: '好'.repeat(5001) }, 'input.comments'],
    ] as [string, Record<string, unknown> | (() => Record<string, unknown>), string][])('rejects %s with BAD_USER_INPUT at its path and writes nothing', async (_what, over, field) => {
      const before = await snapshot();
      const res = await h.exec(CreateEvaluationDocument, { input: input(typeof over === 'function' ? over() : over) });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await snapshot()).toEqual(before);
    });

    it('rejects a bad score on update at its path and writes nothing', async () => {
      const before = await snapshot();
      const over = await h.exec(UpdateEvaluationDocument, { input: { id: f.e.e2, version: 1, score: 101 } });
      expect(over.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.score' });
      const nul = await h.exec(UpdateEvaluationDocument, { input: { id: f.e.e2, version: 1, score: null } as never });
      expect(nul.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.score' });
      expect(await snapshot()).toEqual(before);
    });
  });
});
