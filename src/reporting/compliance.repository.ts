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
  appointedAt: string | null;
  colour: ComplianceColour;
  deadline: string | null;
  /** 集中培训 (centralized training): the rule, what it asks, what was done in its window. */
  centralizedRuleId: number | null;
  centralizedMinHours: number | null;
  centralizedMinDays: number | null;
  centralizedHours: number;
  centralizedDays: number;
  centralizedWindowStart: string | null;
  centralizedWindowEnd: string | null;
  centralizedDeadline: string | null;
  centralizedMet: boolean;
  centralizedSatisfiedBy: 'HOURS' | 'DAYS' | null;
  centralizedProgress: number | null;
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

/** The rule in force on `asOf` for each group: a group-specific row wins over an `ALL` row. */
function ruleCte(name: string, code: string, asOf: string): string {
  return `${name} as (
    select distinct on (g.cadre_group) g.cadre_group, r.id, r.min_hours, r.min_days, r.modes, r.recognised_only, r.class_kinds,
      r.period_years, r.promotion_grace_months, r.green_pace, r.red_pace,
      case when r.period_kind = 'CALENDAR_YEAR' then (date_trunc('year', ${asOf}) - make_interval(years => r.period_years - 1))::date
           else (${asOf} - make_interval(years => r.period_years) + interval '1 day')::date end as window_start,
      case when r.period_kind = 'CALENDAR_YEAR' then (date_trunc('year', ${asOf}) + interval '1 year' - interval '1 day')::date
           else ${asOf} end as window_end
    from cadre_groups g join rules_in_force r on r.code = '${code}' and r.cadre_group in (g.cadre_group, 'ALL')
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
 * `rules_in_force` (every rule version valid on `asOf`), `cadre_groups`, and per group the rule of
 * each requirement with its window: `centralized_rule` (集中培训), `self_study_rule` (网络自学),
 * `theory_rule` (系统理论培训 cycle).
 */
function rulesInForceCtes(asOf: string): string {
  return `rules_in_force as (
    select * from compliance_rule where archived_at is null and valid_from <= ${asOf} and (valid_to is null or valid_to > ${asOf})),
  cadre_groups as (select distinct cadre_group from compliance_category_group),
  ${ruleCte('centralized_rule', 'CENTRALIZED', asOf)},
  ${ruleCte('self_study_rule', 'SELF_STUDY', asOf)},
  ${ruleCte('theory_rule', 'THEORY_CYCLE', asOf)}`;
}

/** `cadres`: the population with its group; `counted_records`: their records that count (alias `t` in both). */
function populationCtes(cadreWhere: string[], recordWhere: string[]): string {
  return `cadres as (
    select t.id, t.appointed_at, t.region_id, t.unit_id, t.sector, t.category, (t.is_principal_leader or t.is_young_cadre) as needs_theory, g.cadre_group
    from cadre t join compliance_category_group g on g.category = t.category
    where ${cadreWhere.length ? cadreWhere.join(' and ') : 'true'}),
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

/** `measured`: each cadre's sums beside its rules — minimums, windows, paces, thresholds reached, progress, promotion grace. */
function measuredCte(asOf: string): string {
  return `measured as (
    select cadres.*, h.centralized_hours, h.centralized_days, h.self_study_hours, h.theory_last_end,
      cr.id as centralized_rule_id, cr.min_hours as centralized_min_hours, cr.min_days as centralized_min_days,
      cr.window_start as centralized_window_start, cr.window_end as centralized_window_end,
      cr.green_pace as centralized_green_pace, cr.red_pace as centralized_red_pace,
      coalesce(h.centralized_hours >= cr.min_hours, false) as centralized_hours_met, coalesce(h.centralized_days >= cr.min_days, false) as centralized_days_met,
      greatest(h.centralized_hours / nullif(cr.min_hours, 0), h.centralized_days / nullif(cr.min_days, 0)) as centralized_progress,
      (cr.promotion_grace_months is not null and cadres.appointed_at is not null and cadres.appointed_at <= ${asOf}
        and ${asOf} < (cadres.appointed_at + make_interval(months => cr.promotion_grace_months))::date) as in_promotion_grace,
      (cadres.appointed_at + make_interval(months => cr.promotion_grace_months) - interval '1 day')::date as promotion_grace_end,
      sr.id as self_study_rule_id, sr.min_hours as self_study_min_hours, sr.window_start as self_study_window_start, sr.window_end as self_study_window_end,
      sr.green_pace as self_study_green_pace, sr.red_pace as self_study_red_pace,
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
 * and when the next theory course is due; `with_deadlines`: the centralized deadline and the date
 * its pace is measured from (the appointment, for a promoted cadre).
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
      case when promoted_pending then appointed_at else centralized_window_start end as centralized_pace_start
    from judged j)`;
}

/** `coloured`: one colour per requirement (null when no rule applies). */
function colouredCte(asOf: string): string {
  const centralized = colourSql(asOf, 'centralized_met', 'centralized_progress', 'centralized_pace_start', 'centralized_deadline', 'centralized_green_pace', 'centralized_red_pace');
  const selfStudy = colourSql(asOf, 'self_study_met', 'self_study_progress', 'self_study_window_start', 'self_study_window_end', 'self_study_green_pace', 'self_study_red_pace');
  return `coloured as (
    select d.*,
      case when centralized_rule_id is null then null else ${centralized} end as centralized_colour,
      case when self_study_rule_id is null then null else ${selfStudy} end as self_study_colour,
      case when not theory_required then null when theory_met then 'GREEN' when theory_due is not null and theory_due >= ${asOf} then 'YELLOW' else 'RED' end as theory_colour
    from with_deadlines d)`;
}

/** The row (`ComplianceRow` plus the grouping columns): the worst colour and the nearest unmet deadline over all requirements. */
function complianceSelect(): string {
  return `select x.id as "cadreId", x.cadre_group as "cadreGroup", x.appointed_at as "appointedAt", x.region_id as "regionId", x.unit_id as "unitId",
    x.sector, x.category,
    case when 'RED' in (centralized_colour, self_study_colour, theory_colour) then 'RED'
         when 'YELLOW' in (centralized_colour, self_study_colour, theory_colour) then 'YELLOW' else 'GREEN' end as "colour",
    (select min(d) from (values (case when centralized_rule_id is not null and not centralized_met then centralized_deadline end),
                                (case when self_study_rule_id is not null and not self_study_met then self_study_window_end end),
                                (case when theory_required and not theory_met then theory_due end)) v(d)) as "deadline",
    centralized_rule_id as "centralizedRuleId", centralized_min_hours as "centralizedMinHours", centralized_min_days as "centralizedMinDays",
    centralized_hours as "centralizedHours", centralized_days as "centralizedDays",
    centralized_window_start as "centralizedWindowStart", centralized_window_end as "centralizedWindowEnd",
    centralized_deadline as "centralizedDeadline", centralized_met as "centralizedMet",
    case when centralized_hours_met then 'HOURS' when centralized_days_met then 'DAYS' end as "centralizedSatisfiedBy",
    centralized_progress as "centralizedProgress", promoted_pending as "centralizedPromoted", centralized_colour as "centralizedColour",
    self_study_rule_id as "selfStudyRuleId", self_study_min_hours as "selfStudyMinHours", self_study_hours as "selfStudyHours",
    self_study_window_start as "selfStudyWindowStart", self_study_window_end as "selfStudyWindowEnd",
    self_study_met as "selfStudyMet", self_study_colour as "selfStudyColour",
    theory_required as "theoryRequired", theory_rule_id as "theoryRuleId", theory_cycle_years as "theoryCycleYears",
    theory_last_end as "theoryLastCompletedAt", theory_due as "theoryDueBy", theory_met as "theoryMet", theory_colour as "theoryColour"
  from coloured x`;
}

/**
 * The engine's SELECT: one row per cadre matching `cadreConditions` (over alias `t` on `cadre`),
 * with the viewer's row scope on cadres and on training records.
 */
export function complianceSql(params: Params, viewer: Viewer, asOfValue: string, cadreConditions: string[]): string {
  const asOf = `${params.add(asOfValue)}::date`;
  const cadreWhere = [...cadreConditions];
  const cadreScope = rowScope(CadreModel, viewer, params);
  if (cadreScope) cadreWhere.push(cadreScope);
  const recordWhere = [...countedRecordConditions(), `t.start_date <= ${asOf}`, 't.cadre_id in (select id from cadres)'];
  const recordScope = rowScope(TrainingRecordModel, viewer, params);
  if (recordScope) recordWhere.push(recordScope);
  return `with ${rulesInForceCtes(asOf)},
  ${populationCtes(cadreWhere, recordWhere)},
  ${hoursByCadreCte()},
  ${measuredCte(asOf)},
  ${judgedCtes()},
  ${colouredCte(asOf)}
  ${complianceSelect()}`;
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
    left join lateral (select * from y order by (y.colour = 'RED') desc, y.deadline asc nulls first, coalesce(y."centralizedProgress", 0) asc, y."cadreId" asc
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
