import { startHarness, type Harness } from './helpers/harness';
import { VIEWERS as V, XM_SCHOOL } from './helpers/viewers';
import { AssignmentStatisticsDocument, TrainingStatisticsDocument } from './generated/graphql';
import { decodeGlobalId } from '../src/core/read/ids';

/**
 * Statistics (issue 10 §6, 数据分析、趋势分析): every role's figures equal a truth computed here by
 * hand-written SQL over the scope DESIGN §4 gives that role; one statement per request.
 */

/** DESIGN §4's row scope per role, over `r` (training_record or training_assignment, with `cadre_id`/`class_id`) and `c` (its cadre). */
const SCOPE: Record<'ADMIN' | 'ORG_DEPT' | 'INDUSTRY_BUREAU' | 'PARTY_SCHOOL' | 'REPORTER', string> = {
  ADMIN: 'true',
  REPORTER: 'true',
  ORG_DEPT: `c.region_id in (select id from region where path like '/350000/350200/%')`,
  INDUSTRY_BUREAU: `c.sector = 'SOE'`,
  PARTY_SCHOOL: `r.class_id in (select id from training_class where institution_id = ${XM_SCHOOL})
    and c.id in (select a.cadre_id from training_assignment a join training_class k on k.id = a.class_id where k.institution_id = ${XM_SCHOOL} and a.archived_at is null)`,
};
type ErrorBody = { errors: { message: string; extensions: Record<string, unknown> }[] };
const ROLES = Object.keys(SCOPE) as (keyof typeof SCOPE)[];

describe('statistics (数据分析、趋势分析)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    // A unit whose name needs CSV quoting, with one cadre and one verified record in Xiamen.
    const [{ id: region }] = await h.sql<{ id: number }>(`select id from region where code = '350203'`);
    const [{ id: unit }] = await h.sql<{ id: number }>(`insert into unit (name, kind, region_id) values ('思明区"统计",测试局', 'GOVERNMENT_DEPT', $1) returning id`, [region]);
    const [{ id: cadre }] = await h.sql<{ id: number }>(
      `insert into cadre (name, gender, birth_date, id_card_number, unit_id, region_id, category, rank, position)
       values ('统计测试', 'MALE', '1980-01-01', '350203198001010011', $1, $2, 'TOWNSHIP_LEADER', 'OTHER', '科员') returning id`,
      [unit, region],
    );
    await h.sql(
      `insert into training_record (cadre_id, mode, title, hours, credited_hours, days, start_date, end_date) values ($1, 'FULL_TIME_TRAINING', '统计测试', 12.5, 12.5, 2, '2025-03-01', '2025-03-02')`,
      [cadre],
    );
  });
  afterAll(() => h.stop());

  const truth = (role: keyof typeof SCOPE, extra = 'true') =>
    h.sql(
      `select rg.code as region, extract(year from r.end_date)::int as year, sum(r.credited_hours)::float8 as hours, sum(r.days)::float8 as days,
         count(distinct r.cadre_id)::int as people, count(*)::int as records, round(sum(r.credited_hours) / count(distinct r.cadre_id), 2)::float8 as avg
       from training_record r join cadre c on c.id = r.cadre_id join region rg on rg.id = c.region_id
       where r.archived_at is null and r.verification_status = 'VERIFIED' and c.archived_at is null and (${SCOPE[role]}) and (${extra})
       group by 1, 2 order by 1, 2`,
    );

  const ALL_MEASURES = ['HOURS', 'DAYS', 'PEOPLE', 'RECORDS', 'AVERAGE_HOURS_PER_CADRE'] as const;

  it.each(ROLES)('trainingStatistics by region and year for %s equals the SQL truth over its scope, in one statement', async (role) => {
    const res = await h.exec(TrainingStatisticsDocument, { measures: [...ALL_MEASURES], groupBy: ['REGION', 'YEAR'] }, V[role]);
    expect(res.errors).toBeUndefined();
    expect(res.statements).toBe(1);
    const expected = await truth(role);
    expect(expected.length).toBeGreaterThan(0);
    const s = res.data!.trainingStatistics;
    expect(s.rows.map((r) => [r.keys.region!.code, Number(r.keys.year!.code), r.hours, r.days, r.people, r.records, r.averageHoursPerCadre])).toEqual(
      expected.map((e) => [e.region, e.year, e.hours, e.days, e.people, e.records, e.avg]),
    );
    expect(s.rows.every((r) => r.keys.unit === null && r.keys.mode === null)).toBe(true);
    const [all] = await h.sql(
      `select coalesce(sum(r.credited_hours), 0)::float8 as hours, count(*)::int as records, count(distinct r.cadre_id)::int as people
       from training_record r join cadre c on c.id = r.cadre_id where r.archived_at is null and r.verification_status = 'VERIFIED' and c.archived_at is null and (${SCOPE[role]})`,
    );
    expect([s.total.hours, s.total.records, s.total.people]).toEqual([all.hours, all.records, all.people]);
    expect(s.total.keys).toEqual({ region: null, unit: null, category: null, sector: null, mode: null, year: null, quarter: null, institution: null, classKind: null });
  });

  it('groups by institution and class kind with records without a class under the none group, and labels enums in Chinese', async () => {
    const res = await h.exec(TrainingStatisticsDocument, { measures: ['RECORDS'], groupBy: ['INSTITUTION', 'CLASS_KIND', 'MODE'] }, V.ORG_DEPT);
    expect(res.errors).toBeUndefined();
    const expected = await h.sql(
      `select k.institution_id as inst, k.kind, r.mode, count(*)::int as n
       from training_record r join cadre c on c.id = r.cadre_id left join training_class k on k.id = r.class_id
       where r.archived_at is null and r.verification_status = 'VERIFIED' and c.archived_at is null and (${SCOPE.ORG_DEPT})
       group by 1, 2, 3 order by 1 nulls last, 2 nulls last, 3`,
    );
    const rows = res.data!.trainingStatistics.rows;
    expect(rows.map((r) => r.records)).toEqual(expected.map((e) => e.n));
    expect(rows.map((r) => r.keys.mode!.code)).toEqual(expected.map((e) => e.mode));
    const none = rows.filter((r) => r.keys.institution!.id === null);
    expect(none.length).toBe(expected.filter((e) => e.inst === null).length);
    expect(none[0].keys.institution).toEqual({ id: null, code: null, label: '（无）' });
    expect(rows.find((r) => r.keys.mode!.code === 'FULL_TIME_TRAINING')!.keys.mode!.label).toBe('脱产培训');
    expect(rows.every((r) => r.hours === null && r.people === null)).toBe(true);
  });

  it('filters by end date, region subtree, mode and verification status; an out-of-scope region yields nothing', async () => {
    const filter = { from: '2024-01-01', to: '2025-12-31', regionCode: '350203', mode: ['FULL_TIME_TRAINING' as const, 'ONLINE_SELF_STUDY' as const] };
    const res = await h.exec(TrainingStatisticsDocument, { measures: ['HOURS', 'PEOPLE'], groupBy: ['QUARTER'], filter }, V.ADMIN);
    expect(res.errors).toBeUndefined();
    const expected = await h.sql(
      `select to_char(r.end_date, 'YYYY-"Q"Q') as q, sum(r.credited_hours)::float8 as hours, count(distinct r.cadre_id)::int as people
       from training_record r join cadre c on c.id = r.cadre_id
       where r.archived_at is null and r.verification_status = 'VERIFIED' and c.archived_at is null and r.end_date between '2024-01-01' and '2025-12-31'
         and r.mode in ('FULL_TIME_TRAINING', 'ONLINE_SELF_STUDY') and c.region_id in (select id from region where path like '%/350203/%')
       group by 1 order by 1`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(res.data!.trainingStatistics.rows.map((r) => [r.keys.quarter!.code, r.hours, r.people])).toEqual(expected.map((e) => [e.q, e.hours, e.people]));
    expect(res.data!.trainingStatistics.rows[0].keys.quarter!.label).toMatch(/^\d{4}年第[1-4]季度$/);

    const pending = await h.exec(TrainingStatisticsDocument, { measures: ['RECORDS'], groupBy: [], filter: { verificationStatus: ['PENDING', 'REJECTED'] } }, V.ADMIN);
    const [p] = await h.sql(`select count(*)::int as n from training_record r join cadre c on c.id = r.cadre_id where r.archived_at is null and c.archived_at is null and r.verification_status in ('PENDING', 'REJECTED')`);
    expect(pending.data!.trainingStatistics.rows.map((r) => r.records)).toEqual([p.n]);
    expect(pending.data!.trainingStatistics.total.records).toBe(p.n);

    const outside = await h.exec(TrainingStatisticsDocument, { measures: ['HOURS', 'PEOPLE', 'AVERAGE_HOURS_PER_CADRE'], groupBy: ['REGION'], filter: { regionCode: '350100' } }, V.ORG_DEPT);
    expect(outside.errors).toBeUndefined();
    expect(outside.data!.trainingStatistics.rows).toEqual([]);
    expect(outside.data!.trainingStatistics.total).toMatchObject({ hours: 0, people: 0, averageHoursPerCadre: null });
  });

  it.each([
    [{ measures: [], groupBy: ['REGION'] }, 'measures'],
    [{ measures: ['HOURS', 'HOURS'], groupBy: [] }, 'measures.1'],
    [{ measures: ['HOURS'], groupBy: ['REGION', 'YEAR', 'REGION'] }, 'groupBy.2'],
    [{ measures: ['HOURS'], groupBy: ['REGION', 'YEAR', 'MODE', 'UNIT', 'SECTOR'] }, 'groupBy'],
    [{ measures: ['HOURS'], groupBy: [], filter: { from: '2025-02-01', to: '2025-01-01' } }, 'filter.to'],
  ])('refuses %j with BAD_USER_INPUT at %s', async (vars, field) => {
    const res = await h.exec(TrainingStatisticsDocument, vars as never, V.ADMIN);
    expect(res.errors!.map((e) => [e.extensions!.code, e.extensions!.field])).toEqual([['BAD_USER_INPUT', field]]);
    expect(res.statements).toBe(0);
  });

  it('refuses statistics to a cadre token', async () => {
    const res = await h.exec(TrainingStatisticsDocument, { measures: ['HOURS'], groupBy: ['YEAR'] }, V.CADRE);
    expect(res.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN']);
    const a = await h.exec(AssignmentStatisticsDocument, { groupBy: ['YEAR'] }, V.CADRE);
    expect(a.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN']);
  });

  it.each(ROLES)('assignmentStatistics by unit and year for %s equals the SQL truth over its scope, in one statement', async (role) => {
    const res = await h.exec(AssignmentStatisticsDocument, { groupBy: ['UNIT', 'YEAR'] }, V[role]);
    expect(res.errors).toBeUndefined();
    expect(res.statements).toBe(1);
    const expected = await h.sql(
      `select c.unit_id as unit, extract(year from k.start_date)::int as year, count(*)::int as nominated,
         count(*) filter (where r.status <> 'NOMINATED')::int as approved,
         count(*) filter (where r.status not in ('NOMINATED', 'APPROVED'))::int as filed,
         count(*) filter (where r.status = 'ATTENDED')::int as attended,
         count(*) filter (where r.status in ('ABSENT', 'MAKEUP_REQUIRED', 'EXEMPTED'))::int as absent,
         count(*) filter (where r.status = 'MAKEUP_REQUIRED')::int as makeup,
         count(*) filter (where r.status = 'EXEMPTED')::int as exempted
       from training_assignment r join cadre c on c.id = r.cadre_id join training_class k on k.id = r.class_id
       where r.archived_at is null and k.archived_at is null and c.archived_at is null and (${SCOPE[role]})
       group by 1, 2 order by 1, 2`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const rows = res.data!.assignmentStatistics.rows;
    expect(rows.map((r) => [decodeGlobalId(r.keys.unit!.id!)!.pk, Number(r.keys.year!.code), r.nominated, r.approved, r.filed, r.attended, r.absent, r.makeupRequired, r.exempted])).toEqual(
      expected.map((e) => [e.unit, e.year, e.nominated, e.approved, e.filed, e.attended, e.absent, e.makeup, e.exempted]),
    );
    const total = res.data!.assignmentStatistics.total;
    expect(total.nominated).toBe(expected.reduce((s, e) => s + e.nominated, 0));
  });

  describe('CSV over HTTP', () => {
    const get = (path: string, token?: string) => fetch(`${h.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it('serves the statistics as UTF-8 CSV with a BOM, bilingual headers and quoted names', async () => {
      const res = await get('/reports/training-statistics.csv?measures=HOURS,PEOPLE&groupBy=UNIT,YEAR&from=2025-01-01&to=2025-12-31&region=350203', await h.token(V.ORG_DEPT));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename=training-statistics.csv');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
      const lines = text.split('\r\n');
      expect(lines[0]).toBe('单位代码 unit_code,单位 unit,年度代码 year_code,年度 year,认定学时 hours,参训人数 people');
      expect(lines.at(-1)).toBe('');
      const gql = await h.exec(TrainingStatisticsDocument, { measures: ['HOURS', 'PEOPLE'], groupBy: ['UNIT', 'YEAR'], filter: { from: '2025-01-01', to: '2025-12-31', regionCode: '350203' } }, V.ORG_DEPT);
      expect(lines.length - 2).toBe(gql.data!.trainingStatistics.rows.length);
      const quoted = lines.find((l) => l.includes('统计'));
      expect(quoted).toMatch(/^[^,]+,"思明区""统计"",测试局",2025,2025年,12\.5,1$/);
    });

    it('answers 401 without a token, 400 with a GraphQL-style error on a bad parameter, 403 to a cadre', async () => {
      const none = await get('/reports/training-statistics.csv?measures=HOURS');
      expect(none.status).toBe(401);
      const token = await h.token(V.REPORTER);
      const bad = await get('/reports/training-statistics.csv?measures=HOURS,WEIGHT&groupBy=REGION', token);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({ errors: [{ message: expect.stringContaining('WEIGHT'), extensions: { code: 'BAD_USER_INPUT', field: 'measures.1' } }] });
      const dup = await get('/reports/training-statistics.csv?measures=HOURS&groupBy=REGION,REGION', token);
      expect(((await dup.json()) as ErrorBody).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'groupBy.1' });
      const date = await get('/reports/training-statistics.csv?measures=HOURS&from=2025-13-01', token);
      expect(((await date.json()) as ErrorBody).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'from' });
      const cadre = await get('/reports/training-statistics.csv?measures=HOURS', await h.token(V.CADRE));
      expect(cadre.status).toBe(403);
    });
  });
});
