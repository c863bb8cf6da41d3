// Compliance as the plan reads it (issue 10, points 1–3): group A per plan period (2024–2028) with pro rata entry,
// colour by pace against a straight line through the period, promotion grace on the cadre's own pace, only training
// completed by asOf counting (once, in the window where it ended), and the group following rank as well as category.
import { startHarness, type Harness } from './helpers/harness';
import { AddCadreGroupRuleVersionDocument, CadreComplianceDocument, CadreGroupRulesDocument, ComplianceSummaryDocument, PlanPeriodsDocument } from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';

type Key = 'PACE_G' | 'PACE_Y' | 'PACE_Y2' | 'PACE_R' | 'ENTRY_6M' | 'ENTRY_1M' | 'PROMO_B' | 'STRADDLE' | 'RANK_A' | 'RANK_B';

/** A region tree of its own (97xxxx is not in GB/T 2260), so summaries over it count these cadres only. */
async function fixtures(h: Harness) {
  const one = async (sql: string, params: unknown[] = []) => (await h.sql<{ id: number }>(sql, params))[0].id;
  const prov = await one(`insert into region (code, name, level, path) values ('970000', '规划测试省', 'PROVINCE', '/970000/') returning id`);
  const unit = await one(`insert into unit (name, kind, region_id) values ('规划测试局', 'GOVERNMENT_DEPT', $1) returning id`, [prov]);
  let n = 0;
  const cadre = (category: string, rank: string, extra: { senior?: string; appointed?: string } = {}) =>
    one(
      `insert into cadre (name, gender, birth_date, id_card_number, unit_id, region_id, category, rank, position, appointed_at, senior_level_since)
       values ($1, 'FEMALE', '1976-06-06', $2, $3, $4, $5, $6, '测试', $7, $8) returning id`,
      [`规划${++n}`, `97000019760606${String(n).padStart(3, '0')}2`, unit, prov, category, rank, extra.appointed ?? null, extra.senior ?? null],
    );
  const pk: Record<Key, number> = {
    PACE_G: await cadre('COUNTY_LEADER_AND_ABOVE', 'DIVISION_DEPUTY'),
    PACE_Y: await cadre('COUNTY_LEADER_AND_ABOVE', 'DIVISION_DEPUTY'),
    PACE_Y2: await cadre('COUNTY_LEADER_AND_ABOVE', 'DIVISION_DEPUTY'),
    PACE_R: await cadre('COUNTY_LEADER_AND_ABOVE', 'DIVISION_DEPUTY'),
    ENTRY_6M: await cadre('COUNTY_LEADER_AND_ABOVE', 'DIVISION_DEPUTY', { senior: '2026-01-01' }),
    ENTRY_1M: await cadre('COUNTY_LEADER_AND_ABOVE', 'DIVISION_DEPUTY', { senior: '2026-06-01' }),
    PROMO_B: await cadre('TOWNSHIP_LEADER', 'SECTION_CHIEF', { appointed: '2026-04-30' }),
    STRADDLE: await cadre('JUNIOR_CIVIL_SERVANT', 'PRINCIPAL_STAFF'),
    RANK_A: await cadre('TOWNSHIP_LEADER', 'RESEARCHER'),
    RANK_B: await cadre('TOWNSHIP_LEADER', 'SECTION_CHIEF'),
  };
  const record = (c: Key, mode: string, hours: number, days: number, start: string, end: string) =>
    h.sql(
      `insert into training_record (cadre_id, mode, title, hours, credited_hours, days, start_date, end_date) values ($1, $2, '规划测试', $3, $3, $4, $5, $6)`,
      [pk[c], mode, hours, days, start, end],
    );
  // 2026-06-30 is day 912 of the period's 1,827: 49.92% due. GREEN needs ≥ 39.92% done (219.55 h), RED below 19.92% (109.55 h).
  await record('PACE_G', 'CENTER_GROUP_STUDY', 219.6, 0, '2025-01-01', '2025-03-31');
  await record('PACE_Y', 'CENTER_GROUP_STUDY', 219.5, 0, '2025-01-01', '2025-03-31');
  await record('PACE_Y2', 'CENTER_GROUP_STUDY', 109.6, 0, '2025-01-01', '2025-03-31');
  await record('PACE_R', 'CENTER_GROUP_STUDY', 109.5, 0, '2025-01-01', '2025-03-31');
  await record('STRADDLE', 'FULL_TIME_TRAINING', 42, 7, '2025-12-28', '2026-01-03');
  await record('STRADDLE', 'FULL_TIME_TRAINING', 60, 10, '2026-06-25', '2026-07-04');
  const id = Object.fromEntries(Object.entries(pk).map(([k, v]) => [k, toGlobalId('Cadre', v)])) as Record<Key, string>;
  return { id };
}

describe('compliance as the plan reads it (规划期、进度、折算、只计已完成培训、按职级分组)', () => {
  let h: Harness;
  let f: Awaited<ReturnType<typeof fixtures>>;
  beforeAll(async () => {
    h = await startHarness();
    f = await fixtures(h);
  });
  afterAll(() => h.stop());

  const compliance = async (key: Key, asOf: string, view: 'PLAN_PERIOD' | 'ROLLING' = 'PLAN_PERIOD') => {
    const res = await h.exec(CadreComplianceDocument, { id: f.id[key], asOf, view });
    expect(res.errors).toBeUndefined();
    return res.data!.cadre.compliance!;
  };

  it('reads the plan period as data', async () => {
    const all = await h.exec(PlanPeriodsDocument, {});
    expect(all.data!.planPeriods.map((p) => [p.code, p.startDate, p.endDate])).toEqual([['2024-2028', '2024-01-01', '2028-12-31']]);
    expect((await h.exec(PlanPeriodsDocument, { asOf: '2028-12-31' })).data!.planPeriods).toHaveLength(1);
    expect((await h.exec(PlanPeriodsDocument, { asOf: '2029-01-01' })).data!.planPeriods).toEqual([]);
  });

  it('counts group A over the plan period and colours it by pace at the thresholds', async () => {
    const g = await compliance('PACE_G', '2026-06-30');
    expect(g.centralized).toMatchObject({
      planPeriod: '2024-2028',
      windowStart: '2024-01-01',
      windowEnd: '2028-12-31',
      deadline: '2028-12-31',
      paceFrom: '2024-01-01',
      periodShare: 1,
      requiredHours: 550,
      hours: 219.6,
      expectedProgress: 0.4992,
      progress: 0.3993,
      met: false,
      colour: 'GREEN',
    });
    // Behind by just over 0.10 of the requirement → YELLOW; by 0.2999 still YELLOW; by just over 0.30 → RED.
    expect((await compliance('PACE_Y', '2026-06-30')).centralized).toMatchObject({ hours: 219.5, colour: 'YELLOW' });
    expect((await compliance('PACE_Y2', '2026-06-30')).centralized).toMatchObject({ hours: 109.6, colour: 'YELLOW' });
    expect((await compliance('PACE_R', '2026-06-30')).centralized).toMatchObject({ hours: 109.5, colour: 'RED' });
    const r = await compliance('PACE_R', '2026-06-30');
    expect(r.reasons).toContain('按进度（2024-01-01 至 2028-12-31）截至统计日应完成49.9%，已完成19.9% (pace: 49.9% due by now, 19.9% done)');
    // The same hours read over the rolling five years are due in full today: RED.
    expect((await compliance('PACE_G', '2026-06-30', 'ROLLING')).centralized).toMatchObject({ windowStart: '2021-07-01', planPeriod: null, colour: 'RED' });
    // Past the period's end unmet: outside any plan period the rule falls back to the rolling years.
    expect((await compliance('PACE_G', '2029-01-01')).centralized).toMatchObject({ planPeriod: null, windowStart: '2024-01-02', colour: 'RED' });
  });

  it('prorates the requirement for a cadre who reached group A within the period, paced from that day', async () => {
    // 1,096 of 1,827 days in group A: 59.99% of 550 h / 90 days.
    const c = await compliance('ENTRY_6M', '2026-06-30');
    expect(c.centralized).toMatchObject({ periodShare: 0.5999, requiredHours: 329.9, requiredDays: 54, paceFrom: '2026-01-01', expectedProgress: 0.1651, hours: 0, colour: 'YELLOW' });
    expect(c.reasons).toContain('2026-01-01起进入甲类，规划期要求按60%折算为329.9学时或54天 (entered group A within the plan period: requirement prorated to 60%)');
    // Entered a month ago with nothing yet (945 of 1,827 days left: 51.72%; 30 of them past): on track, not RED from day one.
    expect((await compliance('ENTRY_1M', '2026-06-30')).centralized).toMatchObject({ periodShare: 0.5172, requiredHours: 284.5, paceFrom: '2026-06-01', expectedProgress: 0.0317, colour: 'GREEN' });
    // Before the day it entered, the whole period applies.
    expect((await compliance('ENTRY_1M', '2026-05-31')).centralized).toMatchObject({ periodShare: 1, requiredHours: 550, paceFrom: '2024-01-01' });
  });

  it('gives a promoted cadre its own pace to the one-year deadline: not RED two months in, RED when behind it', async () => {
    const c = await compliance('PROMO_B', '2026-06-30');
    expect(c.cadreGroup).toBe('B');
    // 62 of the 365 grace days are due (17%); nothing done: behind by 0.17 → YELLOW, not RED.
    expect(c.centralized).toMatchObject({ promoted: true, deadline: '2027-04-29', paceFrom: '2026-04-30', expectedProgress: 0.1699, hours: 0, colour: 'YELLOW' });
    expect(c.reasons).toContain('新提任干部须在任职后一年内达标，期限2027-04-29 (promoted cadre: due within one year of appointment, by 2027-04-29)');
    // Seven months in, 59% due and nothing done: behind its own pace → RED.
    expect((await compliance('PROMO_B', '2026-12-01')).centralized).toMatchObject({ promoted: true, expectedProgress: 0.5918, colour: 'RED' });
  });

  it('counts a class only once it has ended, in the year where it ended', async () => {
    // 2025-12-28 → 2026-01-03: not in 2025 (unfinished on 31 December), in 2026 once ended.
    expect((await compliance('STRADDLE', '2025-12-31')).centralized).toMatchObject({ windowStart: '2025-01-01', hours: 0, days: 0 });
    expect((await compliance('STRADDLE', '2026-01-02')).centralized).toMatchObject({ windowStart: '2026-01-01', hours: 0, days: 0 });
    expect((await compliance('STRADDLE', '2026-01-03')).centralized).toMatchObject({ hours: 42, days: 7 });
    // 2026-06-25 → 07-04 runs across asOf 2026-06-30: not yet counted; counted on the day it ends, and then met.
    expect((await compliance('STRADDLE', '2026-06-30')).centralized).toMatchObject({ hours: 42, days: 7, met: false });
    expect((await compliance('STRADDLE', '2026-07-03')).centralized).toMatchObject({ hours: 42, days: 7, met: false });
    expect((await compliance('STRADDLE', '2026-07-04')).centralized).toMatchObject({ hours: 102, days: 17, met: true, satisfiedBy: 'HOURS' });
    // Read in 2027, neither counts again.
    expect((await compliance('STRADDLE', '2027-01-05')).centralized).toMatchObject({ hours: 0 });
  });

  it('places a 乡科级 leader holding the rank 四级调研员 or above in group A, and says why', async () => {
    const a = await compliance('RANK_A', '2026-06-30');
    expect(a).toMatchObject({ cadreGroup: 'A', groupBasis: 'RANK' });
    expect(a.centralized).toMatchObject({ requiredHours: 550, planPeriod: '2024-2028' });
    expect(a.reasons![0]).toBe('分组：职级“调研员(一级至四级)”归甲类（附件1注：四级调研员及相当层次以上职级，含同时担任乡科级党政领导职务的干部） (group A by rank)');
    const b = await compliance('RANK_B', '2026-06-30');
    expect(b).toMatchObject({ cadreGroup: 'B', groupBasis: 'CATEGORY' });
    expect(b.centralized).toMatchObject({ requiredHours: 90, windowStart: '2026-01-01' });
    expect(b.reasons![0]).toBe('分组：干部类别“乡科级党政领导干部”归乙类 (group B by category)');
    // A 县处级 rank with a group-A category: the category already places the cadre, so that is the basis given.
    expect(await compliance('PACE_G', '2026-06-30')).toMatchObject({ cadreGroup: 'A', groupBasis: 'CATEGORY' });
  });

  it('the summary counts the same colours as the per-cadre field, in one statement', async () => {
    const asOf = '2026-06-30';
    const keys = Object.keys(f.id) as Key[];
    const colours = await Promise.all(keys.map(async (k) => (await compliance(k, asOf)).colour));
    const res = await h.exec(ComplianceSummaryDocument, { groupBy: 'CATEGORY', asOf, filter: { regionCode: '970000' } });
    expect(res.errors).toBeUndefined();
    const t = res.data!.complianceSummary.total;
    expect([t.total, t.green, t.yellow, t.red]).toEqual([keys.length, ...['GREEN', 'YELLOW', 'RED'].map((c) => colours.filter((x) => x === c).length)]);
    expect(res.statements).toBe(1);
  });

  it('the category and rank tables are versioned rule data: ending a rank\'s rule moves its cadres from that day', async () => {
    const inForce = await h.exec(CadreGroupRulesDocument, { asOf: '2026-06-30' });
    expect(inForce.errors).toBeUndefined();
    const rules = inForce.data!.cadreGroupRules;
    expect(rules.filter((r) => r.basis === 'RANK').map((r) => [r.key, r.cadreGroup])).toEqual([
      ['BUREAU_CHIEF', 'A'],
      ['BUREAU_DEPUTY', 'A'],
      ['DIVISION_CHIEF', 'A'],
      ['DIVISION_DEPUTY', 'A'],
      ['RESEARCHER', 'A'],
    ]);
    expect(rules.filter((r) => r.basis === 'CATEGORY')).toHaveLength(8);
    expect(rules.find((r) => r.key === 'TOWNSHIP_LEADER')).toMatchObject({ cadreGroup: 'B', label: '乡科级党政领导干部', validFrom: '2000-01-01', validTo: null });

    const bad = await h.exec(AddCadreGroupRuleVersionDocument, { input: { basis: 'RANK', category: 'TOWNSHIP_LEADER', cadreGroup: 'A', validFrom: '2027-01-01' } });
    expect(bad.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'input.rank']]);
    const all = await h.exec(AddCadreGroupRuleVersionDocument, { input: { basis: 'CATEGORY', category: 'TOWNSHIP_LEADER', cadreGroup: 'ALL', validFrom: '2027-01-01' } });
    expect(all.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'input.cadreGroup']]);

    const ended = await h.exec(AddCadreGroupRuleVersionDocument, { input: { basis: 'RANK', rank: 'RESEARCHER', cadreGroup: null, validFrom: '2027-01-01', note: '测试：职级不再决定分组' } });
    expect(ended.errors).toBeUndefined();
    expect(ended.data!.addCadreGroupRuleVersion).toEqual({ rule: null, previous: { basis: 'RANK', key: 'RESEARCHER', cadreGroup: 'A', validFrom: '2000-01-01', validTo: '2027-01-01' } });
    expect(await compliance('RANK_A', '2026-12-31')).toMatchObject({ cadreGroup: 'A', groupBasis: 'RANK' });
    expect(await compliance('RANK_A', '2027-01-01')).toMatchObject({ cadreGroup: 'B', groupBasis: 'CATEGORY' });
    // Versions go in date order, and a rule that is not in force cannot be ended.
    const again = await h.exec(AddCadreGroupRuleVersionDocument, { input: { basis: 'RANK', rank: 'RESEARCHER', cadreGroup: null, validFrom: '2027-06-01' } });
    expect(again.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'input.cadreGroup']]);
    const early = await h.exec(AddCadreGroupRuleVersionDocument, { input: { basis: 'RANK', rank: 'RESEARCHER', cadreGroup: 'A', validFrom: '2026-01-01' } });
    expect(early.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['CONFLICT', 'input.validFrom']]);
    expect(await compliance('RANK_A', '2026-06-30')).toMatchObject({ cadreGroup: 'A' });
    // Restored later: the rank decides again.
    const restored = await h.exec(AddCadreGroupRuleVersionDocument, { input: { basis: 'RANK', rank: 'RESEARCHER', cadreGroup: 'A', validFrom: '2028-01-01' } });
    expect(restored.data!.addCadreGroupRuleVersion.rule).toMatchObject({ key: 'RESEARCHER', cadreGroup: 'A', validFrom: '2028-01-01', validTo: null });
    expect(await compliance('RANK_A', '2028-01-01')).toMatchObject({ cadreGroup: 'A', groupBasis: 'RANK' });
  });

  it('leaves village cadres outside the hours table, but not the civil servants sent to a village', async () => {
    const one = async (sql: string, params: unknown[] = []) => (await h.sql<{ id: number }>(sql, params))[0].id;
    const [unit] = await h.sql<{ id: number; region_id: number }>(`select id, region_id from unit where name = '规划测试局'`);
    const add = (n: number, role: string, category: string, rank: string) =>
      one(
        `insert into cadre (name, gender, birth_date, id_card_number, unit_id, region_id, category, rank, position, village_role)
         values ($1, 'MALE', '1980-01-01', $2, $3, $4, $5, $6, '村干部', $7) returning id`,
        [`村干部${n}`, `97000019800101${String(n).padStart(3, '0')}3`, unit.id, unit.region_id, category, rank, role],
      );
    const secretary = await add(1, 'PARTY_SECRETARY', 'SOE_OTHER_MANAGER', 'OTHER');
    const firstSecretary = await add(2, 'FIRST_SECRETARY', 'JUNIOR_CIVIL_SERVANT', 'PRINCIPAL_STAFF');
    const read = async (pk: number) => (await h.exec(CadreComplianceDocument, { id: toGlobalId('Cadre', pk), asOf: '2026-06-30' })).data!.cadre.compliance;
    expect(await read(secretary)).toBeNull();
    expect(await read(firstSecretary)).toMatchObject({ cadreGroup: 'B' });
    const res = await h.exec(ComplianceSummaryDocument, { groupBy: 'CATEGORY', asOf: '2026-06-30', filter: { regionCode: '970000' } });
    expect(res.data!.complianceSummary.total.total).toBe(Object.keys(f.id).length + 1);
  });
});
