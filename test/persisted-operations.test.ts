import { createHash } from 'node:crypto';
import { Kind, print, type DocumentNode } from 'graphql';
import { SignJWT } from 'jose';
import * as generated from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { Role, type Viewer } from '../src/access/viewer';
import { loadConfig } from '../src/core/config';
import { loadOperationManifest, PersistedOperations, type ManifestOperation } from '../src/server/persisted-operations';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

const ADMIN: Viewer = { subject: 'po-admin', role: Role.ADMIN };
const REPORTER: Viewer = { subject: 'po-reporter', role: Role.REPORTER };
const ORG: Viewer = { subject: 'po-org', role: Role.ORG_DEPT, region: '350000' };

/** The bound of the APQ cache in this file's hub: small, so eviction is observable. */
const CACHE_ENTRIES = 4;

describe('persisted operations: APQ and the safelist, over HTTP', () => {
  let h: Harness;
  const manifest = loadOperationManifest();
  const op = (name: string): ManifestOperation => {
    const found = manifest.operations.find((o) => o.name === name);
    if (!found) throw new Error(`no ${name} in the manifest`);
    return found;
  };
  const bearer: Record<string, string> = {};
  const as = (name: string) => ({ authorization: `Bearer ${bearer[name]}` });
  /** A document no operation file holds; `n` makes each one distinct. */
  const unlisted = (n: number | string) => `query Unlisted${n} { me { role } a${n}: me { subject } }`;

  beforeAll(async () => {
    h = await startHarness({ env: { SAFELIST_ROLES: 'REPORTER', APQ_CACHE_ENTRIES: String(CACHE_ENTRIES) } });
    bearer.admin = await h.token(ADMIN);
    bearer.reporter = await h.token(REPORTER);
    bearer.org = await h.token(ORG);
    // An ADMIN token whose issuer locked it to the safelist with the `safelist` claim.
    bearer.lockedAdmin = await new SignJWT({ role: 'ADMIN', safelist: true })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('po-locked-admin')
      .setIssuer('ganxun-hub')
      .setAudience('ganxun-hub')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(h.config.jwt.secret!));
  });
  afterAll(() => h.stop());

  describe('automatic persisted queries', () => {
    it('hash alone → PersistedQueryNotFound (BAD_USER_INPUT); hash + text registers; then the hash alone runs it', async () => {
      const query = unlisted('Apq');
      const hash = sha(query);
      const miss = await h.post({ extensions: apq(hash) }, as('admin'));
      expect(miss.status).toBe(200);
      expect(miss.body).toEqual({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'BAD_USER_INPUT' } }] });

      const register = await h.post({ query, extensions: apq(hash) }, as('admin'));
      expect(register.status).toBe(200);
      expect(register.body).toEqual({ data: { me: { role: 'ADMIN' }, aApq: { subject: 'po-admin' } } });

      const hit = await h.post({ extensions: apq(hash) }, as('admin'));
      expect(hit.body).toEqual(register.body);
      // Registrations are shared: another role runs the same hash under its own token.
      const other = await h.post({ extensions: apq(hash) }, as('org'));
      expect(other.body).toEqual({ data: { me: { role: 'ORG_DEPT' }, aApq: { subject: 'po-org' } } });
    });

    it('a hash that does not match the text is refused with 400 and registers nothing', async () => {
      const query = unlisted('Forged');
      const wrong = sha(unlisted('Other'));
      const res = await h.post({ query, extensions: apq(wrong) }, as('admin'));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ message: 'provided sha does not match query', extensions: { code: 'BAD_USER_INPUT' } }]);
      expect(res.body.data).toBeUndefined();
      const after = await h.post({ extensions: apq(wrong) }, as('admin'));
      expect(after.body.errors[0].message).toBe('PersistedQueryNotFound');
      const version = await h.post({ query, extensions: { persistedQuery: { version: 2, sha256Hash: sha(query) } } }, as('admin'));
      expect(version.status).toBe(400);
      expect(version.body.errors).toEqual([{ message: 'Unsupported persisted query version', extensions: { code: 'BAD_USER_INPUT' } }]);
    });

    it(`the cache is bounded: after ${CACHE_ENTRIES + 3} registrations only the last ${CACHE_ENTRIES} resolve`, async () => {
      const queries = Array.from({ length: CACHE_ENTRIES + 3 }, (_, i) => unlisted(`Bound${i}`));
      for (const query of queries) {
        const res = await h.post({ query, extensions: apq(sha(query)) }, as('admin'));
        expect(res.body.errors).toBeUndefined();
      }
      expect(h.hub.persistedOperations.cacheStats.entries).toBe(CACHE_ENTRIES);
      const found: boolean[] = [];
      for (const query of queries) {
        const res = await h.post({ extensions: apq(sha(query)) }, as('admin'));
        found.push(res.body.errors === undefined);
      }
      expect(found).toEqual(queries.map((_, i) => i >= queries.length - CACHE_ENTRIES));
    });

    it('the operations of schema/operations resolve by hash without registration, for every role', async () => {
      for (const [name, who] of [['admin', 'ADMIN'], ['org', 'ORG_DEPT'], ['reporter', 'REPORTER']] as const) {
        const res = await h.post({ extensions: apq(op('Me').sha256) }, as(name));
        expect(res.status).toBe(200);
        expect(res.body.data.me.role).toBe(who);
        expect(res.body.errors).toBeUndefined();
      }
    });
  });

  describe('safelist mode (SAFELIST_ROLES=REPORTER here)', () => {
    const summary = { groupBy: 'REGION', asOf: '2026-06-30' };

    it('a listed operation runs by hash, by its exact text, and by any text that prints to it', async () => {
      const byHash = await h.post({ variables: summary, extensions: apq(op('ComplianceSummary').sha256) }, as('reporter'));
      expect(byHash.status).toBe(200);
      expect(byHash.body.errors).toBeUndefined();
      expect(byHash.body.data.complianceSummary.groupBy).toBe('REGION');

      const byText = await h.post({ query: op('ComplianceSummary').document, variables: summary }, as('reporter'));
      expect(byText.body).toEqual(byHash.body);

      // Reformatted: one line, a comment, extra commas — the same document.
      const reformatted = `# the reporting tool's copy\n${op('ComplianceSummary').document.replace(/\s+/g, ' ').replace(/ {/g, ',{')}`;
      expect(sha(reformatted)).not.toBe(op('ComplianceSummary').sha256);
      const byReformatted = await h.post({ query: reformatted, variables: summary }, as('reporter'));
      expect(byReformatted.body).toEqual(byHash.body);

      // With a fragment (the document carries it after the operation).
      const platforms = await h.post({ query: op('CreatePlatform').document.replace('mutation', '\n\nmutation'), variables: { input: { code: 'x', name: 'x', owner: 'x' } } }, as('reporter'));
      expect(platforms.status).toBe(200); // listed, so it ran: the REPORTER's write is refused by the policy, not the safelist
      expect(platforms.body.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
      expect(platforms.body.errors[0].message).not.toMatch(/safelist/);
    });

    it('any other document from a safelisted role → 403 FORBIDDEN, nothing executed', async () => {
      const documents = [
        unlisted('Safe'),
        '{ me { role } }',
        op('Me').document.replace('sector', 'sector\n    subject'), // a listed document with one more field
        op('Me').document.replace('sector\n', ''), // … or one field fewer
        `${op('Me').document}\n\nquery Second { me { role } }`, // a listed operation beside another
        '{ __schema { queryType { name } } }',
      ];
      for (const query of documents) {
        const res = await h.post({ query, operationName: query.startsWith('query Me') ? 'Me' : undefined }, as('reporter'));
        expect(res.status).toBe(403);
        expect(res.body).toEqual({ errors: [{ message: expect.stringMatching(/not in the safelist/), extensions: { code: 'FORBIDDEN' } }] });
      }
    });

    it('APQ cannot get around it: a safelisted role cannot register a document, nor run one another role registered', async () => {
      const query = unlisted('Register');
      const refused = await h.post({ query, extensions: apq(sha(query)) }, as('reporter'));
      expect(refused.status).toBe(403);
      expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
      // Not registered: the hash is still unknown to everyone.
      const probe = await h.post({ extensions: apq(sha(query)) }, as('admin'));
      expect(probe.body.errors[0].message).toBe('PersistedQueryNotFound');

      const byAdmin = await h.post({ query, extensions: apq(sha(query)) }, as('admin'));
      expect(byAdmin.body.errors).toBeUndefined();
      const reporter = await h.post({ extensions: apq(sha(query)) }, as('reporter'));
      expect(reporter.status).toBe(403);
      expect(reporter.body.data).toBeUndefined();
      expect(reporter.body.errors[0].extensions.code).toBe('FORBIDDEN');
    });

    it('roles not in SAFELIST_ROLES run any document', async () => {
      const res = await h.post({ query: '{ me { role } }' }, as('org'));
      expect(res.body).toEqual({ data: { me: { role: 'ORG_DEPT' } } });
    });

    it('a token with the claim `safelist: true` is held to it whatever its role; refused writes write nothing', async () => {
      const count = async () => (await h.sql<{ n: number }>(`select (select count(*) from platform)::int + (select count(*) from audit_entry)::int as n`))[0].n;
      const before = await count();
      const mutation = 'mutation { createPlatform(input: { code: "po-locked", name: "锁定令牌", owner: "测试" }) { platform { id } } }';
      const res = await h.post({ query: mutation }, as('lockedAdmin'));
      expect(res.status).toBe(403);
      expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(res.body.data).toBeUndefined();
      expect(await count()).toBe(before);

      // The same token runs listed operations, writes included.
      const listed = await h.post({ extensions: apq(op('CreatePlatform').sha256), variables: { input: { code: 'po-locked', name: '锁定令牌', owner: '测试' } } }, as('lockedAdmin'));
      expect(listed.body.errors).toBeUndefined();
      expect(listed.body.data.createPlatform.platform.code).toBe('po-locked');
      // An unlocked ADMIN token is untouched by the claim of another.
      expect((await h.post({ query: '{ me { role } }' }, as('admin'))).body).toEqual({ data: { me: { role: 'ADMIN' } } });
    });
  });
});

describe('the operation manifest', () => {
  const manifest = loadOperationManifest();
  const hashes = new Set(manifest.operations.map((o) => o.sha256));

  it('holds every typed document codegen generates, by the hash of its printed text (what an APQ client sends)', () => {
    const documents = Object.entries(generated).filter(
      ([name, value]) => name.endsWith('Document') && (value as DocumentNode)?.kind === Kind.DOCUMENT,
    ) as [string, DocumentNode][];
    expect(documents.length).toBe(manifest.operations.length);
    const missing = documents.filter(([, doc]) => !hashes.has(createHash('sha256').update(print(doc)).digest('hex'))).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('refuses unknown roles in SAFELIST_ROLES and nonsense cache bounds at start', () => {
    const build = (env: Record<string, string>) => () => PersistedOperations.fromConfig(loadConfig({ ...env }));
    expect(build({ SAFELIST_ROLES: 'REPORTER,REPORTERS' })).toThrow(/SAFELIST_ROLES: unknown role REPORTERS/);
    expect(build({ APQ_CACHE_ENTRIES: '-1' })).toThrow(/APQ_CACHE_ENTRIES/);
    expect(build({ APQ_CACHE_BYTES: 'lots' })).toThrow(/APQ_CACHE_BYTES/);
    expect(build({ SAFELIST_ROLES: ' reporter , party_school ' })).not.toThrow();
  });
});
