import fs from 'node:fs';
import fc from 'fast-check';
import { startHarness, type Harness } from './helpers/harness';
import { DEMO_AGENCIES } from '../src/access/demo-agencies';
import { toGlobalId } from '../src/core/read/ids';
import { Draw } from './helpers/fuzz/draw';
import { mutatedQuery, rejectedMutation, validQuery, type Built } from './helpers/fuzz/documents';
import { hostile, OPERATION_LIMITS_ENFORCED } from './helpers/fuzz/hostile';
import { tableChecksums, violations, type Reply } from './helpers/fuzz/checks';
import type { IdPool, ValueContext } from './helpers/fuzz/values';

/**
 * Property-based fuzzing of the hub over real HTTP (issue 8, point 5). Documents and variables are
 * generated from the schema — valid selections with arguments of the right types, the same with
 * one poisoned value or a broken document, mutations carrying one poison each, hostile documents
 * (see OPERATION_LIMITS_ENFORCED) and odd transport — for every role's token. Every response keeps
 * the public error contract, leaks no SQL, stack or path, refused mutations are refused, and the
 * database is the same afterwards.
 *
 * Reproduce a run with FUZZ_SEED=<seed> (printed on failure and at the end); FUZZ_REQUESTS changes
 * the number of requests (default 5,000); FUZZ_LOG=<file> writes one line per request (what was
 * sent, the status and the first errors) for looking at what the generators reach.
 */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261202;
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 5000);
/** Requests in flight at once: each property run sends one batch. */
const BATCH = 8;

const TYPES_BY_TABLE: Record<string, string> = {
  cadre: 'Cadre',
  course: 'Course',
  teacher: 'Teacher',
  teaching_case: 'TeachingCase',
  institution: 'Institution',
  unit: 'Unit',
  region: 'Region',
  platform: 'Platform',
  training_class: 'TrainingClass',
  training_record: 'TrainingRecord',
  training_assignment: 'TrainingAssignment',
  evaluation: 'Evaluation',
  onsite_teaching_site: 'OnsiteTeachingSite',
  textbook: 'Textbook',
  case_collection: 'CaseCollection',
  class_session: 'ClassSession',
  class_quota: 'ClassQuota',
  course_award: 'CourseAward',
  case_award: 'CaseAward',
  textbook_award: 'TextbookAward',
  teacher_pool_membership: 'TeacherPoolMembership',
  audit_entry: 'AuditEntry',
};

interface Sent extends Built {
  seed: number;
  role: string;
  transport?: string;
  claims?: Record<string, unknown>;
}

describe('fuzz: generated documents from every role never break the contract', () => {
  let h: Harness;
  let tokens: { name: string; role: string; token: string }[];
  let ctx: ValueContext;

  beforeAll(async () => {
    h = await startHarness();
    tokens = await Promise.all(
      Object.entries(DEMO_AGENCIES).map(async ([name, a]) => ({ name, role: a.claims.role, token: await h.token({ subject: `fuzz-${name}`, ...a.claims }, 3600) })),
    );
    const ids = new Map<string, string[]>();
    const versions = new Map<string, number>();
    for (const [table, type] of Object.entries(TYPES_BY_TABLE)) {
      if (!h.hub.schema.getType(type)) continue;
      const rows = await h.sql<{ id: number; version?: number }>(`select * from ${table} order by id limit 25`);
      if (rows.length) ids.set(type, rows.map((r) => toGlobalId(type, r.id)));
      for (const r of rows) if (typeof r.version === 'number') versions.set(toGlobalId(type, r.id), r.version);
    }
    ctx = { schema: h.hub.schema, ids: ids as IdPool, versions, maxStringLength: h.config.maxStringLength };
  });
  afterAll(() => h.stop());

  /** One request: a GraphQL document for a role, or (rarely) an odd transport. */
  function build(seed: number): Sent {
    const d = new Draw(seed);
    const kind = d.weighted([
      [40, 'valid'],
      [25, 'mutated'],
      [22, 'mutation'],
      [8, 'hostile'],
      [4, 'transport'],
      [3, 'claims'],
    ] as const);
    const doc =
      kind === 'valid' ? validQuery(d, ctx) : kind === 'mutated' ? mutatedQuery(d, ctx) : kind === 'mutation' ? rejectedMutation(d, ctx) : kind === 'hostile' ? hostile(d, ctx) : validQuery(d, ctx);
    // Mutations mostly as roles that may write, so the poison (not the role) is what gets refused.
    const writers = tokens.filter((t) => t.role === 'ADMIN' || t.role === 'ORG_DEPT' || t.role === 'PARTY_SCHOOL');
    const who = kind === 'mutation' && d.chance(0.7) ? d.pick(writers) : d.pick(tokens);
    const sent: Sent = { ...doc, seed, role: who.name };
    if (kind === 'transport') sent.transport = d.pick(['no-token', 'bad-token', 'text-plain', 'form', 'malformed', 'array', 'get', 'get-mutation', 'null', 'huge', 'accept']);
    if (kind === 'claims') sent.transport = 'odd-claims';
    if (sent.transport === 'odd-claims') {
      // A correctly signed token whose claims no agency could have: the issuer's mistakes are input too.
      const odd = d.pick(['35\u00000', 'x'.repeat(200), 'a\ud800', '\n', '350200; drop', '']);
      sent.claims = { ...DEMO_AGENCIES[who.name].claims, [d.pick(['region', 'sector', 'agency', 'cadre', 'sub'])]: odd };
    }
    return sent;
  }

  async function send(req: Sent): Promise<Reply & { allowUnauthenticated: boolean; ms: number }> {
    const who = tokens.find((t) => t.name === req.role)!;
    const headers: Record<string, string> = { authorization: `Bearer ${who.token}`, 'content-type': 'application/json' };
    let body: string | undefined = req.rawVariables ? `{"query":${JSON.stringify(req.query)},"variables":${req.rawVariables}}` : JSON.stringify({ query: req.query, variables: req.variables });
    let method = 'POST';
    let url = `${h.baseUrl}/graphql`;
    let allowUnauthenticated = false;
    switch (req.transport) {
      case 'no-token':
        delete headers.authorization;
        allowUnauthenticated = true;
        break;
      case 'odd-claims': {
        const { sub, ...claims } = req.claims as Record<string, string>;
        headers.authorization = `Bearer ${await h.token({ subject: sub ?? `fuzz-${req.role}`, ...(claims as object) } as never)}`;
        allowUnauthenticated = true;
        break;
      }
      case 'bad-token':
        headers.authorization = `Bearer ${who.token.slice(0, -4)}AAAA`;
        allowUnauthenticated = true;
        break;
      case 'text-plain':
        headers['content-type'] = 'text/plain';
        break;
      case 'form':
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = `query=${encodeURIComponent(req.query)}`;
        break;
      case 'malformed':
        body = body.slice(0, Math.max(1, body.length - 3));
        break;
      case 'accept':
        headers.accept = ['text/html', 'application/xml', '*/*;q=0', 'multipart/mixed', 'application/graphql-response+json', 'application/json;q=0.1, text/plain'][Math.abs(req.seed) % 6];
        break;
      case 'array':
        body = `[${body}]`;
        break;
      case 'null':
        body = 'null';
        break;
      case 'huge':
        body = JSON.stringify({ query: req.query, variables: { pad: 'x'.repeat(h.config.maxBodyBytes) } });
        break;
      case 'get':
      case 'get-mutation':
        method = 'GET';
        url += `?query=${encodeURIComponent(req.transport === 'get' ? req.query : 'mutation { archiveCadre(input: { id: "x", version: 1 }) { __typename } }')}&variables=${encodeURIComponent(JSON.stringify(req.variables))}`;
        body = undefined;
        delete headers['content-type'];
        headers['apollo-require-preflight'] = 'true';
        break;
      default:
        break;
    }
    const t0 = Date.now();
    const res = await fetch(url, { method, headers, body });
    const text = await res.text();
    const ms = Date.now() - t0;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, text, body: parsed, allowUnauthenticated, ms };
  }

  it('recognises the leaks it looks for', () => {
    const leaky = [
      'select t.id, t.name from cadre t where t.region_id = $1',
      'insert into "cadre" ("name") values ($1) - duplicate key value violates unique constraint "cadre_pkey"',
      'invalid byte sequence for encoding "UTF8": 0x00',
      'TypeError: Cannot read properties of undefined\n    at isNumber (/work/wt-fuzz/node_modules/class-validator/IsNumber.ts:34:53)',
      'at Object.<anonymous> (src/app/read/connection.ts:120:7)',
    ];
    for (const text of leaky) expect(violations({ status: 200, text: JSON.stringify({ errors: [{ message: text, extensions: { code: 'BAD_USER_INPUT' } }] }), body: { errors: [] } }, { allowUnauthenticated: false })).not.toEqual([]);
    const clean = JSON.stringify({ data: { cadres: { nodes: [{ name: '张三', position: '厦门市委组织部部长' }] } } });
    expect(violations({ status: 200, text: clean, body: JSON.parse(clean) }, { allowUnauthenticated: false })).toEqual([]);
  });

  it(`answers ${REQUESTS} generated requests within the contract and changes nothing (seed ${SEED})`, async () => {
    const started = Date.now();
    const before = await tableChecksums(h);
    const stats = { requests: 0, byKind: new Map<string, number>(), byCode: new Map<string, number>(), byStatus: new Map<number, number>(), refused: 0, cleanValid: 0 };
    const count = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
    const unhandled: unknown[] = [];
    const onUnhandled = (err: unknown) => unhandled.push(err);
    process.on('unhandledRejection', onUnhandled);

    try {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.integer(), { minLength: BATCH, maxLength: BATCH }), async (seeds) => {
          const reqs = seeds.map((s) => build(s));
          const replies = await Promise.all(reqs.map((r) => send(r)));
          const problems: string[] = [];
          reqs.forEach((req, i) => {
            const reply = replies[i];
            stats.requests++;
            count(stats.byKind, req.transport ? 'transport' : req.label.split(' ').slice(0, 2).join(' '));
            if (!req.transport && req.label.startsWith('valid') && !reply.body?.errors) stats.cleanValid++;
            count(stats.byStatus, reply.status);
            for (const e of reply.body?.errors ?? []) count(stats.byCode, String(e?.extensions?.code));
            if (process.env.FUZZ_LOG) fs.appendFileSync(process.env.FUZZ_LOG, `${JSON.stringify({ seed: req.seed, role: req.role, label: req.label, ms: reply.ms, status: reply.status, errors: (reply.body?.errors ?? []).slice(0, 2).map((e: any) => `${e?.extensions?.code}: ${String(e?.message).slice(0, 160)}`) })}\n`);
            const v = violations(reply, { allowUnauthenticated: reply.allowUnauthenticated, mustReject: req.transport ? undefined : req.mustReject, tooComplex: !req.transport && req.tooComplex, acceptsNoRow: !req.transport && req.acceptsNoRow });
            if ((req.mustReject || req.acceptsNoRow) && !req.transport && !v.length) stats.refused++;
            if (v.length) {
              problems.push(
                [`request seed ${req.seed} (${req.label}; role ${req.role}${req.transport ? `; transport ${req.transport}` : ''}):`, ...v.map((x) => `  - ${x}`), `  query: ${req.query.slice(0, 1500)}`, `  variables: ${JSON.stringify(req.variables).slice(0, 1500)}`, `  response ${reply.status}: ${reply.text.slice(0, 1500)}`].join('\n'),
              );
            }
          });
          if (problems.length) throw new Error(problems.join('\n'));
        }),
        { seed: SEED, numRuns: Math.ceil(REQUESTS / BATCH), endOnFailure: true, verbose: 1 },
      );
    } catch (err) {
      // fast-check's report names the seed and path; say how to reproduce in this suite's terms.
      process.stdout.write(`fuzz: failed with FUZZ_SEED=${SEED} (rerun: FUZZ_SEED=${SEED} npx jest test/fuzz.test.ts)\n`);
      throw err;
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }

    const health = await fetch(`${h.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(unhandled).toEqual([]);
    const after = await tableChecksums(h);
    expect(after).toEqual(before);

    const seconds = (Date.now() - started) / 1000;
    const line = (m: Map<unknown, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    process.stdout.write(
      [
        `fuzz: ${stats.requests} requests in ${seconds.toFixed(1)} s (seed ${SEED}, ${BATCH} in flight, operation limits ${OPERATION_LIMITS_ENFORCED ? 'enforced' : 'not yet enforced: hostile documents bounded'})`,
        `  kinds: ${line(stats.byKind)}`,
        `  statuses: ${line(stats.byStatus)}`,
        `  error codes: ${line(stats.byCode)}`,
        `  mutations refused as required: ${stats.refused}; valid queries answered without any error: ${stats.cleanValid}`,
        '',
      ].join('\n'),
    );
    expect(stats.requests).toBeGreaterThanOrEqual(REQUESTS);
  }, 900_000); // ~100 s on an idle 2-core machine; far longer when other suites share it
});
