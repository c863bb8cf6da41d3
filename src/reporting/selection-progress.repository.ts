import { rowScope } from '../access/row-scope';
import type { Viewer } from '../access/viewer';
import { BadInputError } from '../core/errors';
import { toGlobalId } from '../core/read/ids';
import { Params, type ReadDb } from '../core/read/sql';
import { CourseAwardModel } from '../modules/course/course.loaders';
import { CaseAwardModel } from '../modules/teaching-case/teaching-case.loaders';
import { TextbookAwardModel } from '../modules/textbook/textbook.loaders';
import { PlanTargetStatus, SelectionMeasure, type SelectionIndicator, type SelectionProgress, type SelectionYear, type TargetComparison } from './selection-progress.types';

/**
 * 好课程、好教材评选进度 (issue 11 point 3; 五(三), 附件7): provincial selections counted by award year
 * within a plan period, against the targets of `plan_target` (rule data, the version in force on
 * asOf), in one SQL statement over the awards the caller may see (each award type's row scope).
 *
 * Readings, also in the schema and the README:
 * - a course, textbook or case counts once, in the year of its first provincial award in the period;
 *   award years up to asOf's year count; removed (archived) awards do not;
 * - a 案例课程 is a course whose teaching method is 案例式 (`course.method = 'CASE'`), the course's own
 *   statement of how it is taught, as `textbook.is_case_textbook` is the textbook's; a lecture that
 *   merely links a case of the case bank (`course_case`) is not a case course;
 * - the straight line: a count is on track when it reaches target × the share of the period's days
 *   elapsed on asOf (rounded to 2 decimals, as shown); a share has no line: it meets its target or not.
 */

/** The indicators, in the order of the plan; their targets are rule data keyed by code. */
const INDICATORS: readonly { code: string; what: 'COURSE' | 'TEXTBOOK' | 'CASE'; measure: SelectionMeasure; name: string }[] = [
  { code: 'GOOD_COURSES', what: 'COURSE', measure: SelectionMeasure.COUNT, name: '全省干部教育培训好课程（省级）' },
  { code: 'GOOD_TEXTBOOKS', what: 'TEXTBOOK', measure: SelectionMeasure.COUNT, name: '全省干部教育培训好教材（省级）' },
  { code: 'CASE_COURSE_SHARE', what: 'COURSE', measure: SelectionMeasure.SHARE, name: '好课程中案例课程占比' },
  { code: 'CASE_TEXTBOOK_SHARE', what: 'TEXTBOOK', measure: SelectionMeasure.SHARE, name: '好教材中案例教材占比' },
  { code: 'FINE_CASES', what: 'CASE', measure: SelectionMeasure.COUNT, name: '精品案例（省级）' },
];
const CATALOGUE = INDICATORS.map((i) => `('${i.code}', '${i.what}', '${i.measure}')`).join(', ');

/** The selected items of one kind: first provincial award year in the period (alias `t` is the award, as the row scopes expect). */
function selected(params: Params, viewer: Viewer): string {
  const branch = (what: string, award: string, fk: string, join: string, isCase: string, model: Parameters<typeof rowScope>[0]) => {
    const scope = rowScope(model, viewer, params);
    return `select '${what}' as what, t.${fk} as id, min(t.year) as year, bool_or(${isCase}) as is_case
      from ${award} t ${join} cross join p
      where t.archived_at is null and t.level = 'PROVINCIAL' and t.year between p.y0 and p.y1 ${scope ? `and ${scope}` : ''}
      group by t.${fk}`;
  };
  return [
    branch('COURSE', 'course_award', 'course_id', 'join course c on c.id = t.course_id', `c.method = 'CASE'`, CourseAwardModel),
    branch('TEXTBOOK', 'textbook_award', 'textbook_id', 'join textbook b on b.id = t.textbook_id', 'b.is_case_textbook', TextbookAwardModel),
    branch('CASE', 'case_award', 'case_id', '', 'false', CaseAwardModel),
  ].join(' union all ');
}

function progressSql(params: Params, viewer: Viewer, periodCode: string | null, asOf: string): string {
  const code = params.add(periodCode);
  const day = `${params.add(asOf)}::date`;
  const target = 'case when i.den is null then tg.target * p.elapsed else tg.target end';
  return `with p as (
      select id, code, name, start_date, end_date, extract(year from start_date)::int as y0,
        least(extract(year from end_date)::int, extract(year from ${day})::int) as y1,
        greatest(0, least(1, (${day} - start_date + 1)::numeric / (end_date - start_date + 1))) as elapsed
      from plan_period where archived_at is null and (code = ${code}::text or (${code}::text is null and ${day} between start_date and end_date))
      order by start_date limit 1),
    tg as (select distinct on (g.code) g.code, g.target, g.comparison, g.valid_from, g.note from plan_target g join p on p.code = g.period_code
      where g.archived_at is null and g.valid_from <= ${day} and (g.valid_to is null or g.valid_to > ${day}) order by g.code, g.valid_from desc),
    sel as (${selected(params, viewer)}),
    w as (select * from (values ('COURSE'), ('TEXTBOOK'), ('CASE')) w(what)),
    yr as (select y.year, w.what, count(s.id)::int as n, (count(s.id) filter (where s.is_case))::int as k
      from p cross join generate_series(p.y0, p.y1) y(year) cross join w left join sel s on s.what = w.what and s.year = y.year group by 1, 2),
    tot as (select w.what, count(s.id)::int as n, (count(s.id) filter (where s.is_case))::int as k from w left join sel s on s.what = w.what group by 1),
    ind as (select i.code, i.what, case when i.measure = 'SHARE' then tot.k else tot.n end as num, case when i.measure = 'SHARE' then tot.n end as den
      from (values ${CATALOGUE}) i(code, what, measure) join tot on tot.what = i.what)
    select p.id, p.code, p.name, p.start_date as "startDate", p.end_date as "endDate", p.elapsed::float8 as elapsed,
      (select json_agg(json_build_object('code', i.code, 'num', i.num, 'den', i.den, 'target', tg.target, 'comparison', tg.comparison,
         'validFrom', tg.valid_from, 'note', tg.note, 'expected', round(${target}, 2),
         'met', case when tg.target is null or i.den = 0 then null when tg.comparison = 'GT' then i.num > tg.target * coalesce(i.den, 1) else i.num >= tg.target * coalesce(i.den, 1) end,
         'onTrack', case when tg.target is null or i.den is not null then null else i.num >= round(${target}, 2) end))
       from ind i left join tg on tg.code = i.code) as indicators,
      (select coalesce(json_agg(json_build_object('what', what, 'year', year, 'n', n, 'k', k) order by year), '[]') from yr) as years
    from p`;
}

interface IndicatorRow {
  code: string;
  num: number;
  den: number | null;
  target: number | null;
  comparison: TargetComparison | null;
  validFrom: string | null;
  note: string | null;
  expected: number | null;
  met: boolean | null;
  onTrack: boolean | null;
}
interface ProgressRow {
  id: number;
  code: string;
  name: string;
  startDate: string;
  endDate: string;
  elapsed: number;
  indicators: IndicatorRow[];
  years: { what: string; year: number; n: number; k: number }[];
}

function statusOf(r: IndicatorRow): PlanTargetStatus {
  if (r.target === null) return PlanTargetStatus.REPORTED;
  if (r.met === null) return PlanTargetStatus.NO_DATA;
  if (r.met) return PlanTargetStatus.MET;
  return r.onTrack ? PlanTargetStatus.ON_TRACK : PlanTargetStatus.BEHIND;
}

const share = (k: number, n: number) => (n === 0 ? null : k / n);

function yearsOf(def: (typeof INDICATORS)[number], years: ProgressRow['years']): SelectionYear[] {
  let n = 0;
  let k = 0;
  return years
    .filter((y) => y.what === def.what)
    .map((y) => {
      n += y.n;
      k += y.k;
      if (def.measure === SelectionMeasure.COUNT) return { year: y.year, numerator: y.n, denominator: null, value: y.n, cumulative: n };
      return { year: y.year, numerator: y.k, denominator: y.n, value: share(y.k, y.n), cumulative: share(k, n) };
    });
}

/** 评选进度: the indicators of one plan period as of a day, in one statement. Unknown period: BAD_USER_INPUT at periodCode. */
export async function selectionProgress(db: ReadDb, viewer: Viewer, periodCode: string | null, asOf: string): Promise<SelectionProgress> {
  const params = new Params();
  const [row] = await db.query<ProgressRow>(progressSql(params, viewer, periodCode, asOf), params.values);
  if (!row) {
    const why = periodCode === null ? `No plan period contains ${asOf}.` : `No plan period has the code ${periodCode}.`;
    throw new BadInputError(why, 'periodCode');
  }
  const byCode = new Map(row.indicators.map((i) => [i.code, i]));
  const indicators: SelectionIndicator[] = INDICATORS.map((def) => {
    const r = byCode.get(def.code)!;
    return {
      code: def.code,
      name: def.name,
      measure: def.measure,
      target: r.target,
      comparison: r.target === null ? null : r.comparison,
      value: def.measure === SelectionMeasure.COUNT ? r.num : share(r.num, r.den ?? 0),
      numerator: r.num,
      denominator: r.den,
      expected: r.expected,
      status: statusOf(r),
      byYear: yearsOf(def, row.years),
      ruleValidFrom: r.validFrom,
      ruleNote: r.note,
    };
  });
  const period = { id: toGlobalId('PlanPeriod', row.id), code: row.code, name: row.name, startDate: row.startDate, endDate: row.endDate };
  return { periodCode: row.code, period, asOf, elapsedShare: row.elapsed, indicators };
}
