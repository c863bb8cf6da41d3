import { startHarness, type Harness } from './helpers/harness';
import { VIEWERS, ROLES, XM_CADRE } from './helpers/viewers';
import { decodeGlobalId, toGlobalId } from '../src/core/read/ids';
import { idCardCheckChar } from '../src/modules/cadre/id-card';
import { todayInChina } from '../src/core/dates';
import type { Role } from '../src/access/viewer';

const idCard = (first17: string) => first17 + idCardCheckChar(first17);
const ATTRS = ['managementLevel', 'isLeadershipTeamMember', 'principalPost', 'isSoeLeadershipMember', 'villageRole', 'isSelectedGraduate', 'isPartyAffairsCadre', 'civilServiceEntryDate', 'seniorLevelSince'];
const COLUMNS = `management_level as "managementLevel", is_leadership_team_member as "isLeadershipTeamMember", principal_post as "principalPost",
  is_soe_leadership_member as "isSoeLeadershipMember", village_role as "villageRole", is_selected_graduate as "isSelectedGraduate",
  is_party_affairs_cadre as "isPartyAffairsCadre", to_char(civil_service_entry_date, 'YYYY-MM-DD') as "civilServiceEntryDate",
  to_char(senior_level_since, 'YYYY-MM-DD') as "seniorLevelSince"`;
const CREATE = `mutation($input: CreateCadreInput!) { createCadre(input: $input) { cadre { id version ${ATTRS.join(' ')} } } }`;
const UPDATE = `mutation($input: UpdateCadreInput!) { updateCadre(input: $input) { cadre { id version ${ATTRS.join(' ')} } } }`;
const COUNT = `query($filter: CadreFilter) { cadres(filter: $filter, first: 1) { totalCount } }`;

/** A day shifted from a YYYY-MM-DD date. */
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('cadre attributes the plan\'s annexes select on', () => {
  let h: Harness;
  let unitGid: string;
  beforeAll(async () => {
    h = await startHarness();
    const [u] = await h.sql(`select id from unit where kind = 'TOWNSHIP' order by id limit 1`);
    unitGid = toGlobalId('Unit', u.id);
  });
  afterAll(() => h.stop());

  let seq = 0;
  const newCadre = (over: Record<string, unknown> = {}) => ({
    name: '陈属性',
    gender: 'MALE',
    birthDate: '1990-03-01',
    idCardNumber: idCard(`3502031990030199${seq++ % 10}`),
    unitId: unitGid,
    category: 'TOWNSHIP_LEADER',
    rank: 'SECTION_DEPUTY',
    position: '组织委员',
    ...over,
  });
  const snapshot = () => h.sql(`select (select count(*) from cadre)::int as cadres, (select sum(version) from cadre)::int as versions, (select count(*) from audit_entry)::int as audits`);
  const stored = async (gid: string) => (await h.sql(`select ${COLUMNS}, version from cadre where id = $1`, [decodeGlobalId(gid)!.pk]))[0];

  it('the demo seed sets the attributes as the README describes (before this file writes anything)', async () => {
    const [r] = await h.sql(`select
      (select count(*) from cadre where rank like 'BUREAU%' and management_level <> 'PROVINCIAL')::int as bureau_not_provincial,
      (select count(*) from cadre where rank like 'DIVISION%' and management_level <> 'CITY')::int as division_not_city,
      (select count(*) from cadre where rank like 'SECTION%' and management_level <> 'COUNTY')::int as section_not_county,
      (select count(*) from cadre c join unit u on u.id = c.unit_id join region r on r.id = u.region_id where c.is_soe_leadership_member and r.level = 'PROVINCE' and c.management_level <> 'PROVINCIAL')::int as prov_soe_not_provincial,
      (select count(*) from cadre where village_role is not null and principal_post is not null)::int as both,
      (select count(*) from cadre where civil_service_entry_date < birth_date + interval '16 years' or senior_level_since < birth_date + interval '16 years')::int as too_early,
      (select count(*) from cadre where village_role in ('PARTY_SECRETARY', 'COMMITTEE_DIRECTOR', 'OTHER_VILLAGE_CADRE') and category not in ('SOE_OTHER_MANAGER', 'TOWNSHIP_LEADER'))::int as village_category,
      (select count(distinct unit_id) from cadre where principal_post = 'TOWNSHIP_PARTY_BUILDING_DEPUTY')::int as towns_with_deputy,
      (select count(*) from unit where kind = 'TOWNSHIP')::int as towns`);
    expect(r).toMatchObject({ bureau_not_provincial: 0, division_not_city: 0, section_not_county: 0, prov_soe_not_provincial: 0, both: 0, too_early: 0, village_category: 0 });
    expect(r.towns_with_deputy).toBe(r.towns);
  });

  it('creates with every attribute, updates every attribute, stores exactly that, and audits the fields', async () => {
    const all = {
      managementLevel: 'COUNTY',
      isLeadershipTeamMember: true,
      principalPost: 'TOWNSHIP_ORGANIZATION_MEMBER',
      isSoeLeadershipMember: false,
      isSelectedGraduate: true,
      isPartyAffairsCadre: true,
      civilServiceEntryDate: '2012-08-01',
      seniorLevelSince: '2025-03-15',
    };
    const created = await h.exec(CREATE, { input: newCadre({ idCardNumber: idCard('35020319900301990'), ...all }) });
    expect(created.errors).toBeUndefined();
    const cadre = created.data!.createCadre.cadre;
    expect(cadre).toEqual({ id: cadre.id, version: 1, ...all, villageRole: null });
    expect(await stored(cadre.id)).toEqual({ ...all, villageRole: null, version: 1 });

    // Defaults when left out.
    const plain = await h.exec(CREATE, { input: newCadre({ idCardNumber: idCard('35020319900301991') }) });
    expect(plain.data!.createCadre.cadre).toMatchObject({ managementLevel: 'OTHER', isLeadershipTeamMember: false, principalPost: null, villageRole: null, isSelectedGraduate: false, civilServiceEntryDate: null, seniorLevelSince: null });

    const next = {
      managementLevel: 'CITY',
      isLeadershipTeamMember: false,
      principalPost: null,
      isSoeLeadershipMember: true,
      villageRole: 'FIRST_SECRETARY',
      isSelectedGraduate: false,
      isPartyAffairsCadre: false,
      civilServiceEntryDate: '2013-09-02',
      seniorLevelSince: null,
    };
    // Clearing the principal post and setting a village role in one update is allowed: the final state has only the role.
    const updated = await h.exec(UPDATE, { input: { id: cadre.id, version: 1, ...next } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateCadre.cadre).toEqual({ id: cadre.id, version: 2, ...next });
    expect(await stored(cadre.id)).toEqual({ ...next, version: 2 });

    const audits = await h.sql(`select action, fields from audit_entry where entity = 'Cadre' and $1 = any(entity_ids) order by id`, [cadre.id]);
    expect(audits.map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);
    expect(audits[0].fields).toEqual(expect.arrayContaining(Object.keys(all)));
    expect([...audits[1].fields].sort()).toEqual([...ATTRS].sort());
  });

  const tomorrow = shift(todayInChina(), 1);
  it.each([
    ['an entry date before the 16th birthday', { birthDate: '1990-03-01', civilServiceEntryDate: '2006-02-28' }, 'input.civilServiceEntryDate'],
    ['an entry date after today (Beijing time)', { civilServiceEntryDate: tomorrow }, 'input.civilServiceEntryDate'],
    ['a senior-level date before the 16th birthday', { birthDate: '1990-03-01', seniorLevelSince: '2005-12-31' }, 'input.seniorLevelSince'],
    ['a senior-level date after today (Beijing time)', { seniorLevelSince: tomorrow }, 'input.seniorLevelSince'],
    ['a village role together with a principal post', { villageRole: 'PARTY_SECRETARY', principalPost: 'TOWNSHIP_PRINCIPAL' }, 'input.villageRole'],
    ['an unknown management level', { managementLevel: 'NATIONAL' }, 'input.managementLevel'],
    ['a malformed entry date', { civilServiceEntryDate: '2020-02-30' }, 'input.civilServiceEntryDate'],
  ])('create refuses %s with BAD_USER_INPUT at its path and writes nothing', async (_what, over, field) => {
    const before = await snapshot();
    const res = await h.exec(CREATE, { input: newCadre({ idCardNumber: idCard('35020319900301992'), ...over }) });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await snapshot()).toEqual(before);
  });

  it('accepts the 16th birthday itself and today as the date bounds', async () => {
    const res = await h.exec(CREATE, { input: newCadre({ idCardNumber: idCard('35020319900301993'), civilServiceEntryDate: '2006-03-01', seniorLevelSince: todayInChina() }) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCadre.cadre).toMatchObject({ civilServiceEntryDate: '2006-03-01', seniorLevelSince: todayInChina() });
  });

  describe('update checks the state as it will be stored', () => {
    let gid: string;
    beforeAll(async () => {
      const res = await h.exec(CREATE, { input: newCadre({ idCardNumber: idCard('35020319900301994'), principalPost: 'TOWNSHIP_PRINCIPAL', civilServiceEntryDate: '2008-07-01' }) });
      gid = res.data!.createCadre.cadre.id;
    });
    it.each([
      ['a village role on a cadre whose stored principal post stays', { villageRole: 'COMMITTEE_DIRECTOR' }, 'input.villageRole'],
      ['a birth date that puts the stored entry date before the 16th birthday', { birthDate: '1992-08-01' }, 'input.birthDate'],
      ['a senior-level date after today', { seniorLevelSince: tomorrow }, 'input.seniorLevelSince'],
      ['null for a flag', { isSelectedGraduate: null }, 'input.isSelectedGraduate'],
      ['null for the management level', { managementLevel: null }, 'input.managementLevel'],
    ])('refuses %s: BAD_USER_INPUT at its path, nothing changed', async (_what, over, field) => {
      const before = await snapshot();
      const row = await stored(gid);
      const res = await h.exec(UPDATE, { input: { id: gid, version: row.version, ...over } });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await snapshot()).toEqual(before);
      expect(await stored(gid)).toEqual(row);
    });
    it('a principal post on a stored village cadre is refused too, and clearing the role first lets it through', async () => {
      const row = await stored(gid);
      const swap = await h.exec(UPDATE, { input: { id: gid, version: row.version, principalPost: null, villageRole: 'OTHER_VILLAGE_CADRE' } });
      expect(swap.errors).toBeUndefined();
      const refused = await h.exec(UPDATE, { input: { id: gid, version: row.version + 1, principalPost: 'TOWNSHIP_PARTY_BUILDING_DEPUTY' } });
      expect(refused.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.principalPost' });
      const cleared = await h.exec(UPDATE, { input: { id: gid, version: row.version + 1, villageRole: null, principalPost: 'TOWNSHIP_PARTY_BUILDING_DEPUTY' } });
      expect(cleared.errors).toBeUndefined();
      expect(cleared.data!.updateCadre.cadre).toMatchObject({ villageRole: null, principalPost: 'TOWNSHIP_PARTY_BUILDING_DEPUTY', version: row.version + 2 });
    });
  });

  it.each([
    [{ managementLevel: ['PROVINCIAL'] }, `management_level = 'PROVINCIAL'`],
    [{ managementLevel: ['CITY', 'COUNTY'] }, `management_level in ('CITY', 'COUNTY')`],
    [{ principalPost: ['CITY_COUNTY_PRINCIPAL'] }, `principal_post = 'CITY_COUNTY_PRINCIPAL'`],
    [{ principalPost: ['TOWNSHIP_PRINCIPAL', 'TOWNSHIP_PARTY_BUILDING_DEPUTY', 'TOWNSHIP_ORGANIZATION_MEMBER'] }, `principal_post in ('TOWNSHIP_PRINCIPAL', 'TOWNSHIP_PARTY_BUILDING_DEPUTY', 'TOWNSHIP_ORGANIZATION_MEMBER')`],
    [{ villageRole: ['PARTY_SECRETARY', 'COMMITTEE_DIRECTOR'] }, `village_role in ('PARTY_SECRETARY', 'COMMITTEE_DIRECTOR')`],
    [{ villageRole: ['FIRST_SECRETARY', 'WORK_TEAM_MEMBER'] }, `village_role in ('FIRST_SECRETARY', 'WORK_TEAM_MEMBER')`],
    [{ villageRole: ['OTHER_VILLAGE_CADRE'] }, `village_role = 'OTHER_VILLAGE_CADRE'`],
    [{ isLeadershipTeamMember: true }, `is_leadership_team_member`],
    [{ isLeadershipTeamMember: false }, `not is_leadership_team_member`],
    [{ isSoeLeadershipMember: true, managementLevel: ['PROVINCIAL'] }, `is_soe_leadership_member and management_level = 'PROVINCIAL'`],
    [{ isSelectedGraduate: true }, `is_selected_graduate`],
    [{ isPartyAffairsCadre: true }, `is_party_affairs_cadre`],
    [{ isPartyAffairsCadre: false, regionCode: '350200' }, `not is_party_affairs_cadre and region_id in (select d.id from region d where d.path like '/350000/350200/%')`],
  ])('filter %j counts what SQL counts', async (filter, where) => {
    const [{ n }] = await h.sql(`select count(*)::int as n from cadre where ${where} and archived_at is null`);
    expect(n).toBeGreaterThan(0);
    const res = await h.exec(COUNT, { filter });
    expect(res.errors).toBeUndefined();
    expect(res.data!.cadres.totalCount).toBe(n);
  });

  describe('visibility from the outside, per role', () => {
    // INTERNAL: every role but REPORTER (clearance PUBLIC) reads them.
    const SEES: Record<Role, boolean> = { ADMIN: true, ORG_DEPT: true, INDUSTRY_BUREAU: true, PARTY_SCHOOL: true, CADRE: true, REPORTER: false };
    it.each(ROLES)('%s', async (role) => {
      const list = await h.exec(`{ cadres(first: 1) { nodes { id } } }`, {}, VIEWERS[role]);
      expect(list.errors).toBeUndefined();
      const gid = list.data!.cadres.nodes[0].id;
      const res = await h.exec(`query($id: ID!) { cadre(id: $id) { id ${ATTRS.join(' ')} } }`, { id: gid }, VIEWERS[role]);
      const row = await stored(gid);
      delete row.version;
      if (SEES[role]) {
        expect(res.errors).toBeUndefined();
        expect(res.data!.cadre).toEqual({ id: gid, ...row });
      } else {
        expect(res.errors!.map((e) => [e.extensions!.code, e.path!.join('.')]).sort()).toEqual(ATTRS.map((f) => ['FORBIDDEN', `cadre.${f}`]).sort());
        expect(Object.values(res.data?.cadre ?? {}).filter((v) => v !== null && v !== gid)).toEqual([]);
      }
    });

    it('a CADRE token reads its own record\'s attributes over HTTP', async () => {
      const gid = toGlobalId('Cadre', XM_CADRE);
      const token = await h.token(VIEWERS.CADRE);
      const res = await h.post({ query: `query($id: ID!) { cadre(id: $id) { id ${ATTRS.join(' ')} } }`, variables: { id: gid } }, { authorization: `Bearer ${token}` });
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      const row = await stored(gid);
      delete row.version;
      expect(res.body.data.cadre).toEqual({ id: gid, ...row });
      expect(row.managementLevel).toBe('PROVINCIAL'); // 市委常委、组织部长: 副厅级, 省管
    });
  });
});
