import { gid, type Scenario } from './common';

const MEASURES = ['HOURS', 'PEOPLE', 'RECORDS', 'AVERAGE_HOURS_PER_CADRE'];
const GROUP_BY = ['REGION', 'YEAR'];

/**
 * The same figures written by hand, one statement: the records that count (unarchived, VERIFIED) of
 * unarchived cadres, per region and year of the record's end date, plus the grand total. Records are
 * first summed per cadre, region and year (people in a region and year are then that level's rows:
 * a cadre has one region), so the distinct count over 2M records becomes a count of the per-cadre
 * rows; the total's people is the distinct cadres of those rows. Average hours per cadre to 2 places.
 */
const FLOOR_SQL = `with per as (
    select c.region_id, extract(year from r.end_date)::int as y, r.cadre_id, sum(r.credited_hours) as h, count(*) as n
    from training_record r join cadre c on c.id = r.cadre_id
    where r.archived_at is null and r.verification_status = 'VERIFIED' and c.archived_at is null
    group by c.region_id, extract(year from r.end_date), r.cadre_id),
  cells as (
    select region_id, y, sum(h) as hours, count(*)::int as people, sum(n)::int as records from per group by region_id, y),
  total as (
    select sum(h) as hours, count(distinct cadre_id)::int as people, sum(n)::int as records from per)
  select rg.id as region_id, rg.code, rg.name, x.y, x.hours, x.people, x.records, round(x.hours / nullif(x.people, 0), 2) as avg
  from cells x join region rg on rg.id = x.region_id
  union all
  select null, null, null, null, coalesce(t.hours, 0), t.people, t.records, round(t.hours / nullif(t.people, 0), 2) from total t
  order by 2 nulls first, 4`;

interface Row {
  region_id: number | null;
  code: string | null;
  name: string | null;
  y: number | null;
  hours: number;
  people: number;
  records: number;
  avg: number | null;
}

const measures = (r: Row) => ({ hours: r.hours, days: null, people: r.people, records: r.records, averageHoursPerCadre: r.avg });

/**
 * R3: 培训数据统计 for the whole province (`trainingStatistics(measures: [HOURS, PEOPLE, RECORDS,
 * AVERAGE_HOURS_PER_CADRE], groupBy: [REGION, YEAR])` as ADMIN, operation `BenchR3TrainingStatistics`):
 * every counted record of every cadre (~2M at the large size) aggregated into ~100 regions × 6 years,
 * with distinct people per cell and in the total, in one statement of src/reporting/statistics.repository.ts.
 * The floor is the same figures written by hand in SQL. One request at a time (a latency).
 */
export const R3: Scenario = {
  id: 'R3',
  title: 'trainingStatistics(HOURS, PEOPLE, RECORDS, AVERAGE_HOURS_PER_CADRE by REGION, YEAR) vs hand-written SQL',
  operation: 'BenchR3TrainingStatistics',
  role: 'ADMIN',
  concurrency: 1,
  async variants() {
    return [{ vars: { measures: MEASURES, groupBy: GROUP_BY }, key: {} }];
  },
  async floor(pool) {
    const { rows } = await pool.query<Row>(FLOOR_SQL);
    const [total, ...cells] = rows;
    return {
      trainingStatistics: {
        measures: MEASURES,
        groupBy: GROUP_BY,
        from: null,
        to: null,
        rows: cells.map((r) => ({
          keys: { region: { id: gid('Region', r.region_id), code: r.code, label: r.name }, year: { id: null, code: String(r.y), label: `${r.y}年` } },
          ...measures(r),
        })),
        total: { keys: { region: null, year: null }, ...measures(total) },
      },
    };
  },
};
