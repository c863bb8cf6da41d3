import type { Scenario } from './common';

const AS_OF = '2026-06-30';

/**
 * The same counts written by hand for the rules in force (附件1), one statement, through `pg`:
 * - centralised training (集中培训: full-time training, centre-group study, online thematic classes,
 *   lectures): group A (county level and above, …) 550 h or 90 days over the rolling 5 years ending
 *   on asOf; group B 90 h or 12 days in the calendar year; one year of grace after an appointment;
 * - self-study (网络自学) 50 h in the calendar year on recognised platforms;
 * - a theory course (系统理论培训: full-time, in a MAIN / PRINCIPAL_LEADER / YOUNG_CADRE class) every
 *   3 years for principal leaders and young cadres;
 * - colour (分色预警): met → GREEN, past the deadline → RED, otherwise progress ÷ elapsed share of
 *   the period ≥ 1.00 → GREEN, ≥ 0.50 → YELLOW, else RED; a cadre is RED if any requirement is RED,
 *   else YELLOW if any is YELLOW;
 * over the same records the engine counts (unarchived, VERIFIED, started by asOf) and the same
 * population (active, unarchived cadres), grouped by region code. Records are summed per cadre once
 * (no per-record joins); the arithmetic is the engine's, numeric for numeric, so colours at a
 * threshold agree.
 */
const FLOOR_SQL = `with w as (
    select $1::date as a,
      ($1::date - interval '5 years' + interval '1 day')::date as a_start,
      date_trunc('year', $1::date)::date as y_start,
      (date_trunc('year', $1::date) + interval '1 year' - interval '1 day')::date as y_end,
      ($1::date - interval '3 years' + interval '1 day')::date as t_start),
  c as (
    select t.id, t.region_id, t.appointed_at, (t.is_principal_leader or t.is_young_cadre) as needs_theory, g.cadre_group = 'A' as is_a
    from cadre t join compliance_category_group g on g.category = t.category
    where t.archived_at is null and t.status = 'ACTIVE'),
  s as (
    select r.cadre_id,
      sum(r.credited_hours) filter (where r.mode in ('FULL_TIME_TRAINING', 'CENTER_GROUP_STUDY', 'ONLINE_THEMATIC', 'LECTURE_BRIEFING') and r.end_date >= w.a_start) as a_hours,
      sum(r.days) filter (where r.mode in ('FULL_TIME_TRAINING', 'CENTER_GROUP_STUDY', 'ONLINE_THEMATIC', 'LECTURE_BRIEFING') and r.end_date >= w.a_start) as a_days,
      sum(r.credited_hours) filter (where r.mode in ('FULL_TIME_TRAINING', 'CENTER_GROUP_STUDY', 'ONLINE_THEMATIC', 'LECTURE_BRIEFING') and r.end_date >= w.y_start) as b_hours,
      sum(r.days) filter (where r.mode in ('FULL_TIME_TRAINING', 'CENTER_GROUP_STUDY', 'ONLINE_THEMATIC', 'LECTURE_BRIEFING') and r.end_date >= w.y_start) as b_days,
      sum(r.credited_hours) filter (where r.mode = 'ONLINE_SELF_STUDY' and r.end_date >= w.y_start
                                      and r.platform_id in (select p.id from platform p where p.is_recognised)) as s_hours,
      max(r.end_date) filter (where r.mode = 'FULL_TIME_TRAINING'
                                and r.class_id in (select k.id from training_class k where k.kind in ('MAIN', 'PRINCIPAL_LEADER', 'YOUNG_CADRE'))) as t_last
    from training_record r cross join w
    where r.archived_at is null and r.verification_status = 'VERIFIED' and r.start_date <= w.a
    group by r.cadre_id),
  x as (
    select c.id, c.region_id, c.appointed_at, c.needs_theory, w.a, w.y_start, w.y_end, w.t_start,
      case when c.is_a then coalesce(s.a_hours, 0) else coalesce(s.b_hours, 0) end as ch,
      case when c.is_a then coalesce(s.a_days, 0) else coalesce(s.b_days, 0) end as cd,
      case when c.is_a then 550.0 else 90.0 end as min_h,
      case when c.is_a then 90.0 else 12.0 end as min_d,
      case when c.is_a then w.a_start else w.y_start end as c_start,
      case when c.is_a then w.a else w.y_end end as c_end,
      coalesce(s.s_hours, 0) as sh, s.t_last
    from c cross join w left join s on s.cadre_id = c.id),
  y as (
    select x.*, (ch >= min_h or cd >= min_d) as c_met, greatest(ch / min_h, cd / min_d) as c_progress,
      (appointed_at is not null and appointed_at <= a and a < (appointed_at + interval '12 months')::date) as in_grace,
      (appointed_at + interval '12 months' - interval '1 day')::date as grace_end
    from x),
  z as (
    select y.*,
      case when in_grace and not c_met then greatest(c_end, grace_end) else c_end end as c_deadline,
      case when in_grace and not c_met then appointed_at else c_start end as c_pace_start
    from y),
  v as (
    select z.region_id,
      case when c_met then 'GREEN' when a > c_deadline then 'RED'
           when c_progress / greatest((a - c_pace_start + 1)::numeric / greatest(c_deadline - c_pace_start + 1, 1), 0.0001) >= 1.00 then 'GREEN'
           when c_progress / greatest((a - c_pace_start + 1)::numeric / greatest(c_deadline - c_pace_start + 1, 1), 0.0001) >= 0.50 then 'YELLOW'
           else 'RED' end as cc,
      case when sh >= 50.0 then 'GREEN' when a > y_end then 'RED'
           when (sh / 50.0) / greatest((a - y_start + 1)::numeric / greatest(y_end - y_start + 1, 1), 0.0001) >= 1.00 then 'GREEN'
           when (sh / 50.0) / greatest((a - y_start + 1)::numeric / greatest(y_end - y_start + 1, 1), 0.0001) >= 0.50 then 'YELLOW'
           else 'RED' end as sc,
      case when not needs_theory then null when t_last >= t_start then 'GREEN'
           when coalesce((t_last + interval '3 years' - interval '1 day')::date, (appointed_at + interval '3 years' - interval '1 day')::date) >= a then 'YELLOW'
           else 'RED' end as tc
    from z),
  n as (
    select region_id, count(*)::int as total,
      (count(*) filter (where cc = 'RED' or sc = 'RED' or tc = 'RED'))::int as red,
      (count(*) filter (where not (cc = 'RED' or sc = 'RED' or tc is not distinct from 'RED')
                          and (cc = 'YELLOW' or sc = 'YELLOW' or tc is not distinct from 'YELLOW')))::int as yellow
    from v group by region_id)
  select rg.code as key, rg.name as label, n.total, n.total - n.red - n.yellow as green, n.yellow, n.red
  from n join region rg on rg.id = n.region_id
  order by rg.code`;

interface Counts {
  key: string | null;
  label: string | null;
  total: number;
  green: number;
  yellow: number;
  red: number;
}

/** The hub's rates: share of the group's total, rounded to 4 places. */
function withRates(g: Counts) {
  const rate = (n: number) => (g.total === 0 ? 0 : Math.round((n / g.total) * 10000) / 10000);
  return { ...g, greenRate: rate(g.green), yellowRate: rate(g.yellow), redRate: rate(g.red) };
}

/**
 * R1: the compliance report of the whole province as of 2026-06-30, per region (学时达标汇总 —
 * `complianceSummary(asOf, groupBy: REGION)` as ADMIN): every active cadre's centralised,
 * self-study and theory requirements over all their records, in one statement of the engine
 * (src/reporting/compliance.repository.ts). The floor is the same counts written by hand in SQL.
 * One request at a time (a latency): compare the hub's mean with the floor's.
 */
export const R1: Scenario = {
  id: 'R1',
  title: 'complianceSummary(asOf 2026-06-30, groupBy REGION) vs hand-written SQL',
  operation: 'ComplianceSummary',
  role: 'ADMIN',
  concurrency: 1,
  async variants() {
    return [{ vars: { asOf: AS_OF, groupBy: 'REGION' }, key: { asOf: AS_OF } }];
  },
  async floor(pool, { key }) {
    const { rows } = await pool.query<Counts>(FLOOR_SQL, [key.asOf]);
    const total: Counts = { key: null, label: null, total: 0, green: 0, yellow: 0, red: 0 };
    for (const r of rows) {
      total.total += r.total;
      total.green += r.green;
      total.yellow += r.yellow;
      total.red += r.red;
    }
    return { complianceSummary: { asOf: key.asOf, groupBy: 'REGION', total: withRates(total), groups: rows.map(withRates) } };
  },
};
