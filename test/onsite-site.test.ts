import { startHarness, type Harness } from './helpers/harness';
import {
  ArchiveOnsiteTeachingSiteDocument,
  CreateOnsiteTeachingSiteDocument,
  OnsiteTeachingSiteByIdDocument,
  OnsiteTeachingSitesPageDocument,
  UpdateOnsiteTeachingSiteDocument,
} from './generated/graphql';
import { decodeGlobalId, toGlobalId } from '../src/core/read/ids';

async function insert(h: Harness, table: string, row: Record<string, unknown>): Promise<number> {
  const cols = Object.keys(row);
  const [r] = await h.sql<{ id: number }>(
    `insert into ${table} (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')}) returning id`,
    Object.values(row),
  );
  return r.id;
}

const siteId = (pk: number) => toGlobalId('OnsiteTeachingSite', pk);

describe('onsite teaching sites (现场教学点)', () => {
  let h: Harness;
  let region: Record<string, number>;
  let inst: number;
  let S1: number, S2: number, S3: number, S4: number;

  beforeAll(async () => {
    h = await startHarness();
    const rows = await h.sql<{ id: number; code: string }>(`select id, code from region where code in ('350300', '350304', '350582', '350800')`);
    region = Object.fromEntries(rows.map((r) => [r.code, r.id]));
    inst = await insert(h, 'institution', { name: '现场教学测试学院', kind: 'PARTY_SCHOOL', level: 'MUNICIPAL', region_id: region['350300'] });
    const site = (row: Record<string, unknown>) => insert(h, 'onsite_teaching_site', { institution_id: inst, ...row });
    S1 = await site({ name: '木兰溪治理展示馆（测试）', region_id: region['350304'], theme: '木兰溪治理', status: 'ACTIVE', address: '莆田市荔城区' });
    S2 = await site({ name: '陈埭镇民营企业（测试）', region_id: region['350582'], theme: '晋江经验', status: 'ADJUSTED', address: null });
    S3 = await site({ name: '旧址（测试，已撤销）', region_id: region['350300'], theme: '木兰溪治理', status: 'REVOKED', address: '莆田市' });
    S4 = await site({ name: '已归档教学点（测试）', region_id: region['350304'], theme: '木兰溪治理', status: 'ACTIVE', archived_at: new Date() });
  });
  afterAll(() => h.stop());

  const own = () => ({ institutionId: toGlobalId('Institution', inst) });
  const list = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const res = await h.exec(OnsiteTeachingSitesPageDocument, { filter, first: 100, ...extra });
    expect(res.errors).toBeUndefined();
    return res.data!.onsiteTeachingSites.nodes.map((n) => n.id);
  };

  it('filters by institution, region subtree, status, theme and keyword', async () => {
    expect(await list(own())).toEqual([S1, S2, S3].map(siteId));
    expect(await list(own(), { includeArchived: true })).toEqual([S1, S2, S3, S4].map(siteId));
    expect(await list({ ...own(), regionCode: '350300' })).toEqual([S1, S3].map(siteId));
    expect(await list({ ...own(), status: ['ACTIVE', 'ADJUSTED'] })).toEqual([S1, S2].map(siteId));
    expect(await list({ ...own(), theme: ['晋江经验', '不存在的主题'] })).toEqual([S2].map(siteId));
    expect(await list({ ...own(), keyword: '荔城' })).toEqual([S1].map(siteId));
    expect(await list({ ...own(), keyword: '木兰溪', status: ['ACTIVE'] })).toEqual([S1].map(siteId));
    const longKeyword = await h.exec(OnsiteTeachingSitesPageDocument, { filter: { keyword: '点'.repeat(51) } });
    expect(longKeyword.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.keyword' });
  });

  it('agrees with SQL on the seeded sites of a region subtree', async () => {
    const expected = await h.sql<{ id: number }>(
      `select s.id from onsite_teaching_site s join region d on d.id = s.region_id where d.path like '/350000/350800/%' and s.archived_at is null order by s.id`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await list({ regionCode: '350800' })).toEqual(expected.map((r) => siteId(r.id)));
    const res = await h.exec(OnsiteTeachingSitesPageDocument, { filter: { regionCode: '350800' }, first: 1 });
    expect(res.data!.onsiteTeachingSites.totalCount).toBe(expected.length);
  });

  it('finds a site by id with its region and institution; NOT_FOUND when missing', async () => {
    const res = await h.exec(OnsiteTeachingSiteByIdDocument, { id: siteId(S1) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.onsiteTeachingSite).toEqual({
      id: siteId(S1),
      name: '木兰溪治理展示馆（测试）',
      theme: '木兰溪治理',
      status: 'ACTIVE',
      address: '莆田市荔城区',
      version: 1,
      archivedAt: null,
      region: { code: '350304' },
      institution: { id: toGlobalId('Institution', inst) },
    });
    const missing = await h.exec(OnsiteTeachingSiteByIdDocument, { id: siteId(99999999) });
    expect(missing.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
  });

  const newSite = (over: Record<string, unknown> = {}) => ({
    name: '长汀水土流失治理（测试）',
    regionId: toGlobalId('Region', region['350800']),
    theme: '水土流失治理',
    institutionId: toGlobalId('Institution', inst),
    address: '龙岩市长汀县',
    ...over,
  });

  it('creates, updates with the version, refuses a stale version, and archives', async () => {
    const created = await h.exec(CreateOnsiteTeachingSiteDocument, { input: newSite() });
    expect(created.errors).toBeUndefined();
    const site = created.data!.createOnsiteTeachingSite.onsiteTeachingSite;
    expect(site).toMatchObject({ name: '长汀水土流失治理（测试）', theme: '水土流失治理', status: 'ACTIVE', address: '龙岩市长汀县', version: 1, region: { code: '350800' } });

    const updated = await h.exec(UpdateOnsiteTeachingSiteDocument, { input: { id: site.id, version: 1, status: 'ADJUSTED', address: null, regionId: toGlobalId('Region', region['350300']) } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateOnsiteTeachingSite.onsiteTeachingSite).toMatchObject({ status: 'ADJUSTED', address: null, version: 2, region: { code: '350300' } });

    const stale = await h.exec(UpdateOnsiteTeachingSiteDocument, { input: { id: site.id, version: 1, name: '不应写入' } });
    expect(stale.data).toBeNull();
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const pk = decodeGlobalId(site.id)!.pk;
    expect(await h.sql(`select name, status, address, version from onsite_teaching_site where id = $1`, [pk])).toEqual([
      { name: '长汀水土流失治理（测试）', status: 'ADJUSTED', address: null, version: 2 },
    ]);

    const archived = await h.exec(ArchiveOnsiteTeachingSiteDocument, { input: { id: site.id, version: 2 } });
    expect(archived.errors).toBeUndefined();
    expect(archived.data!.archiveOnsiteTeachingSite.onsiteTeachingSite.archivedAt).not.toBeNull();
    expect(await list(own())).toEqual([S1, S2, S3].map(siteId));
    const trail = await h.sql<{ action: string; fields: string[] }>(`select action, fields from audit_entry where entity = 'OnsiteTeachingSite' and $1 = any(entity_ids) order by id`, [site.id]);
    expect(trail).toEqual([
      { action: 'CREATE', fields: ['name', 'regionId', 'theme', 'institutionId', 'address'] },
      { action: 'UPDATE', fields: ['status', 'address', 'region'] },
      { action: 'ARCHIVE', fields: ['archivedAt'] },
    ]);
  });

  it.each([
    ['an over-long name', { name: '点'.repeat(201) }, 'input.name'],
    ['an over-long theme', { theme: '题'.repeat(101) }, 'input.theme'],
    ['an over-long address', { address: '址'.repeat(201) }, 'input.address'],
    ['an unknown region', { regionId: toGlobalId('Region', 99999999) }, 'input.regionId'],
    ['a malformed institution id', { institutionId: 'bad id' }, 'input.institutionId'],
    ['an unknown status', { status: 'CLOSED' }, 'input.status'],
  ])('rejects %s with BAD_USER_INPUT at its path and writes nothing', async (_what, over, field) => {
    const before = await h.sql(`select (select count(*) from onsite_teaching_site)::int as sites, (select count(*) from audit_entry)::int as audits`);
    const res = await h.exec(CreateOnsiteTeachingSiteDocument, { input: newSite(over) as never });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await h.sql(`select (select count(*) from onsite_teaching_site)::int as sites, (select count(*) from audit_entry)::int as audits`)).toEqual(before);
  });

  it('refuses to update an archived site as NOT_FOUND', async () => {
    const res = await h.exec(UpdateOnsiteTeachingSiteDocument, { input: { id: siteId(S4), version: 1, name: '复活' } });
    expect(res.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
  });
});
