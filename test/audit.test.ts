import { startHarness, type ExecResult, type Harness } from './helpers/harness';
import { AuditEntriesPageDocument, CreatePlatformDocument, type AuditEntriesPageQuery } from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';
import { Role, type Viewer } from '../src/access/viewer';

const WRITER: Viewer = { subject: 'audit-test-writer', role: Role.ADMIN, agency: 'AUDIT-TEST-AGENCY', region: '350000' };

/**
 * Six entries by one actor no seed uses, at fixed times (two share a timestamp, so the id breaks
 * the tie). The table is append-only: inserting is all a test can do, and all it needs.
 */
async function fixtures(h: Harness): Promise<Record<'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'a6', string>> {
  const add = async (action: string, entity: string, ids: string[], at: string) => {
    const [row] = await h.sql<{ id: string }>(
      `insert into audit_entry (actor, role, action, entity, entity_ids, fields, at) values ('audit-fixture', 'ADMIN', $1, $2, $3, '{name}', $4) returning id`,
      [action, entity, ids, at],
    );
    return toGlobalId('AuditEntry', row.id);
  };
  return {
    a1: await add('CREATE', 'Cadre', ['42'], '2030-01-01T08:00:00.000Z'),
    a2: await add('UPDATE', 'Cadre', [toGlobalId('Cadre', 42)], '2030-01-02T08:00:00.000Z'),
    a3: await add('UPDATE', 'Unit', ['42'], '2030-01-03T08:00:00.000Z'),
    a4: await add('ARCHIVE', 'Cadre', [toGlobalId('Cadre', 42)], '2030-01-03T08:00:00.000Z'),
    a5: await add('READ_RESTRICTED', 'Cadre', [toGlobalId('Cadre', 7), toGlobalId('Cadre', 42)], '2030-01-04T08:00:00.250Z'),
    a6: await add('UPDATE', 'Platform', [toGlobalId('Platform', 3)], '2030-01-05T08:00:00.000Z'),
  };
}

describe('audit log: the append-only record of writes and restricted reads', () => {
  let h: Harness;
  let a: Awaited<ReturnType<typeof fixtures>>;
  beforeAll(async () => {
    h = await startHarness();
    a = await fixtures(h);
  });
  afterAll(() => h.stop());

  const ids = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const res = await h.exec(AuditEntriesPageDocument, { filter, first: 100, ...extra });
    expect(res.errors).toBeUndefined();
    expect(res.data!.auditEntries.totalCount).toBe(res.data!.auditEntries.nodes.length);
    return res.data!.auditEntries.nodes.map((n) => n.id);
  };

  it('lists newest first by default, ties broken by id, and oldest first when asked', async () => {
    expect(await ids({ actor: 'audit-fixture' })).toEqual([a.a6, a.a5, a.a4, a.a3, a.a2, a.a1]);
    expect(await ids({ actor: 'audit-fixture' }, { orderBy: 'AT_ASC' })).toEqual([a.a1, a.a2, a.a3, a.a4, a.a5, a.a6]);
    expect(await ids({ actor: 'audit-fixture' }, { orderBy: 'ID_ASC' })).toEqual([a.a1, a.a2, a.a3, a.a4, a.a5, a.a6]);
  });

  it('pages newest first with keyset cursors that neither skip nor repeat entries sharing a time', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let pages = 0;
    do {
      const res: ExecResult<AuditEntriesPageQuery> = await h.exec(AuditEntriesPageDocument, { filter: { actor: 'audit-fixture' }, first: 2, after });
      expect(res.errors).toBeUndefined();
      const page = res.data!.auditEntries;
      expect(page.totalCount).toBe(6);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([a.a6, a.a5, a.a4, a.a3, a.a2, a.a1]);
  });

  it('filters by action, entity, record id and time range', async () => {
    expect(await ids({ actor: 'audit-fixture', action: 'UPDATE' })).toEqual([a.a6, a.a3, a.a2]);
    expect(await ids({ actor: 'audit-fixture', entity: 'Cadre' })).toEqual([a.a5, a.a4, a.a2, a.a1]);
    expect(await ids({ actor: 'audit-fixture', entity: 'Cadre', action: 'UPDATE' })).toEqual([a.a2]);
    // a global id also finds entries that logged the bare key of the same type, and only those
    expect(await ids({ actor: 'audit-fixture', entityId: toGlobalId('Cadre', 42) })).toEqual([a.a5, a.a4, a.a2, a.a1]);
    expect(await ids({ actor: 'audit-fixture', entityId: toGlobalId('Unit', 42) })).toEqual([a.a3]);
    expect(await ids({ actor: 'audit-fixture', entityId: toGlobalId('Cadre', 7) })).toEqual([a.a5]);
    expect(await ids({ actor: 'audit-fixture', entityId: '42' })).toEqual([a.a3, a.a1]);
    expect(await ids({ actor: 'audit-fixture', atFrom: '2030-01-03T08:00:00Z', atTo: '2030-01-04T08:00:00.250Z' })).toEqual([a.a5, a.a4, a.a3]);
    expect(await ids({ actor: 'audit-fixture', atFrom: '2030-01-04T16:00:00+08:00' })).toEqual([a.a6, a.a5]);
    expect(await ids({ actor: 'audit-fixture', atTo: '2030-01-01T07:59:59.999Z' })).toEqual([]);
    expect(await ids({ actor: 'nobody-at-all' })).toEqual([]);
  });

  it('rejects a time range that ends before it starts and a malformed time, naming the filter field', async () => {
    const reversed = await h.exec(AuditEntriesPageDocument, { filter: { atFrom: '2030-01-02T00:00:00Z', atTo: '2030-01-01T00:00:00Z' } });
    expect(reversed.data).toBeNull();
    expect(reversed.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.atTo' });
    const malformed = await h.exec(AuditEntriesPageDocument, { filter: { atFrom: '2030-01-02' } });
    expect(malformed.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.atFrom' });
    const unknownOrder = await h.exec(AuditEntriesPageDocument, { orderBy: 'NEWEST' as never });
    expect(unknownOrder.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'orderBy' });
  });

  it('shows a mutation as it was audited, in the same transaction as the write', async () => {
    const created = await h.exec(CreatePlatformDocument, { input: { code: 'AUDIT-T1', name: '审计测试平台', owner: '测试' } }, WRITER);
    expect(created.errors).toBeUndefined();
    const platformId = created.data!.createPlatform.platform.id;
    const res = await h.exec(AuditEntriesPageDocument, { filter: { actor: 'audit-test-writer' } });
    expect(res.errors).toBeUndefined();
    const [entry] = res.data!.auditEntries.nodes;
    expect(res.data!.auditEntries.nodes).toHaveLength(1);
    expect(entry).toEqual({
      id: expect.any(String),
      actor: 'audit-test-writer',
      role: 'ADMIN',
      agency: 'AUDIT-TEST-AGENCY',
      region: '350000',
      action: 'CREATE',
      entity: 'Platform',
      entityIds: [platformId],
      fields: ['code', 'name', 'owner'],
      sensitiveFields: [],
      requestId: expect.any(String),
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    const [row] = await h.sql(`select request_id from audit_entry where actor = 'audit-test-writer'`);
    expect(entry.requestId).toBe(row.request_id);

    // a refused write leaves no entry behind
    const dup = await h.exec(CreatePlatformDocument, { input: { code: 'AUDIT-T1', name: '重复', owner: '测试' } }, WRITER);
    expect(dup.errors![0].extensions!.code).toBe('CONFLICT');
    expect(await ids({ actor: 'audit-test-writer' })).toEqual([entry.id]);
  });

  it('has no includeArchived argument and no mutation: the log is append-only', async () => {
    const res = await h.exec(`query { auditEntries(includeArchived: true) { totalCount } }`);
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const mutations = await h.exec(`query { __schema { mutationType { fields { name } } } }`);
    const names = (mutations.data as any).__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(names.filter((n: string) => /audit/i.test(n))).toEqual([]);
    await expect(h.sql(`update audit_entry set actor = 'x' where actor = 'audit-fixture'`)).rejects.toThrow('append-only');
  });
});
