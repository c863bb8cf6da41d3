import { startHarness, type Harness } from './helpers/harness';
import { OverdueCadresDocument, AddCoverageRuleVersionDocument, CadreCoverageDocument, CadresCoverageAndCompliancePageDocument, CadresCoveragePageDocument, CoverageRulesDocument, CoverageSummaryDocument } from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';
import { Role, type Viewer } from '../src/access/viewer';

type Inst = 'NAT' | 'PROV' | 'PROV_SECTOR' | 'CITY' | 'COUNTY' | 'TOWN';

/**
 * A hand-built scenario in a region tree of its own (97xxxx is not in GB/T 2260): one or two
 * cadres per coverage rule of the plan (附件2–5), their qualifying training placed on each rule's
 * cycle edges, and trainings that must not count (wrong level, class kind or institution kind,
 * ending after the date asked).
 */
async function fixtures(h: Harness) {
  const one = async (sql: string, params: unknown[] = []) => (await h.sql<{ id: number }>(sql, params))[0].id;
  const prov = await one(`insert into region (code, name, level, path) values ('970000', '覆盖测试省', 'PROVINCE', '/970000/') returning id`);
  const cityA = await one(`insert into region (code, name, level, parent_id, path) values ('970100', '覆盖甲市', 'CITY', $1, '/970000/970100/') returning id`, [prov]);
  const cityB = await one(`insert into region (code, name, level, parent_id, path) values ('970200', '覆盖乙市', 'CITY', $1, '/970000/970200/') returning id`, [prov]);
  const unit = await one(`insert into unit (name, kind, region_id) values ('覆盖测试单位', 'GOVERNMENT_DEPT', $1) returning id`, [cityA]);
  const instOf = async (name: string, kind: string, level: string) =>
    one(`insert into institution (name, kind, level, region_id) values ($1, $2, $3, $4) returning id`, [name, kind, level, prov]);
  const inst: Record<Inst, number> = {
    NAT: await instOf('覆盖测试中央党校', 'PARTY_SCHOOL', 'NATIONAL'),
    PROV: await instOf('覆盖测试省委党校', 'PARTY_SCHOOL', 'PROVINCIAL'),
    PROV_SECTOR: await instOf('覆盖测试省行业培训中心', 'SECTOR_TRAINING', 'PROVINCIAL'),
    CITY: await instOf('覆盖测试市委党校', 'PARTY_SCHOOL', 'MUNICIPAL'),
    COUNTY: await instOf('覆盖测试县委党校', 'PARTY_SCHOOL', 'COUNTY'),
    TOWN: await instOf('覆盖测试镇党校', 'PARTY_SCHOOL', 'TOWNSHIP'),
  };
  let n = 0;
  const cadre = (name: string, attrs: Record<string, unknown> = {}, region = cityA) => {
    const row: Record<string, unknown> = {
      name,
      gender: 'MALE',
      birth_date: '1970-01-01',
      id_card_number: `97010019700101${String(++n).padStart(3, '0')}1`,
      unit_id: unit,
      region_id: region,
      category: 'COUNTY_LEADER_AND_ABOVE',
      rank: 'OTHER',
      position: '测试',
      ...attrs,
    };
    const cols = Object.keys(row);
    return one(`insert into cadre (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')}) returning id`, Object.values(row));
  };
  /** A record of `cadre` in a class of `kind` at `at`, from `start` to `end` (one training day, 6 hours). */
  const record = async (cadreId: number, at: Inst | null, kind: string | null, start: string, end: string, mode = 'FULL_TIME_TRAINING') => {
    const klass =
      at && kind
        ? await one(
            `insert into training_class (institution_id, name, kind, semester, start_date, end_date, days, capacity) values ($1, '覆盖测试班', $2, $3, $4, $5, 1, 50) returning id`,
            [inst[at], kind, `${start.slice(0, 4)}-SPRING`, start, end],
          )
        : null;
    return one(
      `insert into training_record (cadre_id, mode, title, hours, credited_hours, days, start_date, end_date, class_id) values ($1, $2, $3, 6, 6, 1, $4, $5, $6) returning id`,
      [cadreId, mode, `${at ?? '无机构'}-${kind ?? '无班次'}-${end}`, start, end, klass],
    );
  };

  const principal = await cadre('市县正职', { principal_post: 'CITY_COUNTY_PRINCIPAL', appointed_at: '2020-01-01' });
  const principalRec = await record(principal, 'PROV', 'MAIN', '2024-06-01', '2024-06-15');
  await record(principal, 'PROV', 'THEMATIC', '2026-01-05', '2026-01-10'); // class kind does not qualify
  await record(principal, 'PROV_SECTOR', 'MAIN', '2026-01-25', '2026-02-01'); // institution kind does not qualify
  await record(principal, 'PROV', 'MAIN', '2027-06-01', '2027-07-01'); // qualifies once it has ended
  const newPrincipal = await cadre('新任正职', { principal_post: 'CITY_COUNTY_PRINCIPAL', appointed_at: '2025-03-01' });

  // 县处级 with the bound 40: young up to the day before the 41st birthday.
  const youngLeader = await cadre('年轻班子成员', { rank: 'DIVISION_CHIEF', birth_date: '1986-07-01', is_leadership_team_member: true });
  const youngFlag = await cadre('年轻干部', { is_young_cadre: true });
  await record(youngFlag, 'COUNTY', 'THEMATIC', '2023-12-10', '2023-12-20'); // before the plan period
  await record(youngFlag, null, null, '2025-05-01', '2025-05-10'); // no institution: does not qualify
  await record(youngFlag, 'COUNTY', 'THEMATIC', '2028-06-20', '2028-06-30');

  const provincial = await cadre('省管干部', { management_level: 'PROVINCIAL' });
  await record(provincial, 'NAT', 'THEMATIC', '2023-03-20', '2023-03-31');
  await record(provincial, 'PROV', 'THEMATIC', '2025-04-28', '2025-05-05'); // provincial level: not a national rotation
  await record(provincial, 'PROV', 'MAIN', '2023-12-01', '2024-01-01'); // ends on the plan period's first day
  const provincialLate = await cadre('省管干部乙', { management_level: 'PROVINCIAL' });
  await record(provincialLate, 'PROV', 'MAIN', '2023-12-01', '2023-12-31'); // ends the day before the period

  const soe: number[] = [];
  for (let i = 0; i < 10; i++) soe.push(await cadre(`国企班子${i}`, { is_soe_leadership_member: true, sector: 'SOE' }, i < 5 ? cityA : cityB));
  await record(soe[0], 'PROV', 'MAIN', '2026-03-01', '2026-03-10');
  await record(soe[1], 'PROV', 'THEMATIC', '2026-06-25', '2026-07-02');
  await record(soe[2], 'CITY', 'MAIN', '2026-04-01', '2026-04-10'); // municipal: not the provincial party school

  const township = await cadre('乡镇党委书记', { principal_post: 'TOWNSHIP_PRINCIPAL' });
  await record(township, 'CITY', 'THEMATIC', '2025-12-20', '2025-12-31');
  await record(township, 'COUNTY', 'THEMATIC', '2026-02-20', '2026-03-01'); // county level: not "by the city"
  const organization = await cadre('组织委员', { principal_post: 'TOWNSHIP_ORGANIZATION_MEMBER' });
  await record(organization, 'CITY', 'THEMATIC', '2025-12-28', '2026-01-03'); // across the year end

  const secretary = await cadre('村书记', { village_role: 'PARTY_SECRETARY' });
  await record(secretary, 'COUNTY', 'THEMATIC', '2026-03-25', '2026-04-01');
  const firstSecretary = await cadre('驻村第一书记', { village_role: 'FIRST_SECRETARY' });
  await record(firstSecretary, 'TOWN', 'THEMATIC', '2026-03-25', '2026-04-01'); // township level: not county or above
  const villageOther = await cadre('村其他干部', { village_role: 'OTHER_VILLAGE_CADRE' });
  await record(villageOther, 'TOWN', 'THEMATIC', '2024-09-05', '2024-09-10', 'LECTURE_BRIEFING');

  const recruit = await cadre('新录用', { civil_service_entry_date: '2025-09-01' });
  await record(recruit, 'PROV', 'THEMATIC', '2026-03-01', '2026-03-05'); // not an onboarding class
  const recruitTrained = await cadre('新录用已初任', { civil_service_entry_date: '2025-09-01' });
  await record(recruitTrained, 'PROV', 'ONBOARDING', '2026-08-20', '2026-08-31', 'ONLINE_THEMATIC');

  const gid = (pk: number) => toGlobalId('Cadre', pk);
  return {
    principal: gid(principal),
    principalRec: toGlobalId('TrainingRecord', principalRec),
    newPrincipal: gid(newPrincipal),
    youngLeader: gid(youngLeader),
    youngFlag: gid(youngFlag),
    provincial: gid(provincial),
    provincialLate: gid(provincialLate),
    soe: soe.map(gid),
    township: gid(township),
    organization: gid(organization),
    secretary: gid(secretary),
    firstSecretary: gid(firstSecretary),
    villageOther: gid(villageOther),
    recruit: gid(recruit),
    recruitTrained: gid(recruitTrained),
  };
}

describe('coverage rules (附件2–5: who must be trained how often)', () => {
  let h: Harness;
  let f: Awaited<ReturnType<typeof fixtures>>;
  beforeAll(async () => {
    h = await startHarness();
    f = await fixtures(h);
  });
  afterAll(() => h.stop());

  const coverage = async (id: string, asOf: string, viewer?: Viewer) => {
    const res = await h.exec(CadreCoverageDocument, { id, asOf }, viewer);
    expect(res.errors).toBeUndefined();
    return res.data!.cadre.coverage!;
  };
  /** [code, status, nextDueBy, colour] of each rule applying. */
  const brief = async (id: string, asOf: string) => (await coverage(id, asOf)).map((c) => [c.rule.code, c.status, c.nextDueBy, c.colour]);

  it('市县党政正职: every 36 months after the last qualifying training, yellow in the last 12, red the day after the due date', async () => {
    const at = (asOf: string) => coverage(f.principal, asOf);
    const met = await at('2026-06-14');
    expect(met).toEqual([
      {
        rule: { code: 'CITY_COUNTY_PRINCIPAL_THEORY', name: '市县党政正职系统理论和党性教育', basis: '附件3.2', kind: 'PER_PERSON' },
        status: 'MET',
        trained: true,
        lastQualifyingAt: '2024-06-15',
        lastQualifyingRecord: { id: f.principalRec, title: 'PROV-MAIN-2024-06-15' },
        cycleStart: '2023-06-15',
        nextDueBy: '2027-06-14',
        colour: 'GREEN',
        reasons: ['市县党政正职系统理论和党性教育（附件3.2）：本周期已参训，最近一次2024-06-15结束，下次不晚于2027-06-14 (trained in this cycle, last on 2024-06-15; next due by 2027-06-14)'],
      },
    ]);
    expect((await at('2026-06-15'))[0]).toMatchObject({ status: 'MET', colour: 'YELLOW', reasons: [expect.any(String), '距期限不足12个月 (due within 12 months)'] });
    expect((await at('2027-06-13'))[0]).toMatchObject({ status: 'MET', nextDueBy: '2027-06-14', colour: 'YELLOW' });
    expect((await at('2027-06-14'))[0]).toMatchObject({ status: 'MET', nextDueBy: '2027-06-14', colour: 'YELLOW' });
    // The class running 2027-06-01 to 07-01 has not ended: it does not count yet. Neither the THEMATIC class nor the sector institution ever counts.
    const overdue = (await at('2027-06-15'))[0];
    expect(overdue).toMatchObject({ status: 'OVERDUE', trained: false, lastQualifyingAt: '2024-06-15', nextDueBy: '2027-06-14', colour: 'RED' });
    expect(overdue.reasons).toEqual(['市县党政正职系统理论和党性教育（附件3.2）：已逾期，应于2027-06-14前参训，最近一次2024-06-15结束 (overdue since 2027-06-14, last on 2024-06-15)']);
    expect((await at('2027-07-01'))[0]).toMatchObject({ status: 'MET', lastQualifyingAt: '2027-07-01', nextDueBy: '2030-06-30', colour: 'GREEN' });
  });

  it('a principal appointed within the plan period without training has 36 months from the appointment', async () => {
    expect(await brief(f.newPrincipal, '2026-06-30')).toEqual([['CITY_COUNTY_PRINCIPAL_THEORY', 'DUE', '2028-02-29', 'GREEN']]);
    expect(await brief(f.newPrincipal, '2027-02-28')).toEqual([['CITY_COUNTY_PRINCIPAL_THEORY', 'DUE', '2028-02-29', 'GREEN']]);
    expect(await brief(f.newPrincipal, '2027-03-01')).toEqual([['CITY_COUNTY_PRINCIPAL_THEORY', 'DUE', '2028-02-29', 'YELLOW']]);
    expect(await brief(f.newPrincipal, '2028-02-29')).toEqual([['CITY_COUNTY_PRINCIPAL_THEORY', 'DUE', '2028-02-29', 'YELLOW']]);
    const late = await coverage(f.newPrincipal, '2028-03-01');
    expect(late.map((c) => [c.status, c.colour])).toEqual([['OVERDUE', 'RED']]);
    expect(late[0].reasons).toEqual(['市县党政正职系统理论和党性教育（附件3.2）：已逾期，应于2028-02-29前参训，尚无合格培训记录 (overdue since 2028-02-29, none on record)']);
  });

  it('young members of leadership teams: young by the age bound of the rank in force, up to the day before turning 41', async () => {
    // Never trained: the theory cycle ran from the plan period's start (no appointment date on record).
    expect(await brief(f.youngLeader, '2027-06-30')).toEqual([
      ['YOUNG_CADRE_ROTATION', 'DUE', '2028-12-31', 'GREEN'],
      ['YOUNG_LEADERSHIP_THEORY', 'OVERDUE', '2026-12-31', 'RED'],
    ]);
    expect(await brief(f.youngLeader, '2027-07-01')).toEqual([]);
  });

  it('young cadres: once at a party school or cadre college within the plan period (附件4.2)', async () => {
    // The county party school class of 2023-12-20 ended before the period; the record without an institution never counts.
    expect(await brief(f.youngFlag, '2027-12-31')).toEqual([['YOUNG_CADRE_ROTATION', 'DUE', '2028-12-31', 'GREEN']]);
    expect(await brief(f.youngFlag, '2028-01-01')).toEqual([['YOUNG_CADRE_ROTATION', 'DUE', '2028-12-31', 'YELLOW']]);
    expect((await coverage(f.youngFlag, '2028-06-30'))[0]).toMatchObject({ status: 'MET', lastQualifyingAt: '2028-06-30', cycleStart: '2024-01-01', nextDueBy: null, colour: 'GREEN' });
    // No plan period contains 2029: a PLAN_PERIOD rule does not apply.
    expect(await brief(f.youngFlag, '2029-01-01')).toEqual([]);
  });

  it('省管干部: national capability rotation every 48 months; off-the-job study once in the plan period', async () => {
    expect(await brief(f.provincial, '2027-03-30')).toEqual([
      ['PROVINCIAL_CAPABILITY_ROTATION', 'MET', '2027-03-30', 'YELLOW'],
      ['PROVINCIAL_OFF_JOB_STUDY', 'MET', null, 'GREEN'],
    ]);
    // The 2023 rotation has run out, but a training can only move a deadline later: like a cadre never trained,
    // this one has 48 months from the plan period's start.
    expect(await brief(f.provincial, '2027-03-31')).toEqual([
      ['PROVINCIAL_CAPABILITY_ROTATION', 'DUE', '2027-12-31', 'YELLOW'],
      ['PROVINCIAL_OFF_JOB_STUDY', 'MET', null, 'GREEN'],
    ]);
    expect((await brief(f.provincial, '2028-01-01'))[0]).toEqual(['PROVINCIAL_CAPABILITY_ROTATION', 'OVERDUE', '2027-12-31', 'RED']);
    expect(await brief(f.provincialLate, '2026-06-30')).toEqual([
      ['PROVINCIAL_CAPABILITY_ROTATION', 'DUE', '2027-12-31', 'GREEN'],
      ['PROVINCIAL_OFF_JOB_STUDY', 'DUE', '2028-12-31', 'GREEN'],
    ]);
  });

  it('乡镇(街道) key posts: once a calendar year at a municipal or higher institution; a class across the year end counts in the year it ends', async () => {
    expect(await brief(f.township, '2025-12-31')).toEqual([['TOWNSHIP_KEY_POSTS_ANNUAL', 'MET', '2026-12-31', 'GREEN']]);
    expect(await brief(f.township, '2026-01-01')).toEqual([['TOWNSHIP_KEY_POSTS_ANNUAL', 'DUE', '2026-12-31', 'GREEN']]);
    expect(await brief(f.township, '2026-09-30')).toEqual([['TOWNSHIP_KEY_POSTS_ANNUAL', 'DUE', '2026-12-31', 'GREEN']]);
    expect(await brief(f.township, '2026-10-01')).toEqual([['TOWNSHIP_KEY_POSTS_ANNUAL', 'DUE', '2026-12-31', 'YELLOW']]);
    // 2026 passes with only a county-level class: from 1 January 2027 the missed year is overdue until a qualifying training in 2027.
    expect(await brief(f.township, '2026-12-31')).toEqual([['TOWNSHIP_KEY_POSTS_ANNUAL', 'DUE', '2026-12-31', 'YELLOW']]);
    expect(await brief(f.township, '2027-01-01')).toEqual([['TOWNSHIP_KEY_POSTS_ANNUAL', 'OVERDUE', '2026-12-31', 'RED']]);
    // Nothing in 2024 (the plan's first year): overdue since 2024-12-31 while the 2025 class across the year end has not ended.
    expect(await brief(f.organization, '2025-12-31')).toEqual([['TOWNSHIP_KEY_POSTS_ANNUAL', 'OVERDUE', '2024-12-31', 'RED']]);
    expect(await brief(f.organization, '2024-12-31')).toEqual([['TOWNSHIP_KEY_POSTS_ANNUAL', 'DUE', '2024-12-31', 'YELLOW']]);
    expect(await brief(f.organization, '2026-01-03')).toEqual([['TOWNSHIP_KEY_POSTS_ANNUAL', 'MET', '2027-12-31', 'GREEN']]);
  });

  it('village key roles once a year at county level or above; other village cadres every 36 months', async () => {
    expect(await brief(f.secretary, '2026-04-01')).toEqual([['VILLAGE_KEY_ROLES_ANNUAL', 'MET', '2027-12-31', 'GREEN']]);
    // Nothing qualifying in 2025 (and the township class of 2026 does not count): overdue since 2025-12-31.
    expect(await brief(f.firstSecretary, '2026-04-01')).toEqual([['VILLAGE_KEY_ROLES_ANNUAL', 'OVERDUE', '2025-12-31', 'RED']]);
    // In the plan's first year there is no earlier year of the plan to have missed.
    expect(await brief(f.firstSecretary, '2024-04-01')).toEqual([['VILLAGE_KEY_ROLES_ANNUAL', 'DUE', '2024-12-31', 'GREEN']]);
    expect(await brief(f.villageOther, '2027-03-09')).toEqual([['VILLAGE_OTHER_ROTATION', 'MET', '2027-09-09', 'GREEN']]);
    expect(await brief(f.villageOther, '2027-03-10')).toEqual([['VILLAGE_OTHER_ROTATION', 'MET', '2027-09-09', 'YELLOW']]);
    expect(await brief(f.villageOther, '2027-09-10')).toEqual([['VILLAGE_OTHER_ROTATION', 'OVERDUE', '2027-09-09', 'RED']]);
  });

  it('新录用公务员: an onboarding class within 12 months of entry; new for 24 months', async () => {
    expect(await brief(f.recruit, '2025-08-31')).toEqual([]);
    expect(await brief(f.recruit, '2026-05-31')).toEqual([['NEW_CIVIL_SERVANT_ONBOARDING', 'DUE', '2026-08-31', 'GREEN']]);
    expect(await brief(f.recruit, '2026-06-01')).toEqual([['NEW_CIVIL_SERVANT_ONBOARDING', 'DUE', '2026-08-31', 'YELLOW']]);
    expect(await brief(f.recruit, '2026-08-31')).toEqual([['NEW_CIVIL_SERVANT_ONBOARDING', 'DUE', '2026-08-31', 'YELLOW']]);
    expect(await brief(f.recruit, '2026-09-01')).toEqual([['NEW_CIVIL_SERVANT_ONBOARDING', 'OVERDUE', '2026-08-31', 'RED']]);
    expect(await brief(f.recruit, '2027-08-31')).toEqual([['NEW_CIVIL_SERVANT_ONBOARDING', 'OVERDUE', '2026-08-31', 'RED']]);
    expect(await brief(f.recruit, '2027-09-01')).toEqual([]);
    expect(await brief(f.recruitTrained, '2026-08-30')).toEqual([['NEW_CIVIL_SERVANT_ONBOARDING', 'DUE', '2026-08-31', 'YELLOW']]);
    expect(await brief(f.recruitTrained, '2026-08-31')).toEqual([['NEW_CIVIL_SERVANT_ONBOARDING', 'MET', null, 'GREEN']]);
  });

  it('the SOE leadership share: listed per person without a colour, judged over the population at exactly 1/5', async () => {
    const person = await coverage(f.soe[0], '2026-07-02');
    expect(person).toEqual([
      expect.objectContaining({ rule: expect.objectContaining({ code: 'SOE_LEADERSHIP_SHARE', kind: 'SHARE' }), status: 'MET', trained: true, nextDueBy: '2027-12-31', colour: null }),
    ]);
    expect(person[0].reasons[1]).toBe('按人群比例考核（不少于20%），个人不分色 (judged as a share of the population: no colour per person)');
    expect((await coverage(f.soe[2], '2026-07-02'))[0]).toMatchObject({ status: 'DUE', trained: false, colour: null });

    const summary = async (asOf: string) => {
      const res = await h.exec(CoverageSummaryDocument, { rule: 'SOE_LEADERSHIP_SHARE', groupBy: 'REGION', asOf, filter: { regionCode: '970000' } });
      expect(res.errors).toBeUndefined();
      return res.data!.coverageSummary;
    };
    const exactly = await summary('2026-07-02');
    expect(exactly.rule).toEqual({ code: 'SOE_LEADERSHIP_SHARE', kind: 'SHARE', shareMin: 0.2 });
    expect(exactly.total).toEqual({ key: null, label: null, population: 10, met: 2, due: 8, overdue: 0, green: 0, yellow: 0, red: 0, metShare: 0.2, shareReached: true });
    expect(exactly.groups.map((g) => [g.key, g.label, g.population, g.met, g.metShare, g.shareReached])).toEqual([
      ['970100', '覆盖甲市', 5, 2, 0.4, true],
      ['970200', '覆盖乙市', 5, 0, 0, false],
    ]);
    // The day before, the second class has not ended: 1 of 10 is under the fifth.
    expect((await summary('2026-07-01')).total).toMatchObject({ population: 10, met: 1, metShare: 0.1, shareReached: false });
    // A new year starts from nothing.
    expect((await summary('2027-01-01')).total).toMatchObject({ population: 10, met: 0, shareReached: false });
  });

  it('summarises a per-person rule per region in one statement after the rule lookup, and per unit and category', async () => {
    const res = await h.exec(CoverageSummaryDocument, { rule: 'CITY_COUNTY_PRINCIPAL_THEORY', groupBy: 'REGION', asOf: '2027-06-15', filter: { regionCode: '970000' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.coverageSummary.total).toEqual({ key: null, label: null, population: 2, met: 0, due: 1, overdue: 1, green: 0, yellow: 1, red: 1, metShare: 0, shareReached: null });
    expect(res.statements).toBe(2);
    const byCategory = await h.exec(CoverageSummaryDocument, { rule: 'CITY_COUNTY_PRINCIPAL_THEORY', groupBy: 'CATEGORY', asOf: '2027-07-01', filter: { regionCode: '970000' } });
    expect(byCategory.data!.coverageSummary.groups.map((g) => [g.key, g.label, g.population, g.met, g.due])).toEqual([['COUNTY_LEADER_AND_ABOVE', '县处级以上党政领导干部', 2, 1, 1]]);
  });

  it('row scope: an organisation department of one city counts only its cadres; a cadre token may not ask', async () => {
    const org: Viewer = { subject: 'cov-org', role: Role.ORG_DEPT, region: '970200' };
    const res = await h.exec(CoverageSummaryDocument, { rule: 'SOE_LEADERSHIP_SHARE', groupBy: 'REGION', asOf: '2026-07-02' }, org);
    expect(res.errors).toBeUndefined();
    expect(res.data!.coverageSummary.total).toMatchObject({ population: 5, met: 0, shareReached: false });
    expect(res.data!.coverageSummary.groups.map((g) => g.key)).toEqual(['970200']);
    const other = await h.exec(CadreCoverageDocument, { id: f.soe[0], asOf: '2026-07-02' }, org);
    expect(other.data?.cadre ?? null).toBeNull();
    const cadre: Viewer = { subject: 'cov-cadre', role: Role.CADRE, cadre: f.soe[0] };
    const denied = await h.exec(CoverageSummaryDocument, { rule: 'SOE_LEADERSHIP_SHARE', groupBy: 'REGION', asOf: '2026-07-02' }, cadre);
    expect(denied.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN']);
  });

  it('costs 2 statements for coverage of a page of 100 cadres, 3 with compliance, the same as for 10', async () => {
    const large = await h.exec(CadresCoveragePageDocument, { first: 100, asOf: '2026-06-30' });
    expect(large.errors).toBeUndefined();
    expect(large.data!.cadres.nodes).toHaveLength(100);
    expect(large.data!.cadres.nodes.every((n) => Array.isArray(n.coverage))).toBe(true);
    const small = await h.exec(CadresCoveragePageDocument, { first: 10, asOf: '2026-06-30' });
    expect(large.statements).toBe(2);
    expect(small.statements).toBe(2);
    const both = await h.exec(CadresCoverageAndCompliancePageDocument, { first: 100, asOf: '2026-06-30' });
    expect(both.errors).toBeUndefined();
    expect(both.statements).toBe(3);
  });

  it('rejects an unknown rule code and a date before any version, with the argument path', async () => {
    const unknown = await h.exec(CoverageSummaryDocument, { rule: 'NO_SUCH_RULE', groupBy: 'REGION', asOf: '2026-06-30' });
    expect(unknown.errors!.map((e) => [e.extensions!.code, e.extensions!.field])).toEqual([['BAD_USER_INPUT', 'rule']]);
    const early = await h.exec(CoverageSummaryDocument, { rule: 'SOE_LEADERSHIP_SHARE', groupBy: 'REGION', asOf: '2023-06-30' });
    expect(early.errors!.map((e) => [e.extensions!.code, e.extensions!.field])).toEqual([['BAD_USER_INPUT', 'asOf']]);
  });

  it('rejects rule versions that cannot be judged, and changes nothing', async () => {
    const base = { code: 'TEST_RULE', name: '测试规则', basis: '测试', kind: 'PER_PERSON' as const, cycleKind: 'ROLLING' as const, cycleMonths: 12, validFrom: '2026-01-01' };
    const cases: [Record<string, unknown>, string][] = [
      [{ managementLevels: ['PROVINCIAL', 'CITYX'] }, 'input.managementLevels.1'],
      [{ cycleMonths: null }, 'input.cycleMonths'],
      [{ kind: 'SHARE' }, 'input.shareMin'],
      [{ shareMin: 0.5 }, 'input.shareMin'],
      [{ code: 'lower' }, 'input.code'],
    ];
    for (const [change, field] of cases) {
      const res = await h.exec(AddCoverageRuleVersionDocument, { input: { ...base, ...change } as never });
      expect([res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(await h.sql(`select id from coverage_rule where code = 'TEST_RULE' or code = 'lower'`)).toEqual([]);
  });

  it('a new rule version changes results from its date; versions chain and must come in date order', async () => {
    // From 2026-07-01 county party schools count for township key posts too.
    const added = await h.exec(AddCoverageRuleVersionDocument, {
      input: {
        code: 'TOWNSHIP_KEY_POSTS_ANNUAL',
        name: '乡镇(街道)党政正职、分管党建副书记、组织委员年度培训',
        basis: '附件5.9',
        kind: 'PER_PERSON',
        principalPosts: ['TOWNSHIP_PRINCIPAL', 'TOWNSHIP_PARTY_BUILDING_DEPUTY', 'TOWNSHIP_ORGANIZATION_MEMBER'],
        cycleKind: 'CALENDAR_YEAR',
        warnMonths: 3,
        modes: ['FULL_TIME_TRAINING'],
        institutionLevels: ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY'],
        validFrom: '2026-07-01',
        note: '测试：县级党校也计入',
      },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addCoverageRuleVersion.rule).toMatchObject({ code: 'TOWNSHIP_KEY_POSTS_ANNUAL', validFrom: '2026-07-01', validTo: null, institutionLevels: ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY'] });
    expect(added.data!.addCoverageRuleVersion.previous).toMatchObject({ validFrom: '2024-01-01', validTo: '2026-07-01' });
    expect(await brief(f.township, '2026-06-30')).toEqual([['TOWNSHIP_KEY_POSTS_ANNUAL', 'DUE', '2026-12-31', 'GREEN']]);
    expect(await brief(f.township, '2026-07-01')).toEqual([['TOWNSHIP_KEY_POSTS_ANNUAL', 'MET', '2027-12-31', 'GREEN']]);
    const inForce = await h.exec(CoverageRulesDocument, { asOf: '2026-07-01' });
    expect(inForce.data!.coverageRules.filter((r) => r.code === 'TOWNSHIP_KEY_POSTS_ANNUAL').map((r) => r.validFrom)).toEqual(['2026-07-01']);
    const all = await h.exec(CoverageRulesDocument, {});
    expect(all.data!.coverageRules.filter((r) => r.code === 'TOWNSHIP_KEY_POSTS_ANNUAL').map((r) => [r.validFrom, r.validTo])).toEqual([
      ['2024-01-01', '2026-07-01'],
      ['2026-07-01', null],
    ]);
    const outOfOrder = await h.exec(AddCoverageRuleVersionDocument, {
      input: { code: 'TOWNSHIP_KEY_POSTS_ANNUAL', name: 'x', basis: 'x', kind: 'PER_PERSON', cycleKind: 'CALENDAR_YEAR', validFrom: '2026-07-01' },
    });
    expect(outOfOrder.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['CONFLICT', 'input.validFrom']]);
  });

  it('lists the seeded rules of the plan', async () => {
    const res = await h.exec(CoverageRulesDocument, { asOf: '2026-06-30' });
    expect(res.data!.coverageRules.map((r) => [r.code, r.basis, r.kind, r.cycleKind, r.cycleMonths, r.warnMonths])).toEqual([
      ['CITY_COUNTY_PRINCIPAL_THEORY', '附件3.2', 'PER_PERSON', 'ROLLING', 36, 12],
      ['NEW_CIVIL_SERVANT_ONBOARDING', '附件4.4', 'PER_PERSON', 'FROM_ENTRY', 12, 3],
      ['PROVINCIAL_CAPABILITY_ROTATION', '附件5.1', 'PER_PERSON', 'ROLLING', 48, 12],
      ['PROVINCIAL_OFF_JOB_STUDY', '附件2.2', 'PER_PERSON', 'PLAN_PERIOD', null, 12],
      ['SOE_LEADERSHIP_SHARE', '附件5.3', 'SHARE', 'CALENDAR_YEAR', null, 0],
      ['TOWNSHIP_KEY_POSTS_ANNUAL', '附件5.9', 'PER_PERSON', 'CALENDAR_YEAR', null, 3],
      ['VILLAGE_KEY_ROLES_ANNUAL', '附件5.9', 'PER_PERSON', 'CALENDAR_YEAR', null, 3],
      ['VILLAGE_OTHER_ROTATION', '附件5.9', 'PER_PERSON', 'ROLLING', 36, 6],
      ['YOUNG_CADRE_ROTATION', '附件4.2', 'PER_PERSON', 'PLAN_PERIOD', null, 12],
      ['YOUNG_LEADERSHIP_THEORY', '附件4.3', 'PER_PERSON', 'ROLLING', 36, 12],
    ]);
  });

  it('per-person rules join the overdue list (提醒通报), village cadres with no hours rules included; SHARE rules never', async () => {
    const asOf = '2027-09-10';
    const res = await h.exec(OverdueCadresDocument, { asOf, filter: { regionCode: '970000' }, first: 100 });
    expect(res.errors).toBeUndefined();
    expect(res.statements).toBe(2); // the page, then the cadres of the page
    const list = res.data!.overdueCadres;
    const village = list.nodes.find((n) => n.cadre!.id === f.villageOther)!;
    expect(village).toMatchObject({ colour: 'RED', deadline: '2027-09-09', compliance: null });
    expect(village.coverage).toEqual([{ rule: { code: 'VILLAGE_OTHER_ROTATION' }, status: 'OVERDUE', colour: 'RED', nextDueBy: '2027-09-09' }]);
    expect(village.reasons).toEqual([expect.stringMatching(/^村\(社区\)其他干部.*已逾期，应于2027-09-09前参训/)]);
    // Truth from the per-cadre fields: on the list exactly when the hours rules or a per-person coverage rule is not GREEN.
    const all = await h.exec(
      `query($asOf: Date) { cadres(first: 100, filter: { regionCode: "970000" }) { nodes { id compliance(asOf: $asOf) { colour } coverage(asOf: $asOf) { colour rule { kind } } } } }`,
      { asOf },
    );
    type Node = { id: string; compliance: { colour: string } | null; coverage: { colour: string | null; rule: { kind: string } }[] };
    const behind = (all.data!.cadres.nodes as Node[]).filter(
      (c) => (c.compliance && c.compliance.colour !== 'GREEN') || c.coverage.some((r) => r.rule.kind === 'PER_PERSON' && r.colour !== 'GREEN'),
    );
    expect(list.totalCount).toBe(behind.length);
    expect(new Set(list.nodes.map((n) => n.cadre!.id))).toEqual(new Set(behind.map((c) => c.id)));
    // SHARE rules carry no colour per person: no coverage entry of the list is the SOE share.
    expect(list.nodes.flatMap((n) => n.coverage.map((c) => c.rule.code))).not.toContain('SOE_LEADERSHIP_SHARE');
    // Most urgent first: every RED before any YELLOW.
    const colours = list.nodes.map((n) => n.colour);
    expect(colours.lastIndexOf('RED')).toBeLessThan(colours.indexOf('YELLOW') === -1 ? Infinity : colours.indexOf('YELLOW'));
  });

  it('the summary (reaching records from the rule\'s qualifying classes) counts what the per-cadre field says, for every rule and several dates', async () => {
    const codes = (await h.exec(CoverageRulesDocument, { asOf: '2026-06-30' })).data!.coverageRules.map((r) => r.code);
    for (const asOf of ['2025-12-31', '2026-07-02', '2027-06-15', '2027-09-10']) {
      const all = await h.exec(`query($asOf: Date) { cadres(first: 100, filter: { regionCode: "970000" }) { nodes { coverage(asOf: $asOf) { rule { code } status colour } } } }`, { asOf });
      type Node = { coverage: { rule: { code: string }; status: string; colour: string | null }[] };
      const entries = (all.data!.cadres.nodes as Node[]).flatMap((n) => n.coverage);
      for (const code of codes) {
        const mine = entries.filter((e) => e.rule.code === code);
        const res = await h.exec(CoverageSummaryDocument, { rule: code, groupBy: 'SECTOR', asOf, filter: { regionCode: '970000' } });
        expect(res.errors).toBeUndefined();
        const t = res.data!.coverageSummary.total;
        const count = (f: (e: (typeof mine)[number]) => boolean) => mine.filter(f).length;
        expect([code, asOf, t.population, t.met, t.due, t.overdue, t.green, t.yellow, t.red]).toEqual([
          code,
          asOf,
          mine.length,
          count((e) => e.status === 'MET'),
          count((e) => e.status === 'DUE'),
          count((e) => e.status === 'OVERDUE'),
          count((e) => e.colour === 'GREEN'),
          count((e) => e.colour === 'YELLOW'),
          count((e) => e.colour === 'RED'),
        ]);
      }
    }
  });
});
