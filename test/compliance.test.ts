// The arithmetic of the hours rules at their exact thresholds and window edges. Group A's five-year rule is read per
// plan period by default (test/compliance-plan.test.ts); the window-edge cases here use the rolling view, which keeps
// the five years ending on asOf.
import { startHarness, type Harness } from './helpers/harness';
import {
  AddComplianceRuleVersionDocument,
  CadreComplianceDocument,
  CadreLearningMapDocument,
  CadresCompliancePageDocument,
  ComplianceRulesDocument,
  ComplianceSummaryDocument,
  OverdueCadresDocument,
} from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';

type Key = 'A550' | 'A549' | 'AEDGE' | 'B12D' | 'B89' | 'PROMO' | 'LEADER';

/**
 * A hand-built scenario in a region tree of its own (96xxxx is not in GB/T 2260): seven cadres whose
 * hours sit exactly on the plan's thresholds and window edges, so every figure below is known.
 */
async function fixtures(h: Harness) {
  const one = async (sql: string, params: unknown[] = []) => (await h.sql<{ id: number }>(sql, params))[0].id;
  const prov = await one(`insert into region (code, name, level, path) values ('960000', '合规测试省', 'PROVINCE', '/960000/') returning id`);
  const cityA = await one(`insert into region (code, name, level, parent_id, path) values ('960100', '合规甲市', 'CITY', $1, '/960000/960100/') returning id`, [prov]);
  const cityB = await one(`insert into region (code, name, level, parent_id, path) values ('960200', '合规乙市', 'CITY', $1, '/960000/960200/') returning id`, [prov]);
  const unit = await one(`insert into unit (name, kind, region_id) values ('合规测试局', 'GOVERNMENT_DEPT', $1) returning id`, [cityA]);
  const rec = await one(`insert into platform (code, name, owner, is_recognised) values ('CMP-REC', '认可网院', '测试组织部', true) returning id`);
  const unrec = await one(`insert into platform (code, name, owner, is_recognised) values ('CMP-UNREC', '未认可平台', '某公司', false) returning id`);
  const inst = await one(`insert into institution (name, kind, level, region_id) values ('合规测试党校', 'PARTY_SCHOOL', 'PROVINCIAL', $1) returning id`, [prov]);
  const klass = await one(
    `insert into training_class (institution_id, name, kind, semester, start_date, end_date, days, capacity)
     values ($1, '合规主体班', 'MAIN', '2022-SPRING', '2022-06-01', '2022-06-05', 5, 50) returning id`,
    [inst],
  );
  const course = await one(`insert into course (title, category, method, format, hours, institution_id) values ('合规理论课', 'THEORY', 'LECTURE', 'IN_PERSON', 6, $1) returning id`, [inst]);
  const tcase = await one(
    `insert into teaching_case (title, themes, summary, body, institution_id, year) values ('合规案例', '{四下基层,晋江经验}', '摘要', '正文', $1, 2024) returning id`,
    [inst],
  );
  await h.sql(`insert into course_case (course_id, case_id) values ($1, $2)`, [course, tcase]);
  let n = 0;
  const cadre = (name: string, category: string, extra: { region?: number; appointed?: string; principal?: boolean } = {}) =>
    one(
      `insert into cadre (name, gender, birth_date, id_card_number, unit_id, region_id, category, rank, position, appointed_at, is_principal_leader)
       values ($1, 'MALE', '1975-05-05', $2, $3, $4, $5, 'OTHER', '测试', $6, $7) returning id`,
      [name, `96010019750505${String(++n).padStart(3, '0')}1`, unit, extra.region ?? cityA, category, extra.appointed ?? null, extra.principal ?? false],
    );
  const pk: Record<Key, number> = {
    A550: await cadre('正好五百五', 'COUNTY_LEADER_AND_ABOVE'),
    A549: await cadre('差半学时', 'SENIOR_CIVIL_SERVANT'),
    AEDGE: await cadre('窗口边界', 'SOE_SENIOR_MANAGER', { region: cityB }),
    B12D: await cadre('十二天', 'TOWNSHIP_LEADER'),
    B89: await cadre('八十九个半', 'JUNIOR_CIVIL_SERVANT'),
    PROMO: await cadre('新提任', 'COUNTY_LEADER_AND_ABOVE', { appointed: '2025-03-15' }),
    LEADER: await cadre('一把手', 'TOWNSHIP_LEADER', { appointed: '2020-01-01', principal: true }),
  };
  // Plausible records (Migration20261203000000RecordPlausibility): days fit in the dates, at most 24 hours per training day
  // (days when above 0, else calendar days). Only end dates place a record in a window.
  const record = (c: Key, mode: string, hours: number, days: number, start: string, end: string, more: { platform?: number; klass?: number; course?: number } = {}) =>
    h.sql(
      `insert into training_record (cadre_id, mode, title, hours, credited_hours, days, start_date, end_date, platform_id, class_id, course_id)
       values ($1, $2, '合规测试', $3, $3, $4, $5, $6, $7, $8, $9)`,
      [pk[c], mode, hours, days, start, end, more.platform ?? null, more.klass ?? null, more.course ?? null],
    );
  await record('A550', 'FULL_TIME_TRAINING', 500, 80, '2021-01-30', '2021-04-19');
  await record('A550', 'CENTER_GROUP_STUDY', 50, 0, '2025-01-04', '2025-01-10');
  await record('A550', 'ONLINE_SELF_STUDY', 50, 0, '2025-01-26', '2025-02-01', { platform: rec });
  await record('A549', 'FULL_TIME_TRAINING', 549.5, 70, '2024-03-02', '2024-05-10');
  await record('A549', 'ONLINE_SELF_STUDY', 50, 0, '2025-01-26', '2025-02-01', { platform: rec });
  await record('AEDGE', 'FULL_TIME_TRAINING', 300, 50, '2020-01-11', '2020-02-29');
  await record('AEDGE', 'FULL_TIME_TRAINING', 100, 10, '2020-02-18', '2020-02-28');
  await record('B12D', 'FULL_TIME_TRAINING', 60, 12, '2025-03-03', '2025-03-14', { course });
  await record('B12D', 'FULL_TIME_TRAINING', 40, 5, '2024-12-20', '2024-12-30');
  await record('B12D', 'ONLINE_SELF_STUDY', 30, 0, '2025-03-29', '2025-04-01', { platform: rec });
  await record('B12D', 'ONLINE_SELF_STUDY', 40, 0, '2025-03-28', '2025-04-02', { platform: unrec });
  await record('B89', 'LECTURE_BRIEFING', 89.5, 11, '2025-05-01', '2025-05-11');
  await record('PROMO', 'FULL_TIME_TRAINING', 100, 10, '2024-10-01', '2024-10-10');
  await record('LEADER', 'FULL_TIME_TRAINING', 30, 5, '2022-06-01', '2022-06-05', { klass });
  const id = Object.fromEntries(Object.entries(pk).map(([k, v]) => [k, toGlobalId('Cadre', v)])) as Record<Key, string>;
  return { id, course: toGlobalId('Course', course), inst: toGlobalId('Institution', inst) };
}

describe('compliance (学时达标、分色预警)', () => {
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

  it('exactly 550 hours in five years meets group A by hours (rolling view)', async () => {
    const c = await compliance('A550', '2025-06-30', 'ROLLING');
    expect(c.cadreGroup).toBe('A');
    expect(c.view).toBe('ROLLING');
    expect(c.groupBasis).toBe('CATEGORY');
    expect(c.centralized).toEqual({
      requiredHours: 550,
      requiredDays: 90,
      hours: 550,
      days: 80,
      remainingHours: 0,
      remainingDays: 0,
      satisfiedBy: 'HOURS',
      met: true,
      windowStart: '2020-07-01',
      windowEnd: '2025-06-30',
      deadline: '2025-06-30',
      planPeriod: null,
      periodShare: 1,
      progress: 1,
      expectedProgress: 1,
      paceFrom: '2020-07-01',
      promoted: false,
      colour: 'GREEN',
    });
    // 181 of 2025's 365 days are due by 30 June.
    expect(c.selfStudy).toEqual({
      requiredHours: 50,
      hours: 50,
      remainingHours: 0,
      met: true,
      windowStart: '2025-01-01',
      windowEnd: '2025-12-31',
      progress: 1,
      expectedProgress: 0.4959,
      colour: 'GREEN',
    });
    expect(c.theoryTraining).toBeNull();
    expect(c.colour).toBe('GREEN');
    expect(c.deadline).toBeNull();
    expect(c.reasons![0]).toBe('分组：干部类别“县处级以上党政领导干部”归甲类 (group A by category)');
    expect(c.reasons![1]).toBe('集中培训已达标：2020-07-01 至 2025-06-30累计550学时、80天，按学时满足550学时或90天的要求 (centralized training met by hours)');
  });

  it('549.5 hours is half an hour short: not met, yellow on its deadline (rolling view)', async () => {
    const c = await compliance('A549', '2025-06-30', 'ROLLING');
    expect(c.centralized).toMatchObject({ hours: 549.5, days: 70, remainingHours: 0.5, remainingDays: 20, satisfiedBy: null, met: false, colour: 'YELLOW', deadline: '2025-06-30' });
    expect(c.colour).toBe('YELLOW');
    expect(c.deadline).toBe('2025-06-30');
    expect(c.reasons![1]).toBe('集中培训未达标：2020-07-01 至 2025-06-30累计549.5学时、70天，要求550学时或90天，尚差0.5学时或20天 (centralized training short by 0.5 h or 20 days)');
    expect(c.reasons![2]).toBe('按进度（2020-07-01 至 2025-06-30）截至统计日应完成100%，已完成99.9% (pace: 100% due by now, 99.9% done)');
  });

  it('the rolling five-year window starts the day after asOf minus five years, leap days included', async () => {
    // asOf 2025-02-28 → window from 2020-02-29: the record ending on the leap day counts, the one ending the day before does not.
    expect((await compliance('AEDGE', '2025-02-28', 'ROLLING')).centralized).toMatchObject({ windowStart: '2020-02-29', hours: 300, days: 50 });
    expect((await compliance('AEDGE', '2025-02-27', 'ROLLING')).centralized).toMatchObject({ windowStart: '2020-02-28', hours: 400, days: 60 });
    expect((await compliance('AEDGE', '2025-03-01', 'ROLLING')).centralized).toMatchObject({ windowStart: '2020-03-02', hours: 0, days: 0, colour: 'RED' });
    // From a leap day, five years back lands on 28 February.
    expect((await compliance('AEDGE', '2024-02-29', 'ROLLING')).centralized).toMatchObject({ windowStart: '2019-03-01', hours: 400 });
    // In the plan view the window is the plan period whatever asOf: nothing of 2020 counts.
    expect((await compliance('AEDGE', '2025-02-28')).centralized).toMatchObject({ windowStart: '2024-01-01', windowEnd: '2028-12-31', planPeriod: '2024-2028', hours: 0 });
  });

  it('12 days satisfy group B although 60 hours are short of 90; last year does not count', async () => {
    const c = await compliance('B12D', '2025-06-30');
    expect(c.cadreGroup).toBe('B');
    expect(c.centralized).toMatchObject({ requiredHours: 90, requiredDays: 12, hours: 60, days: 12, remainingHours: 0, remainingDays: 0, satisfiedBy: 'DAYS', met: true, windowStart: '2025-01-01', windowEnd: '2025-12-31' });
  });

  it('self-study from an unrecognised platform does not count', async () => {
    const c = await compliance('B12D', '2025-06-30');
    // 60% done, 49.6% due by 30 June: ahead of the line.
    expect(c.selfStudy).toMatchObject({ hours: 30, remainingHours: 20, met: false, progress: 0.6, expectedProgress: 0.4959, colour: 'GREEN' });
    expect(c.deadline).toBe('2025-12-31');
    expect(c.reasons![2]).toBe('网络自学未达标：认可平台30学时，要求50学时，尚差20学时，期限2025-12-31；未认可平台的学时不计入 (self-study short by 20 h; unrecognised platforms do not count)');
    // On the last day of the year 60% leaves the cadre 40% behind: more than the red share (0.3).
    expect((await compliance('B12D', '2025-12-31')).selfStudy).toMatchObject({ expectedProgress: 1, colour: 'RED' });
    // On 1 January nothing is done and almost nothing is due yet: on track (the old ratio reading made everyone RED that day).
    expect((await compliance('B12D', '2026-01-01')).selfStudy).toMatchObject({ hours: 0, expectedProgress: 0.0027, colour: 'GREEN' });
  });

  it('89.5 hours in 11 days by mid-year is on pace but not met', async () => {
    const c = await compliance('B89', '2025-06-30');
    expect(c.centralized).toMatchObject({ hours: 89.5, days: 11, remainingHours: 0.5, remainingDays: 1, met: false, colour: 'GREEN', deadline: '2025-12-31' });
    expect(c.selfStudy).toMatchObject({ hours: 0, colour: 'RED' });
    expect(c.colour).toBe('RED');
  });

  it('a cadre promoted before meeting the requirement has one year from appointment (rolling view)', async () => {
    const c = await compliance('PROMO', '2025-06-30', 'ROLLING');
    // Pace from the appointment: 108 of the grace year's 365 days are due (29.6%), 100 of 550 hours done (18.2%).
    expect(c.centralized).toMatchObject({ hours: 100, met: false, promoted: true, deadline: '2026-03-14', paceFrom: '2025-03-15', expectedProgress: 0.2959, progress: 0.1818, colour: 'YELLOW' });
    expect(c.reasons![3]).toBe('新提任干部须在任职后一年内达标，期限2026-03-14 (promoted cadre: due within one year of appointment, by 2026-03-14)');
    const after = await compliance('PROMO', '2026-03-15', 'ROLLING');
    expect(after.centralized).toMatchObject({ promoted: false, deadline: '2026-03-15', colour: 'RED' });
  });

  it('principal leaders report systematic theory training every three years', async () => {
    expect((await compliance('LEADER', '2025-06-04')).theoryTraining).toEqual({ cycleYears: 3, lastCompletedAt: '2022-06-05', dueBy: '2025-06-04', met: true, colour: 'GREEN' });
    expect((await compliance('LEADER', '2025-06-05')).theoryTraining).toEqual({ cycleYears: 3, lastCompletedAt: '2022-06-05', dueBy: '2025-06-04', met: false, colour: 'RED' });
  });

  it('summarises colours per category in SQL, with rates and a total', async () => {
    const res = await h.exec(ComplianceSummaryDocument, { groupBy: 'CATEGORY', asOf: '2025-06-30', filter: { regionCode: '960000' } });
    expect(res.errors).toBeUndefined();
    const s = res.data!.complianceSummary;
    expect(s.total).toEqual({ key: null, label: null, total: 7, green: 2, yellow: 1, red: 4, greenRate: 0.2857, yellowRate: 0.1429, redRate: 0.5714 });
    expect(s.groups!.map((g) => [g.key, g.label, g.total, g.green, g.yellow, g.red])).toEqual([
      ['COUNTY_LEADER_AND_ABOVE', '县处级以上党政领导干部', 2, 0, 1, 1],
      ['JUNIOR_CIVIL_SERVANT', '一级主任科员及以下职级公务员', 1, 0, 0, 1],
      ['SENIOR_CIVIL_SERVANT', '四级调研员及以上职级公务员', 1, 1, 0, 0],
      ['SOE_SENIOR_MANAGER', '国有企业相当职务层次以上领导人员', 1, 0, 0, 1],
      ['TOWNSHIP_LEADER', '乡科级党政领导干部', 2, 1, 0, 1],
    ]);
    const byRegion = await h.exec(ComplianceSummaryDocument, { groupBy: 'REGION', asOf: '2025-06-30', filter: { regionCode: '960000' } });
    expect(byRegion.data!.complianceSummary.groups!.map((g) => [g.key, g.label, g.total, g.red])).toEqual([
      ['960100', '合规甲市', 6, 3],
      ['960200', '合规乙市', 1, 1],
    ]);
    expect(byRegion.statements).toBe(1);
  });

  it('lists the cadres to notify, most urgent first', async () => {
    const res = await h.exec(OverdueCadresDocument, { asOf: '2025-06-30', filter: { regionCode: '960000' }, first: 10 });
    expect(res.errors).toBeUndefined();
    const list = res.data!.overdueCadres;
    expect(list.totalCount).toBe(5);
    expect(list.nodes!.map((n) => [n.cadre!.name, n.colour, n.deadline])).toEqual([
      ['一把手', 'RED', '2025-06-04'],
      ['窗口边界', 'RED', '2025-12-31'],
      ['新提任', 'RED', '2025-12-31'],
      ['八十九个半', 'RED', '2025-12-31'],
      ['正好五百五', 'YELLOW', '2028-12-31'],
    ]);
    const page2 = await h.exec(OverdueCadresDocument, { asOf: '2025-06-30', filter: { regionCode: '960000' }, first: 2, offset: 4 });
    expect(page2.data!.overdueCadres.totalCount).toBe(5);
    expect(page2.data!.overdueCadres.nodes!.map((n) => n.cadre!.name)).toEqual(['正好五百五']);
  });

  it('draws the learning map by year, mode, category and theme', async () => {
    const res = await h.exec(CadreLearningMapDocument, { id: f.id.B12D, from: '2024-01-01', to: '2025-12-31' });
    expect(res.errors).toBeUndefined();
    const m = res.data!.cadre.learningMap!;
    expect(m.totalHours).toBe(170);
    expect(m.byYear).toEqual([
      { key: '2024', label: '2024年', hours: 40, records: 1 },
      { key: '2025', label: '2025年', hours: 130, records: 3 },
    ]);
    expect(m.byMode).toEqual([
      { key: 'FULL_TIME_TRAINING', label: '脱产培训', hours: 100, records: 2 },
      { key: 'ONLINE_SELF_STUDY', label: '网络自学', hours: 70, records: 2 },
    ]);
    expect(m.byCategory).toEqual([
      { key: 'THEORY', label: '理论教育', hours: 60, records: 1 },
      { key: 'UNCLASSIFIED', label: '未分类', hours: 110, records: 3 },
    ]);
    expect([...m.byTheme!].sort((a, b) => a.key!.localeCompare(b.key!))).toEqual(
      [
        { key: '四下基层', label: '四下基层', hours: 60, records: 1 },
        { key: '晋江经验', label: '晋江经验', hours: 60, records: 1 },
      ].sort((a, b) => a.key.localeCompare(b.key)),
    );
    expect(m.courses).toEqual([{ id: f.course, title: '合规理论课' }]);
    expect(m.institutions).toEqual([{ id: f.inst, name: '合规测试党校' }]);
  });

  it('costs at most 3 statements for a page of 100 cadres, the same as for 10', async () => {
    const large = await h.exec(CadresCompliancePageDocument, { first: 100, asOf: '2025-06-30' });
    expect(large.errors).toBeUndefined();
    expect(large.data!.cadres.nodes).toHaveLength(100);
    expect(large.data!.cadres.nodes.every((n) => n.compliance !== null)).toBe(true);
    const small = await h.exec(CadresCompliancePageDocument, { first: 10, asOf: '2025-06-30' });
    expect(large.statements).toBeLessThanOrEqual(3);
    expect(large.statements).toBe(2);
    expect(small.statements).toBe(large.statements);
  });

  it('a new rule version changes the results from its date, without a release', async () => {
    const added = await h.exec(AddComplianceRuleVersionDocument, {
      input: {
        code: 'CENTRALIZED',
        cadreGroup: 'B',
        minHours: 100,
        minDays: 12,
        periodKind: 'CALENDAR_YEAR',
        periodYears: 1,
        modes: ['FULL_TIME_TRAINING', 'CENTER_GROUP_STUDY', 'ONLINE_THEMATIC', 'LECTURE_BRIEFING'],
        promotionGraceMonths: 12,
        validFrom: '2025-07-01',
        note: '测试：乙类学时提高到100',
      },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addComplianceRuleVersion.rule).toMatchObject({ code: 'CENTRALIZED', cadreGroup: 'B', minHours: 100, minDays: 12, validFrom: '2025-07-01', validTo: null });
    expect(added.data!.addComplianceRuleVersion.previous).toMatchObject({ validFrom: '2000-01-01', validTo: '2025-07-01' });

    expect((await compliance('B89', '2025-06-30')).centralized).toMatchObject({ requiredHours: 90, remainingHours: 0.5 });
    expect((await compliance('B89', '2025-07-01')).centralized).toMatchObject({ requiredHours: 100, remainingHours: 10.5 });
    const inForce = await h.exec(ComplianceRulesDocument, { asOf: '2025-07-01' });
    expect(inForce.data!.complianceRules.filter((r) => r.code === 'CENTRALIZED').map((r) => [r.cadreGroup, r.minHours, r.validFrom])).toEqual([
      ['A', 550, '2024-01-01'],
      ['B', 100, '2025-07-01'],
    ]);

    const outOfOrder = await h.exec(AddComplianceRuleVersionDocument, {
      input: { code: 'CENTRALIZED', cadreGroup: 'B', minHours: 80, periodKind: 'CALENDAR_YEAR', periodYears: 1, modes: ['FULL_TIME_TRAINING'], validFrom: '2025-07-01' },
    });
    expect(outOfOrder.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['CONFLICT', 'input.validFrom']]);
  });
});
