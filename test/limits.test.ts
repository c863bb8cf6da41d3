import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { getIntrospectionQuery, parse, print, separateOperations, type GraphQLSchema } from 'graphql';
import { contractSchema } from '../src/access/contracts';
import { decideField, FIELD_CLASSIFICATION, QUERY_POLICY } from '../src/access/policy';
import { Role } from '../src/access/viewer';
import { loadLimits } from '../src/access/limits';
import { introspectionSizes, operationCost } from '../src/access/cost';
import { countTokens } from '../src/core/operation-shape';
import { startHarness, type ExecResult, type Harness } from './helpers/harness';
import { killSpawnedHubs, spawnHub, type HubProcess } from './helpers/hub-process';
import { deepPath, listChains, renderChain, renderFragments, renderInline, renderPlain } from './helpers/operations';
import { ROLES, VIEWERS } from './helpers/viewers';

/**
 * Operation limits (issue 8 point 1) and the error budget (point 2), tried from the outside for
 * every role: each case is generated from the role's contract and its configured limits.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(() => h.stop());

const limitsOf = (role: Role) => loadLimits(h.config.env).byRole[role];
const contractOf = (role: Role): GraphQLSchema => contractSchema(h.hub.schema, role);

/** The hub's own estimate of an operation for a role (the value a refusal must report). */
function estimate(role: Role, query: string, variables?: Record<string, unknown>): number {
  const model = { defaultPageSize: h.config.defaultPageSize, maxPageSize: h.config.maxPageSize, introspection: introspectionSizes(contractOf(role)) };
  return operationCost(h.hub.schema, model, parse(query), undefined, variables);
}

function expectRefused(res: ExecResult, limit: string, value: number, allowed: number): void {
  expect(res.data ?? undefined).toBeUndefined();
  expect(res.errors!.map((e) => e.extensions)).toEqual([{ code: 'QUERY_TOO_COMPLEX', limit, value, allowed }]);
  expect(res.errors![0].message).toContain(`is ${value}, over the ${allowed} your role allows (limit ${limit})`);
  expect(res.statements).toBe(0); // nothing executed: not one SQL statement
}

function expectNotRefused(res: ExecResult): void {
  expect((res.errors ?? []).filter((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')).toEqual([]);
}

describe('operation limits, per role, before execution', () => {
  describe.each(ROLES)('%s', (role) => {
    const viewer = VIEWERS[role];

    it('refuses one level past the depth limit — plain, through named fragments, inline fragments and introspection — and accepts the limit itself', async () => {
      const { depth } = limitsOf(role);
      const over = deepPath(contractOf(role), depth + 1);
      const at = deepPath(contractOf(role), depth);
      expect(over).toBeDefined();
      expect(at).toBeDefined();
      expectRefused(await h.exec(`{ ${renderPlain(over!.steps, over!.leaf)} }`, {}, viewer), 'depth', depth + 1, depth);
      const f = renderFragments(over!.steps, over!.leaf);
      expectRefused(await h.exec(`{ ${f.selection} }\n${f.fragments}`, {}, viewer), 'depth', depth + 1, depth);
      expectRefused(await h.exec(`{ ${renderInline(over!.steps, over!.leaf)} }`, {}, viewer), 'depth', depth + 1, depth);
      // __schema(1) types(2) fields(3) type(4) ofType… name(depth + 1)
      const ofTypes = 'ofType { '.repeat(depth - 4) + 'name' + ' }'.repeat(depth - 4);
      expectRefused(await h.exec(`{ __schema { types { fields { type { ${ofTypes} } } } } }`, {}, viewer), 'depth', depth + 1, depth);
      expectNotRefused(await h.exec(`{ ${renderPlain(at!.steps, at!.leaf)} }`, {}, viewer));
    });

    it('refuses past the alias limit, counting aliases in fragments and inline fragments', async () => {
      const { aliases } = limitsOf(role);
      const n = aliases + 1;
      const names = Array.from({ length: n }, (_, i) => `a${i}: role`);
      expectRefused(await h.exec(`{ me { ${names.join(' ')} } }`, {}, viewer), 'aliases', n, aliases);
      const half = Math.floor(n / 2);
      const split = `{ me { ...A ... on Me { ${names.slice(half).join(' ')} } } } fragment A on Me { ${names.slice(0, half).join(' ')} }`;
      expectRefused(await h.exec(split, {}, viewer), 'aliases', n, aliases);
      expectNotRefused(await h.exec(`{ me { ${names.slice(1).join(' ')} } }`, {}, viewer));
    });

    it('refuses past the root-field limit, through fragments on the root', async () => {
      const { rootFields } = limitsOf(role);
      const n = rootFields + 1;
      const roots = Array.from({ length: n }, (_, i) => `r${i}: me { role }`);
      expectRefused(await h.exec(`{ ${roots.join(' ')} }`, {}, viewer), 'rootFields', n, rootFields);
      expectRefused(await h.exec(`{ ...R } fragment R on Query { ${roots.join(' ')} }`, {}, viewer), 'rootFields', n, rootFields);
      const ok = await h.exec(`{ ${roots.slice(1).join(' ')} }`, {}, viewer);
      expect(ok.errors).toBeUndefined();
      expect(Object.keys(ok.data!)).toHaveLength(rootFields);
    });

    it('refuses past the directive limit', async () => {
      const { directives } = limitsOf(role);
      const fields = (k: number) => Array.from({ length: k }, () => 'role @include(if: true)').join(' ');
      expectRefused(await h.exec(`{ me { ${fields(directives + 1)} } }`, {}, viewer), 'directives', directives + 1, directives);
      expectNotRefused(await h.exec(`{ me { ${fields(directives)} } }`, {}, viewer));
    });

    it('costs every list by its first (or its default), refuses an expensive operation with its estimate, and recomputes the cost when variables change it', async () => {
      const { cost } = limitsOf(role);
      // The first chain of two nested lists this role can select (e.g. institutions → teachers).
      const [chain] = listChains(contractOf(role), 3, 1);
      expect(chain).toBeDefined();
      const query = `query($outer: Int, $inner: Int) { ${renderChain(chain, [0, 0, 100]).replace(/first: 0/, "first: $outer").replace(/first: 0/, "first: $inner")} }`;
      const big = { outer: 100, inner: 100 };
      const expensive = estimate(role, query, big);
      expect(expensive).toBeGreaterThan(cost);
      expectRefused(await h.exec(query, big, viewer), 'cost', expensive, cost);
      expectNotRefused(await h.exec(query, { outer: 2, inner: 2 }, viewer));
      // Absent `first`: 20 at the root, 100 below it.
      const defaults = renderChain(chain, [0, 0, 100]).replace(/\(first: 0\)/g, '');
      expect(estimate(role, `{ ${defaults} }`)).toBe(estimate(role, query, { outer: 20, inner: 100 }));
    });

    it('refuses a fragment bomb (each fragment spreading the next twice) without expanding it', async () => {
      const levels = 24;
      const fragments = Array.from({ length: levels }, (_, i) =>
        i === levels - 1 ? `fragment F${i} on Query { __typename }` : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
      );
      const res = await h.exec(`{ ...F0 }\n${fragments.join('\n')}`, {}, viewer);
      expect(res.errors!.map((e) => e.extensions)).toEqual([{ code: 'QUERY_TOO_COMPLEX', limit: 'selections', value: 20_001, allowed: 20_000 }]);
      expect(res.statements).toBe(0);
    });

    it('answers the full introspection query within the limits, and costs introspection like any list', async () => {
      const full = await h.exec(getIntrospectionQuery(), {}, viewer);
      expect(full.errors).toBeUndefined();
      expect(full.data!.__schema.types.length).toBeGreaterThan(10);
      expect(estimate(role, getIntrospectionQuery())).toBeLessThan(limitsOf(role).cost / 2);
      // The whole type system under aliases, as many times as it takes to pass the cost limit.
      const one = `__schema { types { name fields { name args { name type { name } } type { name } } } }`;
      const times = Math.ceil(limitsOf(role).cost / estimate(role, `{ ${one} }`)) + 1;
      const many = `{ ${Array.from({ length: times }, (_, i) => `s${i}: ${one}`).join(' ')} }`;
      expect(times).toBeLessThanOrEqual(limitsOf(role).rootFields);
      expectRefused(await h.exec(many, {}, viewer), 'cost', estimate(role, many), limitsOf(role).cost);
      // Recursion through fields and types is refused by graphql-js's own rule before any cost.
      const recursive = await h.exec(`{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }`, {}, viewer);
      expect(recursive.errors!.map((e) => [e.extensions!.code, e.message])).toEqual([['BAD_USER_INPUT', 'Maximum introspection depth exceeded']]);
    });

    it('reports its limits in me.limits', async () => {
      const res = await h.exec(`{ me { limits { depth aliases rootFields directives tokens cost errors } } }`, {}, viewer);
      expect(res.errors).toBeUndefined();
      expect(res.data!.me.limits).toEqual({ ...limitsOf(role) });
    });
  });

  it('costs lists by hand-checked arithmetic: each level multiplies what it contains by its first', () => {
    // The objects returned: a connection 1 + first × nodes; nodes 1 × (1 + trainingRecords);
    // trainingRecords 100 × (1 + course); course 1 + 0.  1 + 100 × (1 + 100 × (1 + 1)) = 20,101.
    expect(estimate(Role.ADMIN, `{ cadres(first: 100) { nodes { trainingRecords(first: 100) { course { title } } } } }`)).toBe(20_101);
    // … course 1 + cases 5 × (1 + courses 50 × (1 + 0)) = 256: 1 + 100 × (1 + 100 × (1 + 256)).
    expect(estimate(Role.ADMIN, `{ cadres(first: 100) { nodes { trainingRecords(first: 100) { course { cases(first: 5) { title courses(first: 50) { title } } } } } } }`)).toBe(2_570_101);
    // Reports weigh what they scan: complianceSummary 500, plus its objects.
    expect(estimate(Role.ADMIN, `{ complianceSummary(groupBy: REGION) { total { total } } }`)).toBe(502);
    // `first` above the page maximum is costed at the maximum (the resolver refuses it with BAD_USER_INPUT).
    expect(estimate(Role.ADMIN, `{ cadres(first: 100000) { nodes { name } } }`)).toBe(101);
  });

  it('refuses a document past the parser\'s token ceiling with QUERY_TOO_COMPLEX, not a syntax error', async () => {
    const { tokens } = limitsOf(Role.ADMIN);
    const n = tokens + 10;
    const doc = `{ me { ${Array.from({ length: n - 5 }, () => 'role').join(' ')} } }`;
    const res = await h.post({ query: doc }, { authorization: `Bearer ${await h.token(VIEWERS.ADMIN)}` });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { extensions: unknown }) => e.extensions)).toEqual([{ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', value: n, allowed: tokens }]);
  });

  it('answers a breach over HTTP with status 400 and QUERY_TOO_COMPLEX, and a refused mutation writes nothing', async () => {
    const auth = { authorization: `Bearer ${await h.token(VIEWERS.ADMIN)}` };
    const deep = deepPath(contractOf(Role.ADMIN), limitsOf(Role.ADMIN).depth + 1)!;
    const res = await h.post({ query: `query Deep { ${renderPlain(deep.steps, deep.leaf)} }`, operationName: 'Deep' }, auth);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    // A named operation beside a too-deep one is refused too: every operation of a document is measured.
    const both = await h.post({ query: `query Shallow { me { role } } query Deep { ${renderPlain(deep.steps, deep.leaf)} }`, operationName: 'Shallow' }, auth);
    expect(both.status).toBe(400);
    expect(both.body.errors[0].extensions.limit).toBe('depth');

    const [before] = await h.sql(`select count(*)::int as n from platform`);
    const creates = Array.from({ length: limitsOf(Role.ADMIN).rootFields + 1 }, (_, i) => `p${i}: createPlatform(input: { name: "限额测试平台${i}", code: "LIMIT${i}", owner: "测试" }) { platform { id } }`);
    const refused = await h.post({ query: `mutation { ${creates.join(' ')} }` }, auth);
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { extensions: { limit: string } }) => e.extensions.limit)).toEqual(['rootFields']);
    const [after] = await h.sql(`select count(*)::int as n from platform`);
    expect(after.n).toBe(before.n);
  });

  it('lets every operation of schema/operations through for ADMIN', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = path.join(__dirname, '..', 'schema', 'operations');
    const source = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    let checked = 0;
    for (const [name, doc] of Object.entries(separateOperations(parse(source)))) {
      const res = await h.post({ query: print(doc), operationName: name, variables: {} }, { authorization: `Bearer ${await h.token(VIEWERS.ADMIN)}` });
      const codes = (res.body.errors ?? []).map((e: { extensions: { code: string } }) => e.extensions.code);
      expect([name, codes.filter((c: string) => c === 'QUERY_TOO_COMPLEX')]).toEqual([name, []]);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('configured limits', () => {
  let small: Harness;
  beforeAll(async () => {
    small = await startHarness({ env: { LIMIT_TOKENS_REPORTER: '40', LIMIT_DEPTH: '6', LIMIT_COST_ORG_DEPT: '300', LIMIT_ERRORS: '5' } });
  }, 120_000);
  afterAll(() => small.stop());

  it('takes LIMIT_<NAME> for every role and LIMIT_<NAME>_<ROLE> for one, shows them in me.limits and enforces them', async () => {
    const me = async (role: Role) => (await small.exec(`{ me { limits { depth tokens cost errors } } }`, {}, VIEWERS[role])).data!.me.limits;
    expect(await me(Role.REPORTER)).toEqual({ depth: 6, tokens: 40, cost: 20_000, errors: 5 });
    expect(await me(Role.ORG_DEPT)).toEqual({ depth: 6, tokens: 1000, cost: 300, errors: 5 });
    const doc = `{ me { ${Array.from({ length: 45 }, () => 'role').join(' ')} } }`; // 50 tokens
    expectRefused(await small.exec(doc, {}, VIEWERS.REPORTER), 'tokens', 50, 40);
    expectNotRefused(await small.exec(doc, {}, VIEWERS.ORG_DEPT));
    const cadres = `{ cadres(first: 100) { nodes { unit { region { name } } } } }`; // 1 + 100 × (1 + (1 + 1))
    expectRefused(await small.exec(cadres, {}, VIEWERS.ORG_DEPT), 'cost', 301, 300);
  });

  it('ends a response past the error budget with one error counting the rest', async () => {
    // A reporter may not read these cadre fields: each aliased selection is one FORBIDDEN.
    const denied = Object.keys(FIELD_CLASSIFICATION.Cadre).filter((f) => decideField(Role.REPORTER, 'Cadre', f) === 'DENY' && !['compliance', 'coverage', 'learningMap'].includes(f));
    expect(denied.length).toBeGreaterThan(5);
    const res = await small.exec(`{ cadres(first: 3) { nodes { id ${denied.join(' ')} } } }`, {}, VIEWERS.REPORTER);
    expect(res.errors).toHaveLength(5);
    expect(res.errors!.slice(0, 4).map((e) => e.extensions!.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(res.errors![4].extensions).toEqual({ code: 'FORBIDDEN', dropped: denied.length - 4, budget: 5 });
    expect(res.data!.cadres.nodes).toHaveLength(3);
  });
});

describe('denied fields under many rows', () => {
  it('cost one error, not one per row: 10,000 rows of a denied field answer with a single FORBIDDEN', async () => {
    // The first 100 cadres (a reporter's default order) get 100 records each.
    await h.sql(
      `insert into training_record (cadre_id, mode, title, hours, credited_hours, start_date, end_date)
       select c.id, 'LECTURE_BRIEFING', '限额测试讲座', 3, 3, date '2025-01-01' + g, date '2025-01-01' + g
       from (select id from cadre where archived_at is null order by id limit 100) c, generate_series(1, 100) g`,
    );
    const q = (field: string) => `{ cadres(first: 100) { nodes { trainingRecords(first: 100) { id ${field} } } } }`;
    const allowed = await h.exec(q(''), {}, VIEWERS.REPORTER);
    expect(allowed.errors).toBeUndefined();
    const rows = (allowed.data!.cadres.nodes as { trainingRecords: unknown[] }[]).reduce((n, c) => n + c.trainingRecords.length, 0);
    expect(rows).toBe(10_000);

    const started = process.hrtime.bigint();
    const denied = await h.exec(q('hours'), {}, VIEWERS.REPORTER);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(denied.errors!.map((e) => [e.extensions!.code, e.path!.join('.'), e.extensions!.rows])).toEqual([
      ['FORBIDDEN', 'cadres.nodes.0.trainingRecords.0.hours', 10_000],
    ]);
    expect(denied.statements).toBe(allowed.statements);
    // Before the fix such a response built 10,000 error objects; now it is about the allowed query's time.
    expect(ms).toBeLessThan(5000);
  });
});

describe('the worst operation that passes the limits', () => {
  // The hub runs as its own process (the CLI, as `npm start` runs it) on this file's database, so
  // the memory measured is the hub's alone — not the test worker's, which carries the earlier test
  // files' heaps and this file's in-process harness.
  let hub: HubProcess;
  beforeAll(async () => {
    hub = await spawnHub({ DATABASE_URL: h.databaseUrl, SEED_DEMO: 'false' });
  }, 120_000);
  afterAll(() => killSpawnedHubs());

  /** The hub process's resident memory now, from /proc (bytes). */
  const hubRss = (): number => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${hub.pid}/status`, 'utf8'))![1]) * 1024;

  it.each(ROLES)('%s: finishes within 5 s with the hub process under 1 GB (event-loop delay reported)', async (role) => {
    const schema = contractOf(role);
    const { cost, rootFields, tokens } = limitsOf(role);
    const auth = { authorization: `Bearer ${await h.token(VIEWERS[role])}` };
    // Candidates: chains of two and three nested lists the role can select, each at the largest
    // `first`s that fit the cost limit, every leaf selected; the heaviest few run alone, and the
    // widest runs as many chains side by side as the root-field limit allows.
    const chains = [...listChains(schema, 3, 60), ...listChains(schema, 2, 60)].filter((c) => (QUERY_POLICY[c[0].field.name] ?? []).includes(role));
    expect(chains.length).toBeGreaterThan(0);
    const fit = (chain: (typeof chains)[number], budget: number): string | undefined => {
      const lists = chain.filter((s) => s.field.args.some((a) => a.name === 'first')).length;
      const firsts = Array.from({ length: lists }, () => 100);
      for (let i = lists - 1; i >= 0; i--) {
        while (firsts[i] > 1 && estimate(role, `{ ${renderChain(chain, firsts)} }`) > budget) firsts[i] = Math.max(1, Math.floor(firsts[i] / 2));
      }
      const text = renderChain(chain, firsts);
      return estimate(role, `{ ${text} }`) <= budget ? text : undefined;
    };
    const heavy = chains
      .map((c) => fit(c, cost))
      .filter((t): t is string => !!t)
      .sort((a, b) => estimate(role, `{ ${b} }`) - estimate(role, `{ ${a} }`))
      .slice(0, 3)
      .map((t) => `{ ${t} }`);
    const wide: string[] = [];
    for (const c of chains) {
      const text = fit(c, Math.floor(cost / rootFields));
      if (!text) continue;
      const next = [...wide, `w${wide.length}: ${text}`];
      if (wide.length >= rootFields || countTokens(`{ ${next.join(' ')} }`) > tokens) break;
      wide.push(next[next.length - 1]);
    }
    const operations = [...heavy.filter((q) => countTokens(q) <= tokens), `{ ${wide.join(' ')} }`];

    let worstMs = 0;
    let worstLoopMs = 0;
    let rss = 0;
    for (const query of operations) {
      // Time and memory from the hub's own process; the event-loop delay from the in-process hub
      // (the harness), which answers the same operation with this process's loop.
      const started = process.hrtime.bigint();
      const res = await fetch(`http://127.0.0.1:${hub.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query }) });
      const text = await res.text();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      rss = Math.max(rss, hubRss());
      const body = JSON.parse(text) as { errors?: { extensions: { code: string } }[] };
      expect((body.errors ?? []).filter((e) => ['QUERY_TOO_COMPLEX', 'INTERNAL_SERVER_ERROR'].includes(e.extensions.code))).toEqual([]);
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      await fetch(`${h.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query }) }).then((r) => r.text());
      loop.disable();
      if (process.env.LIMITS_DEBUG) process.stdout.write(`${role} ${ms.toFixed(0)} ms loop ${(loop.max / 1e6).toFixed(0)} ms ${text.length} bytes: ${query}\n`);
      worstMs = Math.max(worstMs, ms);
      worstLoopMs = Math.max(worstLoopMs, loop.max / 1e6);
    }
    process.stdout.write(`worst passing operation, ${role}: ${worstMs.toFixed(0)} ms, event-loop delay max ${worstLoopMs.toFixed(0)} ms, RSS ${(rss / 2 ** 20).toFixed(0)} MB\n`);
    expect(worstMs).toBeLessThan(5000);
    expect(rss).toBeLessThan(2 ** 30);
    // The event-loop delay is reported, not asserted: on a shared 2-core machine it measures the
    // neighbours' load as much as the hub (house rule: timings are measured in bench/, not asserted
    // in unit tests). `npm run soak` records it under load; bench/results has the figures.
    expect(worstLoopMs).toBeGreaterThan(0);
  }, 120_000);
});
