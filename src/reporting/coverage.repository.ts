import { groupKeys } from './summary-groups';
import { rowScope } from '../access/row-scope';
import type { Viewer } from '../access/viewer';
import type { FilterBuilder } from '../core/read/filters';
import { Params, type ReadDb } from '../core/read/sql';
import { CadreModel } from '../modules/cadre/cadre.loaders';
import { TrainingRecordModel } from '../modules/training-record/training-record.loaders';
import type { ComplianceGroupBy } from '../modules/rules/compliance.enums';
import { countedRecordConditions } from './compliance.repository';

/**
 * The coverage engine (附件2–5: who must be trained how often, where), in SQL, one statement for
 * any number of cadres (DESIGN §3, §6). `coverageCtes` is composable: a caller with its own CTE of
 * cadres (in its row scope) appends these CTEs and reads `coverage_status`; the per-cadre field,
 * the summary and (through the lead's join) the overdue list all run this one definition.
 *
 * Readings (README "Coverage rules"):
 * - a record qualifies when it counts (countedRecordConditions), has ended on or before `asOf`, and
 *   matches every non-empty qualifier of the rule (modes, class kinds, the level and kind of the
 *   institution of its class, or else of its course);
 * - ROLLING: met while the last qualifying training ended within the last `cycle_months`; otherwise
 *   due `cycle_months` after the later of that training and the anchor (appointment, or the start
 *   of the plan period containing `asOf`, or the rule version's start when none does);
 * - CALENDAR_YEAR: met by a training ending this year, due by 31 December;
 * - PLAN_PERIOD: met by a training ending within the plan period containing `asOf`, due by its end
 *   (no period contains `asOf`: the rule does not apply);
 * - FROM_ENTRY: met by a training ending on or after the civil-service entry date, due
 *   `cycle_months` after entry; `new_civil_servant` = entered on or before `asOf` and less than
 *   twice `cycle_months` (default 12) before it;
 * - status MET / DUE (not met, deadline not passed) / OVERDUE; colour RED when overdue, YELLOW when
 *   `asOf` is within `warn_months` of the next due date, GREEN otherwise; SHARE rules: no colour.
 */

/** The columns `coverageCtes` reads from the caller's cadre CTE (all columns of table `cadre` will do). */
export const COVERAGE_CADRE_COLUMNS = [
  'id',
  'region_id',
  'unit_id',
  'category',
  'sector',
  'appointed_at',
  'birth_date',
  'rank',
  'is_young_cadre',
  'management_level',
  'is_leadership_team_member',
  'principal_post',
  'is_soe_leadership_member',
  'village_role',
  'is_selected_graduate',
  'is_party_affairs_cadre',
  'civil_service_entry_date',
] as const;

export interface CoverageCteOptions {
  /** Only the versions in force of these rule codes (default: every rule in force). */
  ruleCodes?: readonly string[];
  /**
   * What qualifies for the one rule judged, when its version is known (the summary looked it up) and
   * names class kinds: records are then reached from the qualifying classes by class id — a few hundred
   * classes — instead of from every record of the population. The same rows reach `coverage_status`.
   */
  classQualifiers?: { classKinds: readonly string[]; institutionLevels: readonly string[]; institutionKinds: readonly string[] };
}

/** `cov_rules`: the rule versions in force on `asOf`, each with the plan period containing `asOf`. */
function rulesCte(params: Params, asOf: string, options: CoverageCteOptions): string {
  const codes = options.ruleCodes ? `and r.code = any(${params.add(options.ruleCodes)}::text[])` : '';
  return `cov_period as (
    select p.start_date, p.end_date from plan_period p where p.archived_at is null and p.start_date <= ${asOf} and p.end_date >= ${asOf}
    order by p.start_date desc limit 1),
  cov_rules as (
    select r.*, p.start_date as period_start, p.end_date as period_end
    from coverage_rule r left join cov_period p on true
    where r.archived_at is null and r.valid_from <= ${asOf} and (r.valid_to is null or r.valid_to > ${asOf}) ${codes}
      and (r.cycle_kind <> 'PLAN_PERIOD' or p.start_date is not null))`;
}

/** `cov_people`: the caller's cadres with 年轻干部 derived (flag, or age within the bound of the rank in force); `cov_applies`: (cadre, rule) pairs of each rule's population. */
function populationCtes(asOf: string, cadresCte: string): string {
  const flag = (column: string, attr: string) => `(r.${column} is null or r.${column} = p.${attr})`;
  return `cov_people as (
    select c.id, c.region_id, c.unit_id, c.category, c.sector, c.appointed_at, c.civil_service_entry_date, c.management_level, c.principal_post, c.village_role,
      c.is_leadership_team_member, c.is_soe_leadership_member, c.is_selected_graduate, c.is_party_affairs_cadre,
      (c.is_young_cadre or coalesce(extract(year from age(${asOf}, c.birth_date)) <= y.max_age, false)) as young
    from ${cadresCte} c
    left join young_cadre_rule y on y.rank = c.rank and y.archived_at is null and y.valid_from <= ${asOf} and (y.valid_to is null or y.valid_to > ${asOf})),
  cov_applies as (
    select p.id as cadre_id, p.region_id, p.unit_id, p.category, p.sector, p.appointed_at, p.civil_service_entry_date, r.id as rule_id,
      r.code as rule_code, r.kind as rule_kind, r.cycle_kind, r.cycle_months, r.warn_months, r.period_start, r.period_end, r.valid_from as rule_from,
      r.share_min, r.modes, r.class_kinds, r.institution_levels, r.institution_kinds
    from cov_people p join cov_rules r on
      (cardinality(r.management_levels) = 0 or p.management_level = any(r.management_levels))
      and (cardinality(r.principal_posts) = 0 or p.principal_post = any(r.principal_posts))
      and (cardinality(r.village_roles) = 0 or p.village_role = any(r.village_roles))
      and ${flag('leadership_team', 'is_leadership_team_member')} and ${flag('young', 'young')} and ${flag('soe_leadership', 'is_soe_leadership_member')}
      and ${flag('selected_graduate', 'is_selected_graduate')} and ${flag('party_affairs', 'is_party_affairs_cadre')}
      and (r.new_civil_servant is null or r.new_civil_servant = coalesce(p.civil_service_entry_date <= ${asOf}
        and p.civil_service_entry_date > (${asOf} - make_interval(months => 2 * coalesce(r.cycle_months, 12)))::date, false)))`;
}

/**
 * `cov_records`: the counted records of the cadres concerned that ended by `asOf` (in the viewer's
 * record scope) with their class kind and institution; `cov_last`: per (cadre, rule) the last
 * qualifying one — records are read once and aggregated once per pair, never per rule.
 * Performance: `cov_classes` (every class with its institution's level and kind, a few thousand
 * rows) is materialized so records meet it in one hash join rather than a class and an institution
 * lookup per record; a record's course is looked up only when it has no class (a null key matches
 * nothing), as the course's institution counts only then.
 */
/**
 * `cov_records` and `cov_last` for one rule naming class kinds (a record without a class never
 * qualifies for it): records of the qualifying classes, their last per cadre taken against the
 * rule itself (one row) rather than against every (cadre, rule) pair; `cov_windows` keeps the pairs.
 */
function classRecordCtes(params: Params, asOf: string, recordWhere: string[], q: NonNullable<CoverageCteOptions['classQualifiers']>): string {
  const where = [`k.kind = any(${params.add(q.classKinds)}::text[])`];
  if (q.institutionLevels.length) where.push(`ki.level = any(${params.add(q.institutionLevels)}::text[])`);
  if (q.institutionKinds.length) where.push(`ki.kind = any(${params.add(q.institutionKinds)}::text[])`);
  return `cov_classes as materialized (
    select k.id from training_class k join institution ki on ki.id = k.institution_id where ${where.join(' and ')}),
  cov_last as (
    select t.cadre_id, r.id as rule_id, max(array[t.end_date - date '2000-01-01', t.id]) as last
    from training_record t cross join cov_rules r
    where t.class_id = any(array(select id from cov_classes)) and ${recordWhere.join(' and ')} and t.end_date <= ${asOf}
      and (cardinality(r.modes) = 0 or t.mode = any(r.modes))
    group by t.cadre_id, r.id)`;
}

function recordCtes(asOf: string, recordWhere: string[]): string {
  return `cov_classes as materialized (
    select k.id, k.kind, ki.level, ki.kind as inst_kind from training_class k left join institution ki on ki.id = k.institution_id),
  cov_records as (
    select t.id, t.cadre_id, t.mode, t.end_date, k.kind as class_kind, coalesce(k.level, ci.level) as inst_level, coalesce(k.inst_kind, ci.kind) as inst_kind
    from training_record t
    left join cov_classes k on k.id = t.class_id
    left join course co on co.id = case when t.class_id is null then t.course_id end left join institution ci on ci.id = co.institution_id
    where ${recordWhere.join(' and ')} and t.end_date <= ${asOf} and t.cadre_id in (select cadre_id from cov_applies)),
  cov_last as (
    select a.cadre_id, a.rule_id, max(array[rec.end_date - date '2000-01-01', rec.id]) as last
    from cov_applies a join cov_records rec on rec.cadre_id = a.cadre_id
    where (cardinality(a.modes) = 0 or rec.mode = any(a.modes))
      and (cardinality(a.class_kinds) = 0 or rec.class_kind = any(a.class_kinds))
      and (cardinality(a.institution_levels) = 0 or rec.inst_level = any(a.institution_levels))
      and (cardinality(a.institution_kinds) = 0 or rec.inst_kind = any(a.institution_kinds))
    group by a.cadre_id, a.rule_id)`;
}

/** `cov_windows`: per (cadre, rule) the last qualifying end, the start of the current cycle and the anchor of a ROLLING rule. */
function windowsCte(asOf: string): string {
  return `cov_windows as (
    select a.cadre_id, a.region_id, a.unit_id, a.category, a.sector, a.rule_id, a.rule_code, a.rule_kind, a.share_min, a.cycle_kind, a.cycle_months, a.warn_months, a.period_start, a.period_end,
      a.civil_service_entry_date as entry_date,
      (date '2000-01-01' + l.last[1]) as last_end, l.last[2] as last_record_id,
      case a.cycle_kind when 'ROLLING' then (${asOf} - make_interval(months => a.cycle_months) + interval '1 day')::date
                        when 'CALENDAR_YEAR' then date_trunc('year', ${asOf})::date
                        when 'PLAN_PERIOD' then a.period_start
                        else a.civil_service_entry_date end as window_start,
      greatest(a.appointed_at, coalesce(a.period_start, a.rule_from)) as anchor
    from cov_applies a left join cov_last l on l.cadre_id = a.cadre_id and l.rule_id = a.rule_id)`;
}

/**
 * `cov_judged`: met, and the next due date (the last day by which the next qualifying training must
 * end; null once a one-off is met). A per-person CALENDAR_YEAR rule missed last year (the cadre in its
 * population then, i.e. anchored before that year began) is overdue since last 31 December until a
 * qualifying training this year: a miss does not vanish on 1 January. A ROLLING rule is met while its due date, counted from the last
 * training, has not passed (so month ends cannot make "met" and "due" disagree).
 */
function judgedCte(asOf: string): string {
  return `cov_judged as (
    select w.*, m.met,
      case w.cycle_kind
        when 'ROLLING' then ((case when m.met then w.last_end else greatest(w.last_end, w.anchor) end) + make_interval(months => w.cycle_months) - interval '1 day')::date
        when 'CALENDAR_YEAR' then case when not m.met and m.missed_last_year then (w.window_start - 1)
          else (date_trunc('year', w.window_start) + make_interval(years => case when m.met then 2 else 1 end) - interval '1 day')::date end
        when 'PLAN_PERIOD' then case when m.met then null else w.period_end end
        else case when m.met or w.entry_date is null then null else (w.entry_date + make_interval(months => w.cycle_months) - interval '1 day')::date end
      end as due_by
    from cov_windows w cross join lateral (
      select coalesce(case when w.cycle_kind = 'ROLLING' then (w.last_end + make_interval(months => w.cycle_months) - interval '1 day')::date >= ${asOf}
                           else w.last_end >= w.window_start end, false) as met,
        (w.cycle_kind = 'CALENDAR_YEAR' and w.rule_kind = 'PER_PERSON' and w.anchor <= (w.window_start - interval '1 year')::date
          and coalesce(w.last_end < (w.window_start - interval '1 year')::date, true)) as missed_last_year) m)`;
}

/** `coverage_status`: one row per (cadre, rule of its populations) with status and colour. */
function statusCte(asOf: string): string {
  return `coverage_status as (
    select j.cadre_id, j.region_id, j.unit_id, j.category, j.sector, j.rule_id, j.rule_code, j.share_min, j.rule_kind, j.cycle_kind, j.cycle_months, j.warn_months,
      j.last_end as last_qualifying_end, j.last_record_id, j.window_start, j.met, j.due_by as due_date,
      case when j.met then 'MET' when j.due_by is null or j.due_by >= ${asOf} then 'DUE' else 'OVERDUE' end as status,
      case when j.rule_kind = 'SHARE' then null
           when not j.met and j.due_by < ${asOf} then 'RED'
           when j.due_by is not null and ${asOf} > (j.due_by - make_interval(months => j.warn_months))::date then 'YELLOW'
           else 'GREEN' end as colour
    from cov_judged j)`;
}

/**
 * The engine as CTE text to append to a WITH list (after the caller's own CTEs, comma first is
 * the caller's): given `cadresCte`, the name of a CTE over the cadres to judge already limited to
 * the viewer's row scope, with at least COVERAGE_CADRE_COLUMNS, it defines `cov_*` helpers and
 * `coverage_status(cadre_id, region_id, unit_id, category, sector, rule_id, rule_code, share_min, rule_kind, cycle_kind, cycle_months, warn_months,
 * last_qualifying_end, last_record_id, window_start, met, due_date, status, colour)`. `asOf` is an
 * SQL date expression (e.g. `$1::date`). Records are limited to the viewer's record scope here.
 */
export function coverageCtes(params: Params, viewer: Viewer, asOf: string, cadresCte: string, options: CoverageCteOptions = {}): string {
  const recordWhere = countedRecordConditions();
  const recordScope = rowScope(TrainingRecordModel, viewer, params);
  if (recordScope) recordWhere.push(recordScope);
  return `${rulesCte(params, asOf, options)},
  ${populationCtes(asOf, cadresCte)},
  ${options.classQualifiers?.classKinds.length ? classRecordCtes(params, asOf, recordWhere, options.classQualifiers) : recordCtes(asOf, recordWhere)},
  ${windowsCte(asOf)},
  ${judgedCte(asOf)},
  ${statusCte(asOf)}`;
}

/** The columns of the cadre CTE: what the population filters read and what summaries group by (not `t.*`: a wide CTE spills). */
const CADRE_COLUMNS = COVERAGE_CADRE_COLUMNS.map((c) => `t.${c}`).join(', ');

/** `cadres` over table `cadre` (alias `t`): the given conditions and the viewer's row scope. */
export function scopedCadresCte(params: Params, viewer: Viewer, conditions: string[], name = 'cadres'): string {
  const where = [...conditions];
  const scope = rowScope(CadreModel, viewer, params);
  if (scope) where.push(scope);
  return `${name} as (select ${CADRE_COLUMNS} from cadre t where ${where.length ? where.join(' and ') : 'true'})`;
}

/** One (cadre, rule) judgement, as the engine returns it; `rule` is the rule version's row (camel-cased JSON). */
export interface CoverageRow {
  cadreId: number;
  ruleId: number | null;
  rule: Record<string, unknown> | null;
  status: 'MET' | 'DUE' | 'OVERDUE';
  met: boolean;
  lastQualifyingEnd: string | null;
  lastRecordId: number | null;
  windowStart: string | null;
  dueDate: string | null;
  colour: 'GREEN' | 'YELLOW' | 'RED' | null;
}

/** Columns of a coverage rule version, camel-cased, over alias `r`. */
export const RULE_COLUMNS = `r.id, r.code, r.name, r.basis, r.kind, r.management_levels as "managementLevels", r.principal_posts as "principalPosts",
  r.village_roles as "villageRoles", r.leadership_team as "leadershipTeam", r.young, r.soe_leadership as "soeLeadership",
  r.selected_graduate as "selectedGraduate", r.party_affairs as "partyAffairs", r.new_civil_servant as "newCivilServant",
  r.cycle_kind as "cycleKind", r.cycle_months as "cycleMonths", r.warn_months as "warnMonths", r.share_min as "shareMin",
  r.modes, r.class_kinds as "classKinds", r.institution_levels as "institutionLevels", r.institution_kinds as "institutionKinds",
  r.valid_from as "validFrom", r.valid_to as "validTo", r.note`;

/**
 * Coverage of the given cadres (one statement for any number of them): a row per (cadre, rule)
 * that applies, and a row with `ruleId` null for each cadre in scope to which none applies; a
 * cadre outside the scope has no row.
 */
export async function coverageOf(db: ReadDb, viewer: Viewer, asOf: string, cadrePks: readonly number[]): Promise<Map<number, CoverageRow[]>> {
  const params = new Params();
  const day = `${params.add(asOf)}::date`;
  const sql = `with ${scopedCadresCte(params, viewer, [`t.id = any(${params.add(cadrePks)}::int[])`])},
  ${coverageCtes(params, viewer, day, 'cadres')}
  select c.id as "cadreId", s.rule_id as "ruleId", to_jsonb(rr) as "rule", s.status, s.met, s.last_qualifying_end as "lastQualifyingEnd",
    s.last_record_id as "lastRecordId", s.window_start as "windowStart", s.due_date as "dueDate", s.colour
  from cadres c left join coverage_status s on s.cadre_id = c.id
  left join lateral (select ${RULE_COLUMNS} from coverage_rule r where r.id = s.rule_id) rr on true
  order by c.id, rr.code`;
  const rows = await db.query<CoverageRow>(sql, params.values);
  const byCadre = new Map<number, CoverageRow[]>();
  for (const row of rows) {
    const list = byCadre.get(row.cadreId) ?? [];
    if (row.ruleId !== null) list.push(row);
    byCadre.set(row.cadreId, list);
  }
  return byCadre;
}

const GROUP_KEYS = groupKeys({ region: 's.region_id', unit: 's.unit_id', category: 's.category', sector: 's.sector' });

export interface CoverageSummaryRow {
  key: string | null;
  label: string | null;
  population: number;
  met: number;
  due: number;
  overdue: number;
  green: number;
  yellow: number;
  red: number;
  /** SHARE rules: whether met ≥ share_min × population (exact numeric comparison); null otherwise. */
  shareReached: boolean | null;
}

/**
 * Counts of one rule's population per group plus the overall total (the row whose key is null),
 * one statement, in the viewer's row scope: `filter` is the cadre population (alias `t`).
 */
export async function coverageSummary(
  db: ReadDb,
  viewer: Viewer,
  asOf: string,
  ruleCode: string,
  groupBy: ComplianceGroupBy,
  filter: FilterBuilder,
  classQualifiers?: CoverageCteOptions['classQualifiers'],
): Promise<CoverageSummaryRow[]> {
  const { params } = filter;
  const g = GROUP_KEYS[groupBy];
  const day = `${params.add(asOf)}::date`;
  const sql = `with ${scopedCadresCte(params, viewer, filter.conditions)},
  ${coverageCtes(params, viewer, day, 'cadres', { ruleCodes: [ruleCode], classQualifiers })}
  select case when grouping(${g.key}) = 0 then ${g.key} end as "key", case when grouping(${g.key}) = 0 then min(${g.label}) end as "label",
    count(*)::int as "population",
    (count(*) filter (where s.status = 'MET'))::int as "met",
    (count(*) filter (where s.status = 'DUE'))::int as "due",
    (count(*) filter (where s.status = 'OVERDUE'))::int as "overdue",
    (count(*) filter (where s.colour = 'GREEN'))::int as "green",
    (count(*) filter (where s.colour = 'YELLOW'))::int as "yellow",
    (count(*) filter (where s.colour = 'RED'))::int as "red",
    case when min(s.share_min) is null then null else count(*) filter (where s.status = 'MET') >= min(s.share_min) * count(*) end as "shareReached"
  from coverage_status s ${g.join}
  group by grouping sets ((${g.key}), ())
  order by grouping(${g.key}) desc, 1`;
  return db.query<CoverageSummaryRow>(sql, params.values);
}
