import { startHarness, type ExecResult, type Harness } from './helpers/harness';
import { ArchiveCadreDocument, CadreByIdDocument, CadresPageDocument, CreateCadreDocument, UpdateCadreDocument, type CadresPageQuery } from './generated/graphql';
import { decodeGlobalId, toGlobalId } from '../src/core/read/ids';
import { idCardCheckChar } from '../src/modules/cadre/id-card';

const idCard = (first17: string) => first17 + idCardCheckChar(first17);
const ID_A = idCard('35020319850615999');
const ID_B = idCard('35020319850615000');

describe('cadres: lists, lookups and writes', () => {
  let h: Harness;
  let unitGid: string;
  let unitRegion: string;
  beforeAll(async () => {
    h = await startHarness();
    const [u] = await h.sql(`select u.id, r.code from unit u join region r on r.id = u.region_id where r.code = '350203' or r.path like '/350000/350200/%' order by u.id limit 1`);
    unitGid = toGlobalId('Unit', u.id);
    unitRegion = u.code;
  });
  afterAll(() => h.stop());

  const newCadre = (over: Record<string, unknown> = {}) => ({
    name: '林测试',
    gender: 'FEMALE' as const,
    birthDate: '1985-06-15',
    idCardNumber: ID_A,
    unitId: unitGid,
    category: 'TOWNSHIP_LEADER' as const,
    rank: 'SECTION_CHIEF' as const,
    position: '科长',
    ...over,
  });

  it('pages through a filtered list with cursors, and totalCount matches the rows', async () => {
    const [{ n }] = await h.sql(`select count(*)::int as n from cadre c join region r on r.id = c.region_id where r.path like '/350000/350200/%' and c.archived_at is null`);
    expect(n).toBeGreaterThan(40);
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const res: ExecResult<CadresPageQuery> = await h.exec(CadresPageDocument, { filter: { regionCode: '350200' }, first: 40, after });
      expect(res.errors).toBeUndefined();
      const page: CadresPageQuery['cadres'] = res.data!.cadres;
      expect(page.totalCount).toBe(n);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const expected = await h.sql(`select c.id from cadre c join region r on r.id = c.region_id where r.path like '/350000/350200/%' and c.archived_at is null order by c.id`);
    expect(seen).toEqual(expected.map((r) => toGlobalId('Cadre', r.id)));
  });

  it('orders by birth date with keyset cursors that never skip or repeat a row', async () => {
    const all = await h.sql(`select id from cadre where archived_at is null and category = 'SENIOR_CIVIL_SERVANT' order by birth_date desc, id desc`);
    const seen: string[] = [];
    let after: string | null | undefined = null;
    do {
      const res: ExecResult<CadresPageQuery> = await h.exec(CadresPageDocument, { filter: { category: ['SENIOR_CIVIL_SERVANT'] }, orderBy: 'BIRTH_DATE_DESC', first: 25, after });
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.cadres.edges.map((e) => e.node.id));
      after = res.data!.cadres.pageInfo.hasNextPage ? res.data!.cadres.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toEqual(all.map((r) => toGlobalId('Cadre', r.id)));
  });

  it('defaults to 20 rows and refuses more than 100', async () => {
    const dflt = await h.exec(CadresPageDocument, {});
    expect(dflt.data!.cadres.edges).toHaveLength(20);
    const tooMany = await h.exec(CadresPageDocument, { first: 101 });
    expect(tooMany.data).toBeNull();
    expect(tooMany.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    const max = await h.exec(CadresPageDocument, { first: 100 });
    expect(max.data!.cadres.edges).toHaveLength(100);
  });

  it('rejects a cursor it did not hand out', async () => {
    const forged = Buffer.from(JSON.stringify(['not-a-date', 1])).toString('base64url');
    const res = await h.exec(CadresPageDocument, { orderBy: 'BIRTH_DATE_ASC', after: forged });
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    const junk = await h.exec(CadresPageDocument, { after: '%%%' });
    expect(junk.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('filters by category, rank, principal-leader flag, unit and name keyword', async () => {
    const [row] = await h.sql(`select id, name, unit_id from cadre where is_principal_leader and category = 'COUNTY_LEADER_AND_ABOVE' order by id limit 1`);
    const keyword = row.name.slice(0, 2);
    const expected = await h.sql(
      `select id from cadre where is_principal_leader and category = 'COUNTY_LEADER_AND_ABOVE' and unit_id = $1 and name like $2 and archived_at is null order by id`,
      [row.unit_id, `%${keyword}%`],
    );
    const res = await h.exec(CadresPageDocument, {
      filter: { category: ['COUNTY_LEADER_AND_ABOVE'], isPrincipalLeader: true, unitId: toGlobalId('Unit', row.unit_id), keyword },
      first: 100,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.cadres.edges.map((e) => e.node.id)).toEqual(expected.map((r) => toGlobalId('Cadre', r.id)));
    expect(expected.length).toBeGreaterThan(0);

    const ranks = await h.exec(CadresPageDocument, { filter: { rank: ['BUREAU_CHIEF', 'BUREAU_DEPUTY'] }, first: 1 });
    const [{ n }] = await h.sql(`select count(*)::int as n from cadre where rank in ('BUREAU_CHIEF','BUREAU_DEPUTY') and archived_at is null`);
    expect(ranks.data!.cadres.totalCount).toBe(n);
  });

  it('finds one cadre by id, and answers NOT_FOUND for an id that does not exist', async () => {
    const [row] = await h.sql(`select id, name, id_card_number from cadre order by id limit 1`);
    const res = await h.exec(CadreByIdDocument, { id: toGlobalId('Cadre', row.id) });
    expect(res.data!.cadre.name).toBe(row.name);
    expect(res.data!.cadre.idCardNumber).toBe(row.id_card_number);
    const missing = await h.exec(CadreByIdDocument, { id: toGlobalId('Cadre', 99999999) });
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    const otherType = await h.exec(CadreByIdDocument, { id: toGlobalId('Unit', row.id) });
    expect(otherType.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('creates, updates with the version, refuses a stale version, and archives', async () => {
    const created = await h.exec(CreateCadreDocument, { input: newCadre() });
    expect(created.errors).toBeUndefined();
    const cadre = created.data!.createCadre.cadre;
    expect(cadre).toMatchObject({ name: '林测试', version: 1, unit: { id: unitGid }, region: { code: unitRegion } });

    const updated = await h.exec(UpdateCadreDocument, { input: { id: cadre.id, version: 1, position: '副主任' } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateCadre.cadre).toMatchObject({ position: '副主任', version: 2 });

    const stale = await h.exec(UpdateCadreDocument, { input: { id: cadre.id, version: 1, position: '主任' } });
    expect(stale.data).toBeNull();
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const [stored] = await h.sql(`select position, version from cadre where id_card_number = $1`, [ID_A]);
    expect(stored).toEqual({ position: '副主任', version: 2 });

    // 人事调动: a transfer with another change in the same update moves the version by exactly one.
    const [other] = await h.sql(`select id from unit where id <> $1 order by id limit 1`, [decodeGlobalId(unitGid)!.pk]);
    const transferred = await h.exec(UpdateCadreDocument, { input: { id: cadre.id, version: 2, unitId: toGlobalId('Unit', other.id), position: '主任' } });
    expect(transferred.errors).toBeUndefined();
    expect(transferred.data!.updateCadre.cadre).toMatchObject({ position: '主任', version: 3, unit: { id: toGlobalId('Unit', other.id) } });

    const archived = await h.exec(ArchiveCadreDocument, { input: { id: cadre.id, version: 3 } });
    expect(archived.errors).toBeUndefined();
    expect(archived.data!.archiveCadre.cadre.archivedAt).not.toBeNull();
    const list = await h.exec(CadresPageDocument, { filter: { keyword: '林测试' } });
    expect(list.data!.cadres.totalCount).toBe(0);
    const withArchived = await h.exec(CadresPageDocument, { filter: { keyword: '林测试' }, includeArchived: true });
    expect(withArchived.data!.cadres.totalCount).toBe(1);

    const audit = await h.sql(`select action from audit_entry where entity = 'Cadre' and $1 = any(entity_ids) order by id`, [cadre.id]);
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'ARCHIVE']);
  });

  it.each([
    ['an unknown enum', { category: 'GOVERNOR' }, 'input.category'],
    ['a malformed date', { birthDate: '1985-02-30' }, 'input.birthDate'],
    ['an over-long string', { name: '林'.repeat(51) }, 'input.name'],
    ['an unknown referenced id', { unitId: toGlobalId('Unit', 999999) }, 'input.unitId'],
    ['a malformed referenced id', { unitId: 'garbage!' }, 'input.unitId'],
    ['a malformed ID-card number', { idCardNumber: '12345' }, 'input.idCardNumber'],
    ['an ID-card number with a wrong check character', { idCardNumber: ID_B.slice(0, 17) + (ID_B[17] === '1' ? '2' : '1') }, 'input.idCardNumber'],
  ])('rejects %s with BAD_USER_INPUT at its path and writes nothing', async (_what, over, field) => {
    const before = await h.sql(`select (select count(*) from cadre)::int as cadres, (select count(*) from audit_entry)::int as audits`);
    const res = await h.exec(CreateCadreDocument, { input: newCadre({ idCardNumber: ID_B, ...over }) as never });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await h.sql(`select (select count(*) from cadre)::int as cadres, (select count(*) from audit_entry)::int as audits`)).toEqual(before);
  });

  it('rejects a duplicate ID-card number as CONFLICT naming the field', async () => {
    const [row] = await h.sql(`select id_card_number from cadre order by id limit 1`);
    const res = await h.exec(CreateCadreDocument, { input: newCadre({ idCardNumber: row.id_card_number }) });
    expect(res.errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'input.idCardNumber' });
  });
});
