import type { Scenario, Variant } from './common';

const AS_OF = '2026-06-30';

/**
 * The hand-written floor of R2: for each variant one statement written for that rule (the seeded
 * version in force since 2024-01-01, Migration20261205000000CoverageRules; README "Coverage rules"),
 * its numbers and lists as literals, asOf as $1. Each gives one row per region (code, name) with the
 * population (active, unarchived cadres of the rule's population), met, due, overdue and the colour
 * counts; the total is summed in JS. Common readings, written out in each statement:
 * - a record qualifies when it is unarchived, VERIFIED, ended on or before asOf and matches the rule's
 *   modes / class kinds / institution levels and kinds, its institution being its class's or, for a
 *   record without a class, its course's;
 * - the anchor of a cadre without a qualifying training is the later of the appointment and the plan
 *   period's start (2024-01-01);
 * - colour: RED when not met and the due date has passed, YELLOW when asOf is after the due date less
 *   the warning months, else GREEN; a SHARE rule has no colours.
 */

/**
 * 省管干部 rotation (附件5.1, ROLLING 48 months, YELLOW from 12 months before the due date): every
 * PROVINCIAL cadre; full-time training in a THEMATIC or SECTOR class at a NATIONAL institution. Met
 * while the last one + 48 months − 1 day has not passed; the due date is that day, or for the unmet
 * 48 months − 1 day after the later of the last one and the anchor.
 */
const ROLLING_SQL = `with pop as (
    select c.id, c.region_id, greatest(c.appointed_at, date '2024-01-01') as anchor
    from cadre c where c.archived_at is null and c.status = 'ACTIVE' and c.management_level = 'PROVINCIAL'),
  last as (
    select r.cadre_id, max(r.end_date) as last
    from training_record r join training_class k on k.id = r.class_id join institution i on i.id = k.institution_id
    where r.archived_at is null and r.verification_status = 'VERIFIED' and r.end_date <= $1::date
      and r.mode = 'FULL_TIME_TRAINING' and k.kind in ('THEMATIC', 'SECTOR') and i.level = 'NATIONAL'
      and r.cadre_id in (select id from pop)
    group by r.cadre_id),
  judged as (
    select p.region_id, x.met,
      (case when x.met then l.last else greatest(l.last, p.anchor) end + interval '48 months' - interval '1 day')::date as due
    from pop p left join last l on l.cadre_id = p.id
    cross join lateral (select coalesce((l.last + interval '48 months' - interval '1 day')::date >= $1::date, false) as met) x)
  select rg.code as key, rg.name as label, count(*)::int as population,
    (count(*) filter (where met))::int as met,
    (count(*) filter (where not met and due >= $1::date))::int as due,
    (count(*) filter (where not met and due < $1::date))::int as overdue,
    (count(*) filter (where (met or due >= $1::date) and $1::date <= (due - interval '12 months')::date))::int as green,
    (count(*) filter (where (met or due >= $1::date) and $1::date > (due - interval '12 months')::date))::int as yellow,
    (count(*) filter (where not met and due < $1::date))::int as red
  from judged j join region rg on rg.id = j.region_id
  group by rg.code, rg.name order by rg.code`;

/**
 * Village key roles (附件5.9, CALENDAR_YEAR, YELLOW from 1 October): 村(社区)书记, 村(居)委会主任, 驻村第一书记
 * and 工作队员; full-time training, a lecture or an online thematic class at an institution at county level
 * or above. Met by one ending this year (due by next 31 December); else due this 31 December — or, when
 * the cadre was in the population on 1 January last year (anchor on or before it) and had none ending
 * since then, OVERDUE since last 31 December. The last qualifying record per cadre through the
 * (cadre_id, end_date) index (a small population: lateral beats a scan of every record).
 */
const CALENDAR_YEAR_SQL = `with d as (
    select $1::date as a, date_trunc('year', $1::date)::date as y0, (date_trunc('year', $1::date) - interval '1 year')::date as prev0),
  pop as (
    select c.id, c.region_id, greatest(c.appointed_at, date '2024-01-01') as anchor
    from cadre c where c.archived_at is null and c.status = 'ACTIVE'
      and c.village_role in ('PARTY_SECRETARY', 'COMMITTEE_DIRECTOR', 'FIRST_SECRETARY', 'WORK_TEAM_MEMBER')),
  judged as (
    select p.region_id, coalesce(l.last >= d.y0, false) as met,
      case when coalesce(l.last >= d.y0, false) then (d.y0 + interval '2 years' - interval '1 day')::date
           when p.anchor <= d.prev0 and coalesce(l.last < d.prev0, true) then d.y0 - 1
           else (d.y0 + interval '1 year' - interval '1 day')::date end as due
    from pop p cross join d left join lateral (
      select max(r.end_date) as last
      from training_record r
        left join training_class k on k.id = r.class_id left join institution ki on ki.id = k.institution_id
        left join course co on co.id = r.course_id and r.class_id is null left join institution ci on ci.id = co.institution_id
      where r.cadre_id = p.id and r.archived_at is null and r.verification_status = 'VERIFIED' and r.end_date <= d.a
        and r.mode in ('FULL_TIME_TRAINING', 'LECTURE_BRIEFING', 'ONLINE_THEMATIC')
        and coalesce(ki.level, ci.level) in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY')) l on true)
  select rg.code as key, rg.name as label, count(*)::int as population,
    (count(*) filter (where met))::int as met,
    (count(*) filter (where not met and due >= $1::date))::int as due,
    (count(*) filter (where not met and due < $1::date))::int as overdue,
    (count(*) filter (where (met or due >= $1::date) and $1::date <= (due - interval '3 months')::date))::int as green,
    (count(*) filter (where (met or due >= $1::date) and $1::date > (due - interval '3 months')::date))::int as yellow,
    (count(*) filter (where not met and due < $1::date))::int as red
  from judged j join region rg on rg.id = j.region_id
  group by rg.code, rg.name order by rg.code`;

/**
 * SOE leadership share (附件5.3, SHARE ≥ 1/5 each calendar year, no colours): members of SOE
 * leadership teams; full-time training at a PROVINCIAL party school, cadre college or party-spirit
 * college ending this year. The unmet are DUE until 31 December (a SHARE rule is never overdue
 * mid-year: a missed year is judged on the population, not the person).
 */
const SHARE_SQL = `with pop as (
    select c.id, c.region_id from cadre c where c.archived_at is null and c.status = 'ACTIVE' and c.is_soe_leadership_member),
  trained as (
    select distinct r.cadre_id
    from training_record r
      left join training_class k on k.id = r.class_id left join institution ki on ki.id = k.institution_id
      left join course co on co.id = r.course_id and r.class_id is null left join institution ci on ci.id = co.institution_id
    where r.archived_at is null and r.verification_status = 'VERIFIED' and r.end_date <= $1::date
      and r.end_date >= date_trunc('year', $1::date)::date and r.mode = 'FULL_TIME_TRAINING'
      and coalesce(ki.level, ci.level) = 'PROVINCIAL' and coalesce(ki.kind, ci.kind) in ('PARTY_SCHOOL', 'CADRE_COLLEGE', 'PARTY_SPIRIT_COLLEGE')
      and r.cadre_id in (select id from pop))
  select rg.code as key, rg.name as label, count(*)::int as population,
    (count(t.cadre_id))::int as met, (count(*) - count(t.cadre_id))::int as due, 0 as overdue, 0 as green, 0 as yellow, 0 as red
  from pop p join region rg on rg.id = p.region_id left join trained t on t.cadre_id = p.id
  group by rg.code, rg.name order by rg.code`;

interface Counts {
  key: string | null;
  label: string | null;
  population: number;
  met: number;
  due: number;
  overdue: number;
  green: number;
  yellow: number;
  red: number;
}

interface R2Key {
  rule: string;
  asOf: string;
  sql: string;
  kind: 'PER_PERSON' | 'SHARE';
  /** SHARE: reached when met × den ≥ population × num (1/5 → 1, 5), exactly. */
  share?: { num: number; den: number; min: number };
}

/** The hub's summary group: metShare rounded to 4 places; shareReached for a SHARE rule only. */
function group(g: Counts, key: R2Key) {
  const metShare = g.population === 0 ? 0 : Math.round((g.met / g.population) * 10000) / 10000;
  const shareReached = key.share ? g.met * key.share.den >= g.population * key.share.num : null;
  return { ...g, metShare, shareReached };
}

const VARIANTS: R2Key[] = [
  { rule: 'PROVINCIAL_CAPABILITY_ROTATION', asOf: AS_OF, sql: ROLLING_SQL, kind: 'PER_PERSON' },
  { rule: 'VILLAGE_KEY_ROLES_ANNUAL', asOf: AS_OF, sql: CALENDAR_YEAR_SQL, kind: 'PER_PERSON' },
  { rule: 'SOE_LEADERSHIP_SHARE', asOf: AS_OF, sql: SHARE_SQL, kind: 'SHARE', share: { num: 1, den: 5, min: 0.2 } },
];

/**
 * R2: 培训覆盖汇总 for the whole province as of 2026-06-30, per region (`coverageSummary(rule, asOf,
 * groupBy: REGION)` as ADMIN, operation `BenchR2CoverageSummary`), issue 10 §8 (≤ 1.5× hand-written
 * SQL at the large size), one rule per variant in one statement of the coverage engine
 * (src/reporting/coverage.repository.ts): a per-person ROLLING rule over a large population (省管干部
 * rotation, every PROVINCIAL cadre, ~20 % of cadres), a per-person CALENDAR_YEAR rule (village key
 * roles: MET, DUE and OVERDUE since last 31 December) and the SHARE rule (SOE leadership members, 1/5 a
 * year). The floor is each rule's counts written by hand above. One request at a time (a latency);
 * the requests cycle through the variants.
 */
export const R2: Scenario = {
  id: 'R2',
  title: 'coverageSummary(rule, asOf 2026-06-30, groupBy REGION) vs hand-written SQL',
  operation: 'BenchR2CoverageSummary',
  role: 'ADMIN',
  concurrency: 1,
  async variants() {
    return VARIANTS.map((v): Variant => ({ vars: { rule: v.rule, asOf: v.asOf, groupBy: 'REGION' }, key: v }));
  },
  async floor(pool, { key }: { key: R2Key }) {
    const { rows } = await pool.query<Counts>(key.sql, [key.asOf]);
    const total: Counts = { key: null, label: null, population: 0, met: 0, due: 0, overdue: 0, green: 0, yellow: 0, red: 0 };
    for (const r of rows) {
      for (const f of ['population', 'met', 'due', 'overdue', 'green', 'yellow', 'red'] as const) total[f] += r[f];
    }
    return {
      coverageSummary: {
        asOf: key.asOf,
        groupBy: 'REGION',
        rule: { code: key.rule, kind: key.kind, shareMin: key.share?.min ?? null },
        total: group(total, key),
        groups: rows.map((r) => group(r, key)),
      },
    };
  },
};
