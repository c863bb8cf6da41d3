import { rowScope } from '../access/row-scope';
import type { Viewer } from '../access/viewer';
import { BadInputError } from '../core/errors';
import { refPk, toGlobalId } from '../core/read/ids';
import { Params, type ReadDb } from '../core/read/sql';
import { EvaluationModel } from '../modules/evaluation/evaluation.loaders';
import { EvaluationTargetKind } from '../modules/evaluation/evaluation.enums';
import { EvaluationStatisticsOrder, type EvaluationStatisticsFilter } from './evaluation-statistics.inputs';
import type { EvaluationScoreBucket, EvaluationStatistics, EvaluationSubjectStatistics } from './evaluation-statistics.types';

/**
 * 评估对比 (issue 11 point 5): evaluation scores per subject — count, average, lowest, highest, a
 * dense rank by average, the same by kind and by period, and the low scorers — in one SQL statement
 * over the evaluations the caller may list (the Evaluation row scope over alias `t`, exactly as
 * `evaluations` applies it). A subject's figures count the evaluations whose target it is.
 */

export const MAX_FIRST = 100;
export const DEFAULT_FIRST = 20;
export const MAX_LOW_SCORERS = 100;

/** Where a subject kind's evaluations point and what its rows are called. */
interface SubjectSql {
  column: string;
  table: string;
  name: string;
  /** The owning institution column of the subject table (the institution itself for INSTITUTION). */
  institution: string;
  type: string;
}

const SUBJECTS: Record<EvaluationTargetKind, SubjectSql> = {
  COURSE: { column: 'course_id', table: 'course', name: 'title', institution: 'institution_id', type: 'Course' },
  TEACHER: { column: 'teacher_id', table: 'teacher', name: 'name', institution: 'institution_id', type: 'Teacher' },
  CLASS: { column: 'class_id', table: 'training_class', name: 'name', institution: 'institution_id', type: 'TrainingClass' },
  INSTITUTION: { column: 'institution_id', table: 'institution', name: 'name', institution: 'id', type: 'Institution' },
  SITE: { column: 'site_id', table: 'onsite_teaching_site', name: 'name', institution: 'institution_id', type: 'OnsiteTeachingSite' },
};

const ORDER_SQL: Record<EvaluationStatisticsOrder, string> = {
  AVERAGE_DESC: 'avg desc, sid',
  AVERAGE_ASC: 'avg asc, sid',
  COUNT_DESC: 'n desc, avg desc, sid',
  COUNT_ASC: 'n asc, avg desc, sid',
};

export interface EvaluationStatisticsArgs {
  subject: EvaluationTargetKind;
  filter?: EvaluationStatisticsFilter | null;
  lowScoreThreshold: number;
  first: number;
  orderBy: EvaluationStatisticsOrder;
}

/** Checks a request before any SQL: every refusal names the input path. */
export function validateEvaluationStatisticsArgs(args: { first?: number | null; lowScoreThreshold?: number | null; filter?: EvaluationStatisticsFilter | null }): void {
  const { first, lowScoreThreshold: thr, filter: f } = args;
  if (first != null && (first < 1 || first > MAX_FIRST)) throw new BadInputError(`first must be between 1 and ${MAX_FIRST}.`, 'first');
  if (thr != null && !(thr >= 0 && thr <= 100)) throw new BadInputError('lowScoreThreshold must be a score from 0 to 100.', 'lowScoreThreshold');
  if (!f) return;
  for (const key of ['yearFrom', 'yearTo'] as const) {
    const y = f[key];
    if (y != null && (y < 2000 || y > 2100)) throw new BadInputError(`filter.${key} must be a year from 2000 to 2100.`, `filter.${key}`);
  }
  if (f.yearFrom != null && f.yearTo != null && f.yearTo < f.yearFrom) throw new BadInputError('filter.yearTo must not be before filter.yearFrom.', 'filter.yearTo');
  if (f.minCount != null && f.minCount < 1) throw new BadInputError('filter.minCount must be at least 1.', 'filter.minCount');
  if (f.period && f.period.length > 50) throw new BadInputError('Name at most 50 periods.', 'filter.period');
}

/** The WHERE of the counted evaluations (alias `t`): live, of the subject kind, in scope, filtered. */
function evaluationConditions(params: Params, viewer: Viewer, s: SubjectSql, subject: EvaluationTargetKind, f: EvaluationStatisticsFilter): string[] {
  const where = ['t.archived_at is null', `t.target_kind = ${params.add(subject)}`];
  const scope = rowScope(EvaluationModel, viewer, params);
  if (scope) where.push(scope);
  if (f.kind?.length) where.push(`t.kind = any(${params.add(f.kind)}::text[])`);
  // A period starts with its year (`2025`, `2025-SPRING`): the input rule of evaluations guarantees it.
  if (f.yearFrom != null) where.push(`left(t.period, 4)::int >= ${params.add(f.yearFrom)}`);
  if (f.yearTo != null) where.push(`left(t.period, 4)::int <= ${params.add(f.yearTo)}`);
  if (f.period?.length) where.push(`t.period = any(${params.add(f.period)}::text[])`);
  if (f.institutionId != null) {
    const inst = params.add(refPk(f.institutionId, 'Institution', 'filter.institutionId'));
    where.push(`t.${s.column} in (select x.id from ${s.table} x where x.${s.institution} = ${inst})`);
  }
  return where;
}

function statisticsSql(params: Params, viewer: Viewer, args: EvaluationStatisticsArgs): string {
  const s = SUBJECTS[args.subject];
  const where = evaluationConditions(params, viewer, s, args.subject, args.filter ?? {});
  const thr = params.add(args.lowScoreThreshold);
  const bucket = (key: string) => `json_build_object('${key}', ${key}, 'count', n, 'average', avg, 'min', mn, 'max', mx)`;
  return `with e as (select t.${s.column} as sid, t.kind, t.period, t.score from evaluation t where ${where.join(' and ')}),
    s as (select sid, count(*)::int as n, round(avg(score), 2) as avg, min(score) as mn, max(score) as mx
          from e group by sid having count(*) >= ${params.add(args.filter?.minCount ?? 1)}),
    r as (select s.*, dense_rank() over (order by avg desc)::int as rank, count(*) over ()::int as total,
            (count(*) filter (where avg < ${thr}) over ())::int as low_total from s),
    page as (select sid, row_number() over (order by ${ORDER_SQL[args.orderBy]})::int as pos from r order by ${ORDER_SQL[args.orderBy]} limit ${params.add(args.first)}),
    low as (select sid, row_number() over (order by avg, sid)::int as lpos from r where avg < ${thr} order by avg, sid limit ${MAX_LOW_SCORERS}),
    picked as (select sid from page union select sid from low),
    b as (select sid, kind, period, grouping(kind) as gk, count(*)::int as n, round(avg(score), 2) as avg, min(score) as mn, max(score) as mx
          from e where sid in (select sid from picked) group by grouping sets ((sid, kind), (sid, period))),
    bj as (select sid, coalesce(json_agg(${bucket('kind')} order by kind) filter (where gk = 0), '[]') as by_kind,
             coalesce(json_agg(${bucket('period')} order by period) filter (where gk = 1), '[]') as by_period from b group by sid)
    select r.sid, x.${s.name} as name, r.n, r.avg, r.mn, r.mx, r.rank, r.total, r.low_total, page.pos, low.lpos, bj.by_kind, bj.by_period
    from r join picked using (sid) join ${s.table} x on x.id = r.sid left join page using (sid) left join low using (sid) left join bj using (sid)`;
}

interface Row {
  sid: number;
  name: string;
  n: number;
  avg: number;
  mn: number;
  mx: number;
  rank: number;
  total: number;
  low_total: number;
  pos: number | null;
  lpos: number | null;
  by_kind: (Omit<EvaluationScoreBucket, 'period'> & { min: number; max: number })[];
  by_period: Omit<EvaluationScoreBucket, 'kind'>[];
}

/** 评估对比统计: the subjects' figures, ranks and low scorers, in one statement. */
export async function evaluationStatistics(db: ReadDb, viewer: Viewer, args: EvaluationStatisticsArgs): Promise<EvaluationStatistics> {
  const params = new Params();
  const sql = statisticsSql(params, viewer, args);
  const rows = await db.query<Row>(sql, params.values);
  const type = SUBJECTS[args.subject].type;
  const present = (r: Row): EvaluationSubjectStatistics => ({
    subject: { id: toGlobalId(type, r.sid), kind: args.subject, name: r.name },
    rank: r.rank,
    count: r.n,
    average: r.avg,
    min: r.mn,
    max: r.mx,
    byKind: r.by_kind.map((k) => ({ ...k, period: null })),
    byPeriod: r.by_period.map((p) => ({ ...p, kind: null })),
  });
  const ordered = (key: 'pos' | 'lpos') =>
    rows
      .filter((r) => r[key] !== null)
      .sort((a, b) => a[key]! - b[key]!)
      .map(present);
  return {
    subject: args.subject,
    lowScoreThreshold: args.lowScoreThreshold,
    totalCount: rows[0]?.total ?? 0,
    rows: ordered('pos'),
    lowScorerCount: rows[0]?.low_total ?? 0,
    lowScorers: ordered('lpos'),
  };
}
