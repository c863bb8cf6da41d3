import { auditServer, type AuditResult } from 'graphql-http';
import { startHarness, type Harness } from './helpers/harness';
import { Role, type Viewer } from '../src/access/viewer';

/**
 * The GraphQL-over-HTTP conformance audit of the `graphql-http` package, against the running hub
 * over real HTTP with a valid bearer token (issue 8, point 4). No result may be an `error`; every
 * warning or notice must be one of those accepted below, with the reason it is accepted.
 */
const ACCEPTED: Record<string, string> = {
  // Apollo Server answers request errors (parse, validation, variable coercion) with 400 whatever
  // the Accept header; the spec's SHOULD 200 is for legacy application/json clients. 400 keeps
  // refused requests visible to HTTP monitoring and matches QUERY_TOO_COMPLEX's 400 (issue 8).
  '572B': 'parse failure answered 400, not 200, for application/json',
  FDE2: 'validation failure answered 400, not 200, for application/json',
  '7B9B': 'variable coercion failure answered 400, not 200, for application/json',
  // GET queries need Apollo's CSRF preflight header (`apollo-require-preflight` or a non-simple
  // content type); the audit's plain GETs are refused with 400. Accepting simple GETs would let any
  // page in a browser run queries with a user's cookies — the hub keeps CSRF prevention on.
  '5A70': 'simple GET (x-www-form-urlencoded) refused by CSRF prevention',
  D6D5: 'simple GET with variables refused by CSRF prevention (graphql-response+json)',
  '6A70': 'simple GET with variables refused by CSRF prevention (application/json)',
};

describe('GraphQL over HTTP conformance (graphql-http audit)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  const audit = async (viewer: Viewer): Promise<AuditResult[]> => {
    const token = await h.token(viewer);
    const fetchFn = (input: string | URL | Request, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    return auditServer({ url: `${h.baseUrl}/graphql`, fetchFn });
  };

  it.each([
    ['ADMIN', { subject: 'audit-admin', role: Role.ADMIN }],
    ['REPORTER', { subject: 'audit-reporter', role: Role.REPORTER }],
  ] as const)('has no error-level result as %s, and only the accepted warnings', async (_role, viewer) => {
    const results = await audit(viewer);
    expect(results.length).toBeGreaterThan(30);
    const failed = results.flatMap((r) => (r.status === 'ok' ? [] : [r]));
    const summary = failed.map((r) => `${r.status} ${r.id} ${r.name}: ${r.reason}`);
    process.stdout.write(`graphql-http audit (${viewer.role}): ${results.length - failed.length}/${results.length} ok\n${summary.map((s) => `  ${s} — accepted: ${ACCEPTED[s.split(' ')[1]] ?? 'NOT ACCEPTED'}`).join('\n')}\n`);
    expect(failed.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}`)).toEqual([]);
    expect(failed.map((r) => r.id).filter((id) => !(id in ACCEPTED))).toEqual([]);
  });

  it('serves a GET query with the CSRF preflight header, and refuses a mutation over GET', async () => {
    const token = await h.token({ subject: 'audit-admin', role: Role.ADMIN });
    const headers = { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' };
    const ok = await fetch(`${h.baseUrl}/graphql?query=${encodeURIComponent('{ me { role } }')}`, { headers });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { me: { role: 'ADMIN' } } });
    const mutation = await fetch(`${h.baseUrl}/graphql?query=${encodeURIComponent('mutation { archiveCadre(input: { id: "x", version: 1 }) { __typename } }')}`, { headers });
    expect(mutation.status).toBe(405);
    expect(((await mutation.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
