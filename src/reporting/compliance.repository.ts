import { groupKeys } from './summary-groups';
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

/**
 * What counts (DESIGN §3: only completed, verified training counts): an unarchived record whose
 * verification status is VERIFIED, over alias `t`. The engine, the learning map and the statistics
 * share this one definition; statistics may name other statuses explicitly (`statuses`).
 */
export function countedRecordConditions(params?: Params, statuses?: readonly string[] | null): string[] {
  if (params && statuses?.length) return ['t.archived_at is null', `t.verification_status = any(${params.add(statuses)}::text[])`];
  return ['t.archived_at is null', `t.verification_status = 'VERIFIED'`];
}

/** One cadre's compliance as the engine computes it (plain row; dates are YYYY-MM-DD strings). */
export interface ComplianceRow {
  cadreId: number;
  cadreGroup: string;
  /** RANK when the rank table placed the cadre (附件1's notes), CATEGORY otherwise. */
  groupBasis: 'RANK' | 'CATEGORY';
  category: string;
  rank: string;
  appointedAt: string | null;
  colour: ComplianceColour;
  deadline: string | null;
  /** The plan period the centralized window follows (null in the rolling view or without a period). */
  planPeriodCode: string | null;
  /** 集中培训 (centralized training): the rule, what it asks, what was done in its window. */
  centralizedRuleId: number | null;
  centralizedMinHours: number | null;
  centralizedMinDays: number | null;
  /** Pro rata part of the period the cadre is in group A (1 when the whole period). */
  centralizedShare: number | null;
  centralizedHours: number;
  centralizedDays: number;
  centralizedWindowStart: string | null;
  centralizedWindowEnd: string | null;
  centralizedDeadline: string | null;
  centralizedPaceFrom: string | null;
  centralizedMet: boolean;
  centralizedSatisfiedBy: 'HOURS' | 'DAYS' | null;
  centralizedProgress: number | null;
  centralizedExpected: number | null;
  /** Promoted, still in the grace period, not yet met. */
  centralizedPromoted: boolean;
  centralizedColour: ComplianceColour | null;
  /** 网络自学 (online self-study). */
  selfStudyRuleId: number | null;
  selfStudyMinHours: number | null;
  selfStudyHours: number;
  selfStudyWindowStart: string | null;
  selfStudyWindowEnd: string | null;
  selfStudyMet: boolean;
  selfStudyProgress: number | null;
  selfStudyExpected: number | null;
  selfStudyColour: ComplianceColour | null;
  /** 系统理论培训 (systematic theory training once per cycle) for principal leaders and young cadres. */
  theoryRequired: boolean;
  theoryRuleId: number | null;
  theoryCycleYears: number | null;
  theoryLastCompletedAt: string | null;
  theoryDueBy: string | null;
  theoryMet: boolean;
  theoryColour: ComplianceColour | null;
}

/** How PLAN_PERIOD rules are windowed: over the plan period containing asOf, or the rolling years before it. */
export type ComplianceViewName = 'PLAN_PERIOD' | 'ROLLING';

/**
 * The rule in force on `asOf` for each group (a group-specific row wins over an `ALL` row) with its
 * window: a PLAN_PERIOD rule in the plan view takes the plan period containing asOf; in the rolling
 * view, or with no period, it falls back to the rolling years ending on asOf.
 */
function ruleCte(name: string, code: string, asOf: string, byPlan: string): string {
  const planned = `(r.period_kind = 'PLAN_PERIOD' and ${byPlan} and pl.start_date is not null)`;
  return `${name} as (
    select distinct on (g.cadre_group) g.cadre_group, r.id, r.min_hours, r.min_days, r.modes, r.recognised_only, r.class_kinds,
      r.period_years, r.promotion_grace_months, r.yellow_behind, r.red_behind, ${planned} as by_plan, case when ${planned} then pl.code end as plan_code,
      case when ${planned} then pl.start_date
           when r.period_kind = 'CALENDAR_YEAR' then (date_trunc('year', ${asOf}) - make_interval(years => r.period_years - 1))::date
           else (${asOf} - make_interval(years => r.period_years) + interval '1 day')::date end as window_start,
      case when ${planned} then pl.end_date
           when r.period_kind = 'CALENDAR_YEAR' then (date_trunc('year', ${asOf}) + interval '1 year' - interval '1 day')::date
           else ${asOf} end as window_end
    from cadre_groups g join rules_in_force r on r.code = '${code}' and r.cadre_group in (g.cadre_group, 'ALL') left join plan pl on true
    order by g.cadre_group, (r.cadre_group = 'ALL'))`;
}

/**
 * Colour by pace (分色预警): met → GREEN; past the deadline unmet → RED; otherwise how far the share
 * done (progress, capped at 1) lags the share due by now on a straight line from `start` to `end`:
 * more than the rule's red share → RED, more than its yellow share → YELLOW, else GREEN — except on
 * the deadline itself, where an unmet requirement is at least YELLOW (in the rolling view every day
 * is the deadline).
 */
function colourSql(met: string, behind: string, asOf: string, end: string, yellow: string, red: string): string {
  return `case when ${met} then 'GREEN' when ${asOf} > ${end} then 'RED' when ${behind} > ${red} then 'RED'
    when ${behind} > ${yellow} or ${asOf} = ${end} then 'YELLOW' else 'GREEN' end`;
}

/** The share of a requirement due by `asOf` on a straight line from `start` to `end` (both days counted), 0–1. */
function expectedSql(asOf: string, start: string, end: string): string {
  return `least(greatest((${asOf} - ${start} + 1)::numeric / greatest(${end} - ${start} + 1, 1), 0), 1)`;
}

/** Rows of a versioned table in force on asOf. */
function inForce(table: string, asOf: string): string {
  return `select * from ${table} where valid_from <= ${asOf} and (valid_to is null or valid_to > ${asOf})`;
}

/**
 * `rules_in_force` (every rule version valid on `asOf`), `plan` (the plan period containing asOf),
 * the category and rank tables in force, `cadre_groups`, and per group the rule of each requirement
 * with its window: `centralized_rule` (集中培训), `self_study_rule` (网络自学), `theory_rule` (系统理论培训).
 */
function rulesInForceCtes(asOf: string, byPlan: string): string {
  return `rules_in_force as (${inForce('compliance_rule', asOf)} and archived_at is null),
  plan as (select code, start_date, end_date from plan_period where archived_at is null and start_date <= ${asOf} and end_date >= ${asOf} order by start_date desc limit 1),
  category_groups as (${inForce('compliance_category_group', asOf)}),
  rank_groups as (${inForce('compliance_rank_group', asOf)}),
  cadre_groups as (select cadre_group from category_groups union select cadre_group from rank_groups),
  ${ruleCte('centralized_rule', 'CENTRALIZED', asOf, byPlan)},
  ${ruleCte('self_study_rule', 'SELF_STUDY', asOf, byPlan)},
  ${ruleCte('theory_rule', 'THEORY_CYCLE', asOf, byPlan)}`;
}

/**
 * 附件1's table lists civil servants, leaders and managers, not 村(社区)干部: a village or community
 * secretary, committee director or other village cadre is outside the hours table (their training
 * is the coverage rules' 附件5.9). 驻村第一书记 and work-team members are civil servants sent to the
 * village and stay in it by their category.
 */
const OUTSIDE_HOURS_TABLE = `(t.village_role is null or t.village_role not in ('PARTY_SECRETARY', 'COMMITTEE_DIRECTOR', 'OTHER_VILLAGE_CADRE'))`;

/**
 * `cadres`: the population with its group — by rank when the rank table names the cadre's rank
 * (附件1's notes: 四级调研员 and above are group A even with a 乡科级 post), else by category; the
 * basis is RANK only where the rank decides something the category would not;
 * `counted_records`: their records that count, completed by asOf (alias `t` in both).
 */
function populationCtes(cadreWhere: string[], recordWhere: string[]): string {
  return `cadres as (
    select t.id, t.appointed_at, t.senior_level_since, t.region_id, t.unit_id, t.sector, t.category, t.rank,
      (t.is_principal_leader or t.is_young_cadre) as needs_theory, coalesce(rg.cadre_group, cg.cadre_group) as cadre_group,
      case when rg.cadre_group is not null and rg.cadre_group is distinct from cg.cadre_group then 'RANK' else 'CATEGORY' end as group_basis
    from cadre t left join category_groups cg on cg.category = t.category left join rank_groups rg on rg.rank = t.rank
    where coalesce(rg.cadre_group, cg.cadre_group) is not null and ${OUTSIDE_HOURS_TABLE}
      and ${cadreWhere.length ? cadreWhere.join(' and ') : 'true'}),
  counted_records as (
    select t.cadre_id, t.mode, t.credited_hours, t.days, t.end_date, t.platform_id, t.class_id
    from training_record t where ${recordWhere.join(' and ')})`;
}
/**
 * `hours_by_cadre`: per cadre, centralized hours and days in the rule's window, self-study hours in
 * its window (from recognised platforms when the rule says so), and the end of the last theory course.
 */
function hoursByCadreCte(): string {
  return `hours_by_cadre as (
    select cadres.id,
      coalesce(sum(rec.credited_hours) filter (where rec.mode = any(cr.modes) and rec.end_date >= cr.window_start), 0) as centralized_hours,
      coalesce(sum(rec.days) filter (where rec.mode = any(cr.modes) and rec.end_date >= cr.window_start), 0) as centralized_days,
      coalesce(sum(rec.credited_hours) filter (where rec.mode = any(sr.modes) and rec.end_date >= sr.window_start and (not sr.recognised_only or p.is_recognised)), 0) as self_study_hours,
      max(rec.end_date) filter (where rec.mode = any(tr.modes) and k.kind = any(tr.class_kinds)) as theory_last_end
    from cadres
    left join centralized_rule cr on cr.cadre_group = cadres.cadre_group
    left join self_study_rule sr on sr.cadre_group = cadres.cadre_group
    left join theory_rule tr on tr.cadre_group = cadres.cadre_group
    left join counted_records rec on rec.cadre_id = cadres.id
    left join platform p on p.id = rec.platform_id
    left join training_class k on k.id = rec.class_id
    group by cadres.id)`;
}

/**
 * `measured`: each cadre's sums beside its rules — requirements (pro rata in a plan period for a cadre
 * who reached group A's levels within it: the minimums times the share of the period from that day to
 * its end), windows, thresholds reached, progress, promotion grace.
 */
function measuredCte(asOf: string): string {
  const entered = `(cr.by_plan and cadres.senior_level_since > cr.window_start and cadres.senior_level_since <= ${asOf})`;
  const share = `case when ${entered} then (cr.window_end - cadres.senior_level_since + 1)::numeric / (cr.window_end - cr.window_start + 1) else 1 end`;
  return `measured as (
    select cadres.*, h.centralized_hours, h.centralized_days, h.self_study_hours, h.theory_last_end,
      cr.id as centralized_rule_id, cr.plan_code, ${share} as centralized_share,
      round(cr.min_hours * ${share}, 1) as centralized_min_hours, round(cr.min_days * ${share}, 1) as centralized_min_days,
      cr.window_start as centralized_window_start, cr.window_end as centralized_window_end,
      case when ${entered} then cadres.senior_level_since else cr.window_start end as centralized_entry,
      cr.yellow_behind as centralized_yellow, cr.red_behind as centralized_red,
      coalesce(h.centralized_hours >= round(cr.min_hours * ${share}, 1), false) as centralized_hours_met,
      coalesce(h.centralized_days >= round(cr.min_days * ${share}, 1), false) as centralized_days_met,
      greatest(h.centralized_hours / nullif(round(cr.min_hours * ${share}, 1), 0), h.centralized_days / nullif(round(cr.min_days * ${share}, 1), 0)) as centralized_progress,
      (cr.promotion_grace_months is not null and cadres.appointed_at is not null and cadres.appointed_at <= ${asOf}
        and ${asOf} < (cadres.appointed_at + make_interval(months => cr.promotion_grace_months))::date) as in_promotion_grace,
      (cadres.appointed_at + make_interval(months => cr.promotion_grace_months) - interval '1 day')::date as promotion_grace_end,
      sr.id as self_study_rule_id, sr.min_hours as self_study_min_hours, sr.window_start as self_study_window_start, sr.window_end as self_study_window_end,
      sr.yellow_behind as self_study_yellow, sr.red_behind as self_study_red,
      coalesce(h.self_study_hours >= sr.min_hours, true) as self_study_met,
      h.self_study_hours / nullif(sr.min_hours, 0) as self_study_progress,
      tr.id as theory_rule_id, tr.period_years as theory_cycle_years, tr.window_start as theory_window_start,
      (cadres.needs_theory and tr.id is not null) as theory_required
    from cadres join hours_by_cadre h on h.id = cadres.id
    left join centralized_rule cr on cr.cadre_group = cadres.cadre_group
    left join self_study_rule sr on sr.cadre_group = cadres.cadre_group
    left join theory_rule tr on tr.cadre_group = cadres.cadre_group)`;
}

/**
 * `judged`: whether each requirement is met, whether a promoted cadre is still in grace and unmet,
 * and when the next theory course is due; `with_deadlines`: the centralized deadline and the day its
 * pace line starts (the appointment for a promoted cadre, the day it reached group A's levels for one
 * who entered within the plan period, else the window's start).
 */
function judgedCtes(): string {
  return `judged as (
    select m.*, (centralized_hours_met or centralized_days_met) as centralized_met,
      (in_promotion_grace and not (centralized_hours_met or centralized_days_met)) as promoted_pending,
      coalesce(m.theory_last_end >= m.theory_window_start, false) as theory_met,
      case when m.theory_last_end is not null then (m.theory_last_end + make_interval(years => m.theory_cycle_years) - interval '1 day')::date
           when m.appointed_at is not null then (m.appointed_at + make_interval(years => m.theory_cycle_years) - interval '1 day')::date end as theory_due
    from measured m),
  with_deadlines as (
    select j.*,
      case when promoted_pending then greatest(centralized_window_end, promotion_grace_end) else centralized_window_end end as centralized_deadline,
      case when promoted_pending then greatest(appointed_at, centralized_entry) else centralized_entry end as centralized_pace_start
    from judged j)`;
}

/** `coloured`: the share due by now, how far behind it each requirement is, and its colour (null when no rule applies). */
function colouredCte(asOf: string): string {
  return `paced as (
    select d.*,
      ${expectedSql(asOf, 'centralized_pace_start', 'centralized_deadline')} as centralized_expected,
      ${expectedSql(asOf, 'self_study_window_start', 'self_study_window_end')} as self_study_expected
    from with_deadlines d),
  coloured as (
    select p.*,
      case when centralized_rule_id is null then null else ${colourSql('centralized_met', 'centralized_expected - least(coalesce(centralized_progress, 0), 1)', asOf, 'centralized_deadline', 'centralized_yellow', 'centralized_red')} end as centralized_colour,
      case when self_study_rule_id is null then null else ${colourSql('self_study_met', 'self_study_expected - least(coalesce(self_study_progress, 0), 1)', asOf, 'self_study_window_end', 'self_study_yellow', 'self_study_red')} end as self_study_colour,
      case when not theory_required then null when theory_met then 'GREEN' when theory_due is not null and theory_due >= ${asOf} then 'YELLOW' else 'RED' end as theory_colour
    from paced p)`;
}

/** The row (`ComplianceRow` plus the grouping columns): the worst colour and the nearest unmet deadline over all requirements. */
function complianceSelect(): string {
  return `select x.id as "cadreId", x.cadre_group as "cadreGroup", x.group_basis as "groupBasis", x.appointed_at as "appointedAt", x.region_id as "regionId", x.unit_id as "unitId",
    x.sector, x.category, x.rank, x.plan_code as "planPeriodCode",
    case when 'RED' in (centralized_colour, self_study_colour, theory_colour) then 'RED'
         when 'YELLOW' in (centralized_colour, self_study_colour, theory_colour) then 'YELLOW' else 'GREEN' end as "colour",
    (select min(d) from (values (case when centralized_rule_id is not null and not centralized_met then centralized_deadline end),
                                (case when self_study_rule_id is not null and not self_study_met then self_study_window_end end),
                                (case when theory_required and not theory_met then theory_due end)) v(d)) as "deadline",
    centralized_rule_id as "centralizedRuleId", centralized_min_hours as "centralizedMinHours", centralized_min_days as "centralizedMinDays",
    centralized_share as "centralizedShare", centralized_hours as "centralizedHours", centralized_days as "centralizedDays",
    centralized_window_start as "centralizedWindowStart", centralized_window_end as "centralizedWindowEnd",
    centralized_deadline as "centralizedDeadline", centralized_pace_start as "centralizedPaceFrom", centralized_met as "centralizedMet",
    case when centralized_hours_met then 'HOURS' when centralized_days_met then 'DAYS' end as "centralizedSatisfiedBy",
    centralized_progress as "centralizedProgress", centralized_expected as "centralizedExpected",
    promoted_pending as "centralizedPromoted", centralized_colour as "centralizedColour",
    self_study_rule_id as "selfStudyRuleId", self_study_min_hours as "selfStudyMinHours", self_study_hours as "selfStudyHours",
    self_study_window_start as "selfStudyWindowStart", self_study_window_end as "selfStudyWindowEnd",
    self_study_met as "selfStudyMet", self_study_progress as "selfStudyProgress", self_study_expected as "selfStudyExpected", self_study_colour as "selfStudyColour",
    theory_required as "theoryRequired", theory_rule_id as "theoryRuleId", theory_cycle_years as "theoryCycleYears",
    theory_last_end as "theoryLastCompletedAt", theory_due as "theoryDueBy", theory_met as "theoryMet", theory_colour as "theoryColour"
  from coloured x`;
}

/**
 * The engine's SELECT: one row per cadre matching `cadreConditions` (over alias `t` on `cadre`),
 * with the viewer's row scope on cadres and on training records. Only completed training counts
 * (参加并完成): a record counts once it has ended on or before asOf, in the window where it ended.
 */
export function complianceSql(params: Params, viewer: Viewer, asOfValue: string, cadreConditions: string[], view: ComplianceViewName = 'PLAN_PERIOD'): string {
  const asOf = `${params.add(asOfValue)}::date`;
  const byPlan = `(${params.add(view)}::text = 'PLAN_PERIOD')`;
  const cadreWhere = [...cadreConditions];
  const cadreScope = rowScope(CadreModel, viewer, params);
  if (cadreScope) cadreWhere.push(cadreScope);
  const recordWhere = [...countedRecordConditions(), `t.end_date <= ${asOf}`, 't.cadre_id in (select id from cadres)'];
  const recordScope = rowScope(TrainingRecordModel, viewer, params);
  if (recordScope) recordWhere.push(recordScope);
  return `with ${rulesInForceCtes(asOf, byPlan)},
  ${populationCtes(cadreWhere, recordWhere)},
  ${hoursByCadreCte()},
  ${measuredCte(asOf)},
  ${judgedCtes()},
  ${colouredCte(asOf)}
  ${complianceSelect()}`;
}

/** Compliance of the given cadres (one statement for any number of them). */
export async function complianceOf(db: ReadDb, viewer: Viewer, asOf: string, cadrePks: readonly number[], view: ComplianceViewName = 'PLAN_PERIOD'): Promise<Map<number, ComplianceRow>> {
  const params = new Params();
  const sql = complianceSql(params, viewer, asOf, [`t.id = any(${params.add(cadrePks)}::int[])`], view);
  const rows = await db.query<ComplianceRow>(sql, params.values);
  return new Map(rows.map((r) => [r.cadreId, r]));
}

const GROUP_KEYS = groupKeys({ region: 'x."regionId"', unit: 'x."unitId"', category: 'x.category', sector: 'x.sector' });

export interface SummaryRow {
  key: string | null;
  label: string | null;
  total: number;
  green: number;
  yellow: number;
  red: number;
}

/** Counts per colour per group plus the overall total (the row whose key is null), in one statement. */
export async function complianceSummary(
  db: ReadDb,
  viewer: Viewer,
  asOf: string,
  groupBy: ComplianceGroupBy,
  filter: FilterBuilder,
  view: ComplianceViewName = 'PLAN_PERIOD',
): Promise<SummaryRow[]> {
  const { params } = filter;
  const g = GROUP_KEYS[groupBy];
  const sql = `select case when grouping(${g.key}) = 0 then ${g.key} end as "key", case when grouping(${g.key}) = 0 then min(${g.label}) end as "label",
      count(*)::int as "total",
      (count(*) filter (where x.colour = 'GREEN'))::int as "green",
      (count(*) filter (where x.colour = 'YELLOW'))::int as "yellow",
      (count(*) filter (where x.colour = 'RED'))::int as "red"
    from (${complianceSql(params, viewer, asOf, filter.conditions, view)}) x ${g.join}
    group by grouping sets ((${g.key}), ())
    order by grouping(${g.key}) desc, 1`;
  return db.query<SummaryRow>(sql, params.values);
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
    ...countedRecordConditions(),
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
