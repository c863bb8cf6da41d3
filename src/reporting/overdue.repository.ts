import type { Viewer } from '../access/viewer';
import type { FilterBuilder } from '../core/read/filters';
import { complianceSql, type ComplianceRow, type ComplianceViewName } from './compliance.repository';
import { coverageCtes, RULE_COLUMNS, scopedCadresCte, type CoverageRow } from './coverage.repository';
import type { ReadDb } from '../core/read/sql';
import type { ComplianceColour } from '../modules/rules/compliance.enums';

/** One cadre of the overdue list: the worst colour and nearest deadline over the hours rules and the per-person coverage rules. */
export interface OverdueRow {
  cadreId: number;
  colour: ComplianceColour;
  deadline: string | null;
  /** The hours rules' judgement; null for a cadre outside 附件1's table (village cadres). */
  compliance: ComplianceRow | null;
  /** The per-person coverage rules that are not GREEN, most urgent first. */
  coverage: CoverageRow[];
}

/** The worst of two colours (null counts as GREEN). */
function worst(a: string, b: string): string {
  return `case when 'RED' in (${a}, ${b}) then 'RED' when 'YELLOW' in (${a}, ${b}) then 'YELLOW' else 'GREEN' end`;
}

/**
 * `cov_behind`: per cadre, the per-person coverage rules (附件2–5) that are YELLOW or RED, as the JSON
 * rows `coverageOf` returns, with their worst colour and nearest due date. SHARE rules have no
 * colour per person and never put anyone on the list.
 */
const COVERAGE_BEHIND = `cov_behind as (
    select s.cadre_id, case when bool_or(s.colour = 'RED') then 'RED' else 'YELLOW' end as colour,
      min(s.due_date) as due,
      jsonb_agg(jsonb_build_object('cadreId', s.cadre_id, 'ruleId', s.rule_id, 'rule', rr.rule, 'status', s.status, 'met', s.met,
        'lastQualifyingEnd', s.last_qualifying_end, 'lastRecordId', s.last_record_id, 'windowStart', s.window_start, 'dueDate', s.due_date, 'colour', s.colour)
        order by s.colour = 'RED' desc, s.due_date, s.rule_code) as rows
    from coverage_status s cross join lateral (select to_jsonb(x) as rule from (select ${RULE_COLUMNS} from coverage_rule r where r.id = s.rule_id) x) rr
    where s.rule_kind = 'PER_PERSON' and s.colour in ('RED', 'YELLOW')
    group by s.cadre_id)`;

/**
 * Cadres behind on any requirement (提醒通报) — the hours rules of 附件1 and the per-person coverage
 * rules of 附件2–5 — most urgent first: RED before YELLOW, then the nearest deadline, then the least
 * centralized progress. The count and the page come from one statement; both engines read the same
 * scoped population (`filter`, alias `t` on cadre).
 */
export async function overdueCadres(
  db: ReadDb,
  viewer: Viewer,
  asOf: string,
  filter: FilterBuilder,
  limit: number,
  offset: number,
  view: ComplianceViewName = 'PLAN_PERIOD',
): Promise<{ rows: OverdueRow[]; total: number }> {
  const { params } = filter;
  const day = `${params.add(asOf)}::date`;
  const sql = `with ${scopedCadresCte(params, viewer, filter.conditions, 'people')},
  ${coverageCtes(params, viewer, day, 'people')},
  ${COVERAGE_BEHIND},
  comp as (${complianceSql(params, viewer, asOf, filter.conditions, view)}),
  y as materialized (
    select p.id as "cadreId", ${worst('comp.colour', 'cb.colour')} as colour,
      nullif(least(coalesce(comp.deadline, 'infinity'::date), coalesce(cb.due, 'infinity'::date)), 'infinity'::date) as deadline,
      coalesce(comp."centralizedProgress", 0) as progress, to_jsonb(comp) as compliance, coalesce(cb.rows, '[]'::jsonb) as coverage
    from people p left join comp on comp."cadreId" = p.id left join cov_behind cb on cb.cadre_id = p.id
    where comp.colour in ('RED', 'YELLOW') or cb.cadre_id is not null)
  select n.total as "__total", pg.* from (select count(*)::int as total from y) n
  left join lateral (select y."cadreId", y.colour, y.deadline, y.compliance, y.coverage from y
    order by (y.colour = 'RED') desc, y.deadline asc nulls first, y.progress asc, y."cadreId" asc
    limit ${params.add(limit)} offset ${params.add(offset)}) pg on true`;
  const rows = await db.query<OverdueRow & { __total: number }>(sql, params.values);
  const total = rows[0]?.__total ?? 0;
  return { rows: rows.filter((r) => r.cadreId !== null), total };
}
