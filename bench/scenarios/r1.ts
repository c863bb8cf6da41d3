import type { Scenario } from './common';

const AS_OF = '2026-06-30';

/**
 * The same counts written by hand for the rules in force on asOf (附件1 as the plan reads it), one
 * statement, through `pg`; the rules' numbers are literals:
 * - population: active, unarchived cadres except 村(社区) secretaries, committee directors and other
 *   village cadres (outside 附件1's table since 8790bb1; 驻村第一书记 and work-team members stay in it);
 * - group: A when the rank is 厅局级, 县处级 or 四级调研员 (BUREAU_*, DIVISION_*, RESEARCHER) whatever
 *   the category, else A for the four senior categories, B for the rest;
 * - centralised training (集中培训: full-time training, centre-group study, online thematic classes,
 *   lectures): group A 550 h or 90 days within the plan period 2024-01-01 – 2028-12-31 (1,827 days),
 *   pro rata for a cadre who reached group A's levels inside it (senior_level_since after the start and
 *   not after asOf): the minimums times (2028-12-31 − that day + 1) ÷ 1,827, rounded to 0.1, paced
 *   from that day; group B 90 h or 12 days in the calendar year; within 12 months of an appointment an
 *   unmet requirement is paced from the appointment (or the entry, whichever is later) and due at the
 *   later of the window's end and the grace's last day;
 * - self-study (网络自学) 50 h in the calendar year on recognised platforms;
 * - a theory course (系统理论培训: full-time, in a MAIN / PRINCIPAL_LEADER / YOUNG_CADRE class) every
 *   3 years for principal leaders and young cadres: met within the last 3 years, else due 3 years after
 *   the last one (or the appointment): YELLOW until then, RED after;
 * - colour by pace (分色预警): expected = elapsed share of [pace start, deadline] clamped to 0–1,
 *   behind = expected − min(done share, 1); met → GREEN, past the deadline → RED, behind > 0.30 → RED,
 *   behind > 0.10 or on the deadline → YELLOW, else GREEN; a cadre is RED if any requirement is RED,
 *   else YELLOW if any is YELLOW;
 * over the records that count (unarchived, VERIFIED, ended by asOf) of the active, unarchived cadres,
 * grouped by region code. Records are summed per cadre once (centralised = every mode but online
 * self-study); divisions have the engine's operand types (numeric(7,1) minimums), so values at a
 * threshold round the same way.
 */
const FLOOR_SQL = `with d as (
    select $1::date as a, date '2024-01-01' as p0, date '2028-12-31' as p1,
      date_trunc('year', $1::date)::date as y0, (date_trunc('year', $1::date) + interval '1 year' - interval '1 day')::date as y1),
  sums as (
    select r.cadre_id,
      sum(r.credited_hours) filter (where r.mode <> 'ONLINE_SELF_STUDY' and r.end_date >= d.p0) as ph,
      sum(r.days) filter (where r.mode <> 'ONLINE_SELF_STUDY' and r.end_date >= d.p0) as pd,
      sum(r.credited_hours) filter (where r.mode <> 'ONLINE_SELF_STUDY' and r.end_date >= d.y0) as yh,
      sum(r.days) filter (where r.mode <> 'ONLINE_SELF_STUDY' and r.end_date >= d.y0) as yd,
      sum(r.credited_hours) filter (where r.mode = 'ONLINE_SELF_STUDY' and r.end_date >= d.y0
                                      and exists (select 1 from platform pf where pf.id = r.platform_id and pf.is_recognised)) as sh,
      max(r.end_date) filter (where r.mode = 'FULL_TIME_TRAINING'
                                and exists (select 1 from training_class tc where tc.id = r.class_id and tc.kind in ('MAIN', 'PRINCIPAL_LEADER', 'YOUNG_CADRE'))) as last_theory
    from training_record r, d
    where r.end_date <= d.a and r.archived_at is null and r.verification_status = 'VERIFIED'
    group by r.cadre_id),
  people as (
    select c.id, c.region_id, c.appointed_at, c.is_principal_leader or c.is_young_cadre as theory_due_for,
      (c.rank in ('BUREAU_CHIEF', 'BUREAU_DEPUTY', 'DIVISION_CHIEF', 'DIVISION_DEPUTY', 'RESEARCHER')
        or c.category in ('COUNTY_LEADER_AND_ABOVE', 'SENIOR_CIVIL_SERVANT', 'SOE_SENIOR_MANAGER', 'INSTITUTION_SENIOR_MANAGER')) as in_a,
      case when c.senior_level_since > d.p0 and c.senior_level_since <= d.a then c.senior_level_since else d.p0 end as a_from
    from cadre c, d
    where c.archived_at is null and c.status = 'ACTIVE'
      -- 附件1's table has no village cadres: secretaries, committee directors and other village cadres are not counted.
      and coalesce(c.village_role not in ('PARTY_SECRETARY', 'COMMITTEE_DIRECTOR', 'OTHER_VILLAGE_CADRE'), true)),
  due as (
    select p.id, p.region_id, p.appointed_at, p.theory_due_for, s.last_theory, coalesce(s.sh, 0) as sh,
      case when p.in_a then coalesce(s.ph, 0) else coalesce(s.yh, 0) end as hrs,
      case when p.in_a then coalesce(s.pd, 0) else coalesce(s.yd, 0) end as dys,
      case when p.in_a then round(550 * ((d.p1 - p.a_from + 1)::numeric / 1827), 1) else 90.0 end as need_h,
      case when p.in_a then round(90 * ((d.p1 - p.a_from + 1)::numeric / 1827), 1) else 12.0 end as need_d,
      case when p.in_a then p.a_from else d.y0 end as from_day,
      case when p.in_a then d.p1 else d.y1 end as to_day,
      p.appointed_at <= d.a and d.a < (p.appointed_at + interval '12 months')::date as grace
    from people p cross join d left join sums s on s.cadre_id = p.id),
  judged as (
    select u.*, (hrs >= need_h or dys >= need_d) as done, greatest(hrs / need_h, dys / need_d) as got,
      case when grace and not (hrs >= need_h or dys >= need_d) then greatest(appointed_at, from_day) else from_day end as pace_from,
      case when grace and not (hrs >= need_h or dys >= need_d) then greatest(to_day, (appointed_at + interval '12 months' - interval '1 day')::date) else to_day end as due_by
    from due u),
  lights as (
    select j.region_id,
      case when j.done then 'GREEN' when d.a > j.due_by then 'RED'
           when least(greatest((d.a - j.pace_from + 1)::numeric / greatest(j.due_by - j.pace_from + 1, 1), 0), 1) - least(j.got, 1) > 0.30 then 'RED'
           when least(greatest((d.a - j.pace_from + 1)::numeric / greatest(j.due_by - j.pace_from + 1, 1), 0), 1) - least(j.got, 1) > 0.10 or d.a = j.due_by then 'YELLOW'
           else 'GREEN' end as central,
      case when j.sh >= 50.0 then 'GREEN'
           when least(greatest((d.a - d.y0 + 1)::numeric / greatest(d.y1 - d.y0 + 1, 1), 0), 1) - least(j.sh / 50.0, 1) > 0.30 then 'RED'
           when least(greatest((d.a - d.y0 + 1)::numeric / greatest(d.y1 - d.y0 + 1, 1), 0), 1) - least(j.sh / 50.0, 1) > 0.10 or d.a = d.y1 then 'YELLOW'
           else 'GREEN' end as self,
      case when not j.theory_due_for then 'GREEN'
           when j.last_theory >= (d.a - interval '3 years' + interval '1 day')::date then 'GREEN'
           when coalesce(j.last_theory, j.appointed_at) + interval '3 years' - interval '1 day' >= d.a then 'YELLOW'
           else 'RED' end as theory
    from judged j, d),
  tally as (
    select region_id, count(*)::int as total,
      (count(*) filter (where 'RED' in (central, self, theory)))::int as red,
      (count(*) filter (where 'YELLOW' in (central, self, theory) and 'RED' not in (central, self, theory)))::int as yellow
    from lights group by region_id)
  select rg.code as key, rg.name as label, t.total, t.total - t.red - t.yellow as green, t.yellow, t.red
  from tally t join region rg on rg.id = t.region_id
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
