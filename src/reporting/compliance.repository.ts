import { rowScope } from '../access/row-scope';
import type { Viewer } from '../access/viewer';
import type { FilterBuilder } from '../core/read/filters';
import { Params, type ReadDb } from '../core/read/sql';
import { CadreModel } from '../modules/cadre/cadre.loaders';
import { TrainingRecordModel } from '../modules/training-record/training-record.loaders';
import type { ComplianceColour, ComplianceGroupBy } from '../modules/rules/compliance.enums';

/**
 * The compliance engine and every aggregate over it, in SQL (DESIGN §3, §6): the rules in force on
 * `asOf` are joined from the rule tables, hours are summed with GROUP BY, colours and deadlines are
 * computed in the same statement. The per-cadre field, the summary and the overdue list all run
 * this one definition, so they cannot disagree.
 */

/** One cadre's compliance as the engine computes it (plain row; dates are YYYY-MM-DD strings). */
export interface ComplianceRow {
  cadreId: number;
  cadreGroup: string;
  appointedAt: string | null;
  colour: ComplianceColour;
  deadline: string | null;
  cRuleId: number | null;
  cMinHours: number | null;
  cMinDays: number | null;
  cHours: number;
  cDays: number;
  cWindowStart: string | null;
  cWindowEnd: string | null;
  cDeadline: string | null;
  cMet: boolean;
  cSatisfiedBy: 'HOURS' | 'DAYS' | null;
  cProgress: number | null;
  cPromoted: boolean;
  cColour: ComplianceColour | null;
  sRuleId: number | null;
  sMinHours: number | null;
  sHours: number;
  sWindowStart: string | null;
  sWindowEnd: string | null;
  sMet: boolean;
  sColour: ComplianceColour | null;
  tRequired: boolean;
  tRuleId: number | null;
  tYears: number | null;
  tLast: string | null;
  tDue: string | null;
  tMet: boolean;
  tColour: ComplianceColour | null;
}

/** The rule in force on `asOf` for each group: a group-specific row wins over an `ALL` row. */
function ruleCte(name: string, code: string, asOf: string): string {
  return `${name} as (
    select distinct on (g.cadre_group) g.cadre_group, r.id, r.min_hours, r.min_days, r.modes, r.recognised_only, r.class_kinds,
      r.period_years, r.promotion_grace_months, r.green_pace, r.red_pace,
      case when r.period_kind = 'CALENDAR_YEAR' then (date_trunc('year', ${asOf}) - make_interval(years => r.period_years - 1))::date
           else (${asOf} - make_interval(years => r.period_years) + interval '1 day')::date end as win_start,
      case when r.period_kind = 'CALENDAR_YEAR' then (date_trunc('year', ${asOf}) + interval '1 year' - interval '1 day')::date
           else ${asOf} end as win_end
    from grp g join r on r.code = '${code}' and r.cadre_group in (g.cadre_group, 'ALL')
    order by g.cadre_group, (r.cadre_group = 'ALL'))`;
}

/**
 * Colour from progress against time elapsed (分色预警): met → GREEN; past the deadline → RED;
 * otherwise progress ÷ elapsed share of the period compared with the rule's pace thresholds.
 */
function colourSql(asOf: string, met: string, progress: string, start: string, end: string, green: string, red: string): string {
  const pace = `coalesce(${progress}, 0) / greatest((${asOf} - ${start} + 1)::numeric / greatest(${end} - ${start} + 1, 1), 0.0001)`;
  return `case when ${met} then 'GREEN' when ${asOf} > ${end} then 'RED' when ${pace} >= ${green} then 'GREEN' when ${pace} >= ${red} then 'YELLOW' else 'RED' end`;
}

/**
 * The engine's SELECT: one row per cadre matching `cadreConditions` (over alias `t` on `cadre`),
 * with the viewer's row scope on cadres and on training records.
 */
export function complianceSql(params: Params, viewer: Viewer, asOfValue: string, cadreConditions: string[]): string {
  const A = `${params.add(asOfValue)}::date`;
  const cadreWhere = [...cadreConditions];
  const cadreScope = rowScope(CadreModel, viewer, params);
  if (cadreScope) cadreWhere.push(cadreScope);
  const recordWhere = ['t.archived_at is null', `t.verification_status = 'VERIFIED'`, `t.start_date <= ${A}`, 't.cadre_id in (select id from c)'];
  const recordScope = rowScope(TrainingRecordModel, viewer, params);
  if (recordScope) recordWhere.push(recordScope);
  return `with r as (
    select * from compliance_rule where archived_at is null and valid_from <= ${A} and (valid_to is null or valid_to > ${A})),
  grp as (select distinct cadre_group from compliance_category_group),
  ${ruleCte('rc', 'CENTRALIZED', A)},
  ${ruleCte('rs', 'SELF_STUDY', A)},
  ${ruleCte('rt', 'THEORY_CYCLE', A)},
  c as (
    select t.id, t.appointed_at, t.region_id, t.unit_id, t.sector, t.category, (t.is_principal_leader or t.is_young_cadre) as needs_theory, g.cadre_group
    from cadre t join compliance_category_group g on g.category = t.category
    where ${cadreWhere.length ? cadreWhere.join(' and ') : 'true'}),
  tr as (
    select t.cadre_id, t.mode, t.credited_hours, t.days, t.end_date, t.platform_id, t.class_id
    from training_record t where ${recordWhere.join(' and ')}),
  s as (
    select c.id,
      coalesce(sum(tr.credited_hours) filter (where tr.mode = any(rc.modes) and tr.end_date >= rc.win_start), 0) as c_hours,
      coalesce(sum(tr.days) filter (where tr.mode = any(rc.modes) and tr.end_date >= rc.win_start), 0) as c_days,
      coalesce(sum(tr.credited_hours) filter (where tr.mode = any(rs.modes) and tr.end_date >= rs.win_start and (not rs.recognised_only or p.is_recognised)), 0) as s_hours,
      max(tr.end_date) filter (where tr.mode = any(rt.modes) and k.kind = any(rt.class_kinds)) as t_last
    from c
    left join rc on rc.cadre_group = c.cadre_group
    left join rs on rs.cadre_group = c.cadre_group
    left join rt on rt.cadre_group = c.cadre_group
    left join tr on tr.cadre_id = c.id
    left join platform p on p.id = tr.platform_id
    left join training_class k on k.id = tr.class_id
    group by c.id),
  e as (
    select c.*, s.c_hours, s.c_days, s.s_hours, s.t_last,
      rc.id as c_rule_id, rc.min_hours as c_min_hours, rc.min_days as c_min_days, rc.win_start as c_win_start, rc.win_end as c_win_end,
      rc.green_pace as c_green, rc.red_pace as c_red,
      coalesce(s.c_hours >= rc.min_hours, false) as c_hours_met, coalesce(s.c_days >= rc.min_days, false) as c_days_met,
      greatest(s.c_hours / nullif(rc.min_hours, 0), s.c_days / nullif(rc.min_days, 0)) as c_progress,
      (rc.promotion_grace_months is not null and c.appointed_at is not null and c.appointed_at <= ${A}
        and ${A} < (c.appointed_at + make_interval(months => rc.promotion_grace_months))::date) as c_in_grace,
      (c.appointed_at + make_interval(months => rc.promotion_grace_months) - interval '1 day')::date as c_grace_end,
      rs.id as s_rule_id, rs.min_hours as s_min_hours, rs.win_start as s_win_start, rs.win_end as s_win_end,
      rs.green_pace as s_green, rs.red_pace as s_red,
      coalesce(s.s_hours >= rs.min_hours, true) as s_met,
      s.s_hours / nullif(rs.min_hours, 0) as s_progress,
      rt.id as t_rule_id, rt.period_years as t_years, rt.win_start as t_win_start,
      (c.needs_theory and rt.id is not null) as t_required
    from c join s on s.id = c.id
    left join rc on rc.cadre_group = c.cadre_group
    left join rs on rs.cadre_group = c.cadre_group
    left join rt on rt.cadre_group = c.cadre_group),
  f as (
    select e.*, (c_hours_met or c_days_met) as c_met,
      (c_in_grace and not (c_hours_met or c_days_met)) as c_promoted,
      coalesce(e.t_last >= e.t_win_start, false) as t_met,
      case when e.t_last is not null then (e.t_last + make_interval(years => e.t_years) - interval '1 day')::date
           when e.appointed_at is not null then (e.appointed_at + make_interval(years => e.t_years) - interval '1 day')::date end as t_due
    from e),
  g as (
    select f.*,
      case when c_promoted then greatest(c_win_end, c_grace_end) else c_win_end end as c_deadline,
      case when c_promoted then appointed_at else c_win_start end as c_pace_start
    from f),
  h as (
    select g.*,
      case when c_rule_id is null then null else ${colourSql(A, 'c_met', 'c_progress', 'c_pace_start', 'c_deadline', 'c_green', 'c_red')} end as c_colour,
      case when s_rule_id is null then null else ${colourSql(A, 's_met', 's_progress', 's_win_start', 's_win_end', 's_green', 's_red')} end as s_colour,
      case when not t_required then null when t_met then 'GREEN' when t_due is not null and t_due >= ${A} then 'YELLOW' else 'RED' end as t_colour
    from g)
  select h.id as "cadreId", h.cadre_group as "cadreGroup", h.appointed_at as "appointedAt", h.region_id as "regionId", h.unit_id as "unitId",
    h.sector, h.category,
    case when 'RED' in (c_colour, s_colour, t_colour) then 'RED' when 'YELLOW' in (c_colour, s_colour, t_colour) then 'YELLOW' else 'GREEN' end as "colour",
    (select min(d) from (values (case when c_rule_id is not null and not c_met then c_deadline end),
                                (case when s_rule_id is not null and not s_met then s_win_end end),
                                (case when t_required and not t_met then t_due end)) v(d)) as "deadline",
    c_rule_id as "cRuleId", c_min_hours as "cMinHours", c_min_days as "cMinDays", c_hours as "cHours", c_days as "cDays",
    c_win_start as "cWindowStart", c_win_end as "cWindowEnd", c_deadline as "cDeadline", c_met as "cMet",
    case when c_hours_met then 'HOURS' when c_days_met then 'DAYS' end as "cSatisfiedBy",
    c_progress as "cProgress", c_promoted as "cPromoted", c_colour as "cColour",
    s_rule_id as "sRuleId", s_min_hours as "sMinHours", s_hours as "sHours", s_win_start as "sWindowStart", s_win_end as "sWindowEnd",
    s_met as "sMet", s_colour as "sColour",
    t_required as "tRequired", t_rule_id as "tRuleId", t_years as "tYears", t_last as "tLast", t_due as "tDue", t_met as "tMet", t_colour as "tColour"
  from h`;
}

/** Compliance of the given cadres (one statement for any number of them). */
export async function complianceOf(db: ReadDb, viewer: Viewer, asOf: string, cadrePks: readonly number[]): Promise<Map<number, ComplianceRow>> {
  const params = new Params();
  const sql = complianceSql(params, viewer, asOf, [`t.id = any(${params.add(cadrePks)}::int[])`]);
  const rows = await db.query<ComplianceRow>(sql, params.values);
  return new Map(rows.map((r) => [r.cadreId, r]));
}

const GROUP_KEYS: Record<ComplianceGroupBy, { key: string; label: string; join: string }> = {
  REGION: { key: 'rg.code', label: 'rg.name', join: 'join region rg on rg.id = x."regionId"' },
  UNIT: { key: 'x."unitId"::text', label: 'u.name', join: 'join unit u on u.id = x."unitId"' },
  CATEGORY: { key: 'x.category', label: 'x.category', join: '' },
  SECTOR: { key: 'x.sector', label: 'x.sector', join: '' },
};

export interface SummaryRow {
  key: string | null;
  label: string | null;
  total: number;
  green: number;
  yellow: number;
  red: number;
}

/** Counts per colour per group plus the overall total (the row whose key is null), in one statement. */
export async function complianceSummary(db: ReadDb, viewer: Viewer, asOf: string, groupBy: ComplianceGroupBy, filter: FilterBuilder): Promise<SummaryRow[]> {
  const { params } = filter;
  const g = GROUP_KEYS[groupBy];
  const sql = `select case when grouping(${g.key}) = 0 then ${g.key} end as "key", case when grouping(${g.key}) = 0 then min(${g.label}) end as "label",
      count(*)::int as "total",
      (count(*) filter (where x.colour = 'GREEN'))::int as "green",
      (count(*) filter (where x.colour = 'YELLOW'))::int as "yellow",
      (count(*) filter (where x.colour = 'RED'))::int as "red"
    from (${complianceSql(params, viewer, asOf, filter.conditions)}) x ${g.join}
    group by grouping sets ((${g.key}), ())
    order by grouping(${g.key}) desc, 1`;
  return db.query<SummaryRow>(sql, params.values);
}

/**
 * Cadres behind on any requirement (提醒通报), most urgent first: RED before YELLOW, then the
 * nearest deadline, then the least progress. The count and the page come from one statement.
 */
export async function overdueCadres(
  db: ReadDb,
  viewer: Viewer,
  asOf: string,
  filter: FilterBuilder,
  limit: number,
  offset: number,
): Promise<{ rows: ComplianceRow[]; total: number }> {
  const { params } = filter;
  const sql = `with y as materialized (select * from (${complianceSql(params, viewer, asOf, filter.conditions)}) x where x.colour <> 'GREEN')
    select n.total as "__total", p.* from (select count(*)::int as total from y) n
    left join lateral (select * from y order by (y.colour = 'RED') desc, y.deadline asc nulls first, coalesce(y."cProgress", 0) asc, y."cadreId" asc
      limit ${params.add(limit)} offset ${params.add(offset)}) p on true`;
  const rows = await db.query<ComplianceRow & { __total: number }>(sql, params.values);
  const total = rows[0]?.__total ?? 0;
  return { rows: rows.filter((r) => r.cadreId !== null), total };
}

/** One bucket of a learning map: a dimension value and its credited hours. */
export interface MapBucketRow {
  cadreId: number;
  dim: 'YEAR' | 'MODE' | 'CATEGORY' | 'THEME' | 'COURSE' | 'INSTITUTION';
  key: string;
  hours: number;
  records: number;
}

/**
 * 学习图谱 of the given cadres over [from, to] (records overlapping the range, verified, unarchived):
 * hours by year, mode, course category and case theme, and the courses and institutions met — one
 * statement for any number of cadres. A record's course comes from the record or from the
 * timetable of its class; its institution from its class or its course.
 */
export async function learningMapsOf(db: ReadDb, viewer: Viewer, from: string, to: string, cadrePks: readonly number[]): Promise<MapBucketRow[]> {
  const params = new Params();
  const where = [
    `t.cadre_id = any(${params.add(cadrePks)}::int[])`,
    't.archived_at is null',
    `t.verification_status = 'VERIFIED'`,
    `t.end_date >= ${params.add(from)}::date`,
    `t.start_date <= ${params.add(to)}::date`,
  ];
  const scope = rowScope(TrainingRecordModel, viewer, params);
  if (scope) where.push(scope);
  const sql = `with tr as materialized (
      select t.id, t.cadre_id, t.mode, t.credited_hours, t.start_date, t.course_id, t.class_id from training_record t where ${where.join(' and ')}),
    themed as (
      select distinct tr.id, tr.cadre_id, tr.credited_hours, th.theme
      from tr join course_case cc on cc.course_id = tr.course_id join teaching_case tc on tc.id = cc.case_id and tc.archived_at is null
      cross join unnest(tc.themes) th(theme)),
    courses as (
      select tr.cadre_id, tr.course_id from tr where tr.course_id is not null
      union select tr.cadre_id, cs.course_id from tr join class_session cs on cs.class_id = tr.class_id and cs.archived_at is null where cs.course_id is not null),
    insts as (
      select tr.cadre_id, k.institution_id from tr join training_class k on k.id = tr.class_id
      union select tr.cadre_id, co.institution_id from tr join course co on co.id = tr.course_id)
    select cadre_id as "cadreId", 'YEAR' as "dim", extract(year from start_date)::int::text as "key", sum(credited_hours) as "hours", count(*)::int as "records" from tr group by 1, 3
    union all select cadre_id, 'MODE', mode, sum(credited_hours), count(*)::int from tr group by 1, 3
    union all select tr.cadre_id, 'CATEGORY', coalesce(co.category, 'UNCLASSIFIED'), sum(tr.credited_hours), count(*)::int from tr left join course co on co.id = tr.course_id group by 1, 3
    union all select cadre_id, 'THEME', theme, sum(credited_hours), count(*)::int from themed group by 1, 3
    union all select cadre_id, 'COURSE', course_id::text, 0, 0 from courses
    union all select cadre_id, 'INSTITUTION', institution_id::text, 0, 0 from insts
    order by 1, 2, 3`;
  return db.query<MapBucketRow>(sql, params.values);
}
