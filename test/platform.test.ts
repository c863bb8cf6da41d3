import { startHarness, type Harness } from './helpers/harness';
import {
  ArchivePlatformDocument,
  CreatePlatformDocument,
  PlatformByIdDocument,
  PlatformsPageDocument,
  UpdatePlatformDocument,
  type CreatePlatformInput,
} from './generated/graphql';
import { lookupPk, toGlobalId } from '../src/core/read/ids';

/**
 * Platforms of their own, all with `zzplt` in the code so a keyword isolates them from the seed's.
 */
async function fixtures(h: Harness): Promise<Record<'alpha' | 'beta' | 'gamma' | 'old', string>> {
  const add = async (code: string, name: string, owner: string, recognised: boolean, archived = false) => {
    const [row] = await h.sql<{ id: number }>(
      `insert into platform (code, name, owner, is_recognised, url, archived_at) values ($1, $2, $3, $4, $5, $6) returning id`,
      [code, name, owner, recognised, `https://${code.toLowerCase()}.example.cn`, archived ? new Date() : null],
    );
    return toGlobalId('Platform', row.id);
  };
  return {
    alpha: await add('ZZPLT-A', '甲网络学院', '测试省委组织部', true),
    beta: await add('ZZPLT-B', '乙学习平台', '测试国资委', false),
    gamma: await add('ZZPLT-C', '丙在线课堂', '测试省委组织部', true),
    old: await add('ZZPLT-OLD', '旧平台', '测试人社厅', true, true),
  };
}

describe('platforms: lists, lookups and writes', () => {
  let h: Harness;
  let p: Awaited<ReturnType<typeof fixtures>>;
  beforeAll(async () => {
    h = await startHarness();
    p = await fixtures(h);
  });
  afterAll(() => h.stop());

  const codes = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const res = await h.exec(PlatformsPageDocument, { filter, first: 100, ...extra });
    expect(res.errors).toBeUndefined();
    expect(res.data!.platforms.totalCount).toBe(res.data!.platforms.nodes.length);
    return res.data!.platforms.nodes.map((n) => n.code);
  };

  it('filters by recognition and by a keyword in code, name or owner', async () => {
    expect(await codes({ keyword: 'zzplt' })).toEqual(['ZZPLT-A', 'ZZPLT-B', 'ZZPLT-C']);
    expect(await codes({ keyword: 'zzplt', isRecognised: true })).toEqual(['ZZPLT-A', 'ZZPLT-C']);
    expect(await codes({ keyword: 'zzplt', isRecognised: false })).toEqual(['ZZPLT-B']);
    expect(await codes({ keyword: '测试省委组织部' })).toEqual(['ZZPLT-A', 'ZZPLT-C']);
    expect(await codes({ keyword: '学习平台' })).toEqual(['ZZPLT-B']);
    expect(await codes({ keyword: '50%_' })).toEqual([]);
    expect(await codes({ keyword: 'zzplt' }, { includeArchived: true })).toEqual(['ZZPLT-A', 'ZZPLT-B', 'ZZPLT-C', 'ZZPLT-OLD']);
    expect(await codes({ keyword: 'zzplt' }, { orderBy: 'CODE_DESC' })).toEqual(['ZZPLT-C', 'ZZPLT-B', 'ZZPLT-A']);
  });

  it('pages by name with cursors', async () => {
    const first = await h.exec(PlatformsPageDocument, { filter: { keyword: 'zzplt' }, orderBy: 'NAME_ASC', first: 2 });
    const page1 = first.data!.platforms;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await h.exec(PlatformsPageDocument, { filter: { keyword: 'zzplt' }, orderBy: 'NAME_ASC', first: 2, after: page1.pageInfo.endCursor });
    const page2 = second.data!.platforms;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const expected = await h.sql(`select code from platform where code like 'ZZPLT-%' and archived_at is null order by name, id`);
    expect([...page1.nodes, ...page2.nodes].map((n) => n.code)).toEqual(expected.map((r) => r.code));
  });

  it('finds one platform by id with its training records, and answers NOT_FOUND otherwise', async () => {
    const [r] = await h.sql(`insert into region (code, name, level, path) values ('979900', '平台测试省', 'PROVINCE', '/979900/') returning id`);
    const [u] = await h.sql(`insert into unit (name, kind, region_id) values ('平台测试单位', 'GOVERNMENT_DEPT', $1) returning id`, [r.id]);
    const [cadre] = await h.sql(
      `insert into cadre (name, gender, birth_date, id_card_number, unit_id, region_id, category, rank, position)
       values ('平台测试干部', 'FEMALE', '1990-05-05', '979900199005050033', $1, $2, 'JUNIOR_CIVIL_SERVANT', 'STAFF', '科员') returning id`,
      [u.id, r.id],
    );
    await h.sql(
      `insert into training_record (cadre_id, mode, title, hours, credited_hours, start_date, end_date, platform_id, external_id)
       values ($1, 'ONLINE_SELF_STUDY', '平台课一', 1, 1, '2025-01-01', '2025-01-01', $2, 'E1'),
              ($1, 'ONLINE_SELF_STUDY', '平台课二', 2, 2, '2025-01-02', '2025-01-02', $2, 'E2')`,
      [cadre.id, lookupPk(p.alpha, 'Platform')],
    );
    const res = await h.exec(PlatformByIdDocument, { id: p.alpha });
    expect(res.errors).toBeUndefined();
    expect(res.data!.platform).toEqual({
      id: p.alpha,
      version: 1,
      code: 'ZZPLT-A',
      name: '甲网络学院',
      owner: '测试省委组织部',
      isRecognised: true,
      url: 'https://zzplt-a.example.cn',
      archivedAt: null,
      trainingRecords: [
        { id: expect.any(String), title: '平台课一' },
        { id: expect.any(String), title: '平台课二' },
      ],
    });
    const archived = await h.exec(PlatformByIdDocument, { id: p.old });
    expect(archived.data!.platform.archivedAt).toEqual(expect.any(String));
    const missing = await h.exec(PlatformByIdDocument, { id: toGlobalId('Platform', 99999999) });
    expect(missing.data).toBeNull();
    expect(missing.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
  });

  describe('writes', () => {
    const input = (over: Record<string, unknown> = {}): CreatePlatformInput =>
      ({ code: 'ZZNEW-1', name: '新平台', owner: '测试单位', ...over }) as CreatePlatformInput;
    const snapshot = () =>
      h.sql(`select (select count(*) from platform)::int as platforms, (select count(*) from audit_entry)::int as audits,
        (select coalesce(sum(version), 0) from platform)::int as versions`);

    it('creates, updates with the version, refuses a stale version without writing, and archives', async () => {
      const created = await h.exec(CreatePlatformDocument, { input: input({ code: 'ZZNEW-CRUD', url: 'https://new.example.cn/learn' }) });
      expect(created.errors).toBeUndefined();
      const platform = created.data!.createPlatform.platform;
      expect(platform).toEqual({
        id: expect.any(String),
        version: 1,
        code: 'ZZNEW-CRUD',
        name: '新平台',
        owner: '测试单位',
        isRecognised: false,
        url: 'https://new.example.cn/learn',
        archivedAt: null,
      });

      const updated = await h.exec(UpdatePlatformDocument, { input: { id: platform.id, version: 1, isRecognised: true, url: null, name: '新平台(已认可)' } });
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updatePlatform.platform).toMatchObject({ version: 2, isRecognised: true, url: null, name: '新平台(已认可)', code: 'ZZNEW-CRUD' });

      const before = await snapshot();
      const stale = await h.exec(UpdatePlatformDocument, { input: { id: platform.id, version: 1, name: '过期' } });
      expect(stale.data).toBeNull();
      expect(stale.errors![0].extensions).toEqual({ code: 'CONFLICT' });
      expect(await snapshot()).toEqual(before);
      const [row] = await h.sql(`select name, version, is_recognised, url from platform where code = 'ZZNEW-CRUD'`);
      expect(row).toEqual({ name: '新平台(已认可)', version: 2, is_recognised: true, url: null });

      const archived = await h.exec(ArchivePlatformDocument, { input: { id: platform.id, version: 2 } });
      expect(archived.errors).toBeUndefined();
      expect(archived.data!.archivePlatform.platform).toMatchObject({ version: 3, archivedAt: expect.any(String) });
      expect(await codes({ keyword: 'ZZNEW-CRUD' })).toEqual([]);

      const audits = await h.sql(`select action, fields, entity_ids from audit_entry where entity = 'Platform' and $1 = any(entity_ids) order by id`, [platform.id]);
      expect(audits).toEqual([
        { action: 'CREATE', fields: ['code', 'name', 'owner', 'url'], entity_ids: [platform.id] },
        { action: 'UPDATE', fields: ['name', 'isRecognised', 'url'], entity_ids: [platform.id] },
        { action: 'ARCHIVE', fields: ['archivedAt'], entity_ids: [platform.id] },
      ]);
    });

    it('refuses a duplicate code, on create and on update, archived platforms included', async () => {
      const before = await snapshot();
      const dup = await h.exec(CreatePlatformDocument, { input: input({ code: 'ZZPLT-A' }) });
      expect(dup.data).toBeNull();
      expect(dup.errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'input.code' });
      const dupArchived = await h.exec(CreatePlatformDocument, { input: input({ code: 'ZZPLT-OLD' }) });
      expect(dupArchived.errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'input.code' });
      const rename = await h.exec(UpdatePlatformDocument, { input: { id: p.beta, version: 1, code: 'ZZPLT-C' } });
      expect(rename.errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'input.code' });
      expect(await snapshot()).toEqual(before);

      // keeping its own code is not a clash
      const same = await h.exec(UpdatePlatformDocument, { input: { id: p.beta, version: 1, code: 'ZZPLT-B', owner: '测试国资委(新)' } });
      expect(same.errors).toBeUndefined();
      expect(same.data!.updatePlatform.platform).toMatchObject({ code: 'ZZPLT-B', owner: '测试国资委(新)', version: 2 });
    });

    it.each([
      ['an over-long code', { code: 'Z'.repeat(33) }, 'input.code'],
      ['a code with spaces', { code: 'ZZ NEW' }, 'input.code'],
      ['an empty name', { name: '' }, 'input.name'],
      ['an over-long name', { name: '平'.repeat(201) }, 'input.name'],
      ['an over-long owner', { owner: '办'.repeat(201) }, 'input.owner'],
      ['a URL that is not http(s)', { url: 'ftp://example.cn' }, 'input.url'],
      ['an over-long URL', { url: `https://example.cn/${'a'.repeat(290)}` }, 'input.url'],
      ['a flag that is not a boolean', { isRecognised: 'yes' }, 'input.isRecognised'],
    ])('rejects %s with BAD_USER_INPUT at its path and writes nothing', async (_what, over, field) => {
      const before = await snapshot();
      const res = await h.exec(CreatePlatformDocument, { input: input(over) });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await snapshot()).toEqual(before);
    });

    it('rejects bad updates at their path: null for a required field, a malformed or unknown id', async () => {
      const before = await snapshot();
      const nullName = await h.exec(UpdatePlatformDocument, { input: { id: p.gamma, version: 1, name: null } });
      expect(nullName.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
      const malformed = await h.exec(UpdatePlatformDocument, { input: { id: '!!', version: 1, name: 'x' } });
      expect(malformed.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id' });
      const unknown = await h.exec(UpdatePlatformDocument, { input: { id: toGlobalId('Platform', 99999999), version: 1, name: 'x' } });
      expect(unknown.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
      const badVersion = await h.exec(UpdatePlatformDocument, { input: { id: p.gamma, version: 0, name: 'x' } });
      expect(badVersion.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.version' });
      expect(await snapshot()).toEqual(before);
    });
  });
});
