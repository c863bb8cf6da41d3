import { getIntrospectionQuery, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { contractSchema } from '../src/access/contracts';
import { Role } from '../src/access/viewer';
import { schemaNames } from '../src/server/contract-errors.plugin';
import { startHarness, type Harness } from './helpers/harness';
import { ROLES, VIEWERS } from './helpers/viewers';

/**
 * No role learns what its contract hides (issue 8 point 3) and the standard directives work
 * (point 4). For every role, every name of the full schema that its contract lacks is looked for
 * in every response to introspection mixed with data, to `__type` of every type, and to
 * misspellings one letter away — generated from the schema, not listed by hand.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(() => h.stop());

const RESTRICTED_ROLES = ROLES.filter((r) => r !== Role.ADMIN);

function hiddenNames(role: Role): string[] {
  const contract = schemaNames(contractSchema(h.hub.schema, role));
  return [...schemaNames(h.hub.schema)].filter((n) => !contract.has(n));
}

/**
 * Hidden names a response gives away: every `name` in its data (introspection names types, fields,
 * arguments, enum values, input fields and directives by `name`), and every name its errors give:
 * quoted in a message, written `Type.field`, or a value of its extensions. (Descriptions are the contract's own prose — "at least", "the rule" — and
 * are not names.) Names the client typed itself are not given away by being echoed.
 */
function leaked(response: { data?: unknown; errors?: unknown }, hidden: readonly string[], typed: ReadonlySet<string> = new Set()): string[] {
  const names = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'name' && typeof x === 'string') names.add(x);
        walk(x);
      }
    }
  };
  walk(response.data);
  // graphql-js quotes every schema name in its messages ("Cannot query field \"x\" on type \"T\""),
  // ours write Type.field; extensions carry names as values.
  for (const e of (response.errors ?? []) as { message: string; extensions?: Record<string, unknown> }[]) {
    for (const [, quoted] of e.message.matchAll(/"([^"]*)"/g)) for (const w of quoted.match(/[_A-Za-z][_0-9A-Za-z]*/g) ?? []) names.add(w);
    for (const [, t, f] of e.message.matchAll(/\b([A-Z]\w*)\.(\w+)\b/g)) names.add(t).add(f);
    for (const v of Object.values(e.extensions ?? {})) if (typeof v === 'string') for (const w of v.match(/[_A-Za-z][_0-9A-Za-z]*/g) ?? []) names.add(w);
  }
  return hidden.filter((n) => names.has(n) && !typed.has(n));
}

/** The names a document types (its NAME tokens). */
function typedIn(doc: string): Set<string> {
  return new Set(doc.match(/[_A-Za-z][_0-9A-Za-z]*/g) ?? []);
}

/** One letter away: the name without its last letter (never itself a name of the full schema). */
function misspell(name: string, all: Set<string>): string | undefined {
  const m = name.slice(0, -1);
  return m.length >= 2 && !all.has(m) && !m.startsWith('__') ? m : undefined;
}

function chunks<T>(xs: T[], n: number): T[][] {
  return Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
}

describe.each(RESTRICTED_ROLES)('%s: hidden names stay hidden', (role) => {
  const viewer = VIEWERS[role];

  it('has hidden names to protect (the test is not vacuous)', () => {
    expect(hiddenNames(role).length).toBeGreaterThan(20);
  });

  it('answers introspection mixed with data from the contract', async () => {
    const hidden = hiddenNames(role);
    const full = getIntrospectionQuery().replace('__schema {', 'me { role } __schema {');
    const mixed = await h.exec(full, {}, viewer);
    expect(mixed.errors).toBeUndefined();
    expect(mixed.data!.me.role).toBe(role);
    expect(leaked(mixed, hidden)).toEqual([]);
    const contractTypes = new Set(Object.keys(contractSchema(h.hub.schema, role).getTypeMap()));
    expect(new Set((mixed.data!.__schema.types as { name: string }[]).map((t) => t.name))).toEqual(contractTypes);
    // Through a fragment on the root, under an alias, beside a data field.
    const viaFragment = await h.exec(`{ ...Intro me { role } } fragment Intro on Query { s: __schema { types { name fields { name } } } }`, {}, viewer);
    expect(viaFragment.errors).toBeUndefined();
    expect(leaked(viaFragment, hidden)).toEqual([]);
    expect(viaFragment.data!.s.types.length).toBe(contractTypes.size);
  });

  it('answers __type of every type of the full schema from the contract', async () => {
    const hidden = hiddenNames(role);
    const types = Object.keys(h.hub.schema.getTypeMap());
    let asked = 0;
    for (const batch of chunks(types, 15)) {
      const query = `{ me { role } ${batch
        .map((t, i) => `t${i}: __type(name: "${t}") { name kind fields(includeDeprecated: true) { name args { name } type { name ofType { name } } } inputFields { name } enumValues(includeDeprecated: true) { name } }`)
        .join(' ')} }`;
      const res = await h.exec(query, {}, viewer);
      expect(res.errors).toBeUndefined();
      // The response names only what the contract holds (the type asked for is echoed only when it is there).
      const body = { ...res.data } as Record<string, unknown>;
      expect(leaked(body, hidden)).toEqual([]);
      asked += batch.length;
    }
    expect(asked).toBe(types.length);
  });

  it('never names a hidden field, type, query, mutation or argument in validation errors for a misspelling one letter away', async () => {
    const hidden = new Set(hiddenNames(role));
    const all = schemaNames(h.hub.schema);
    const documents: string[] = [];
    const schema: GraphQLSchema = h.hub.schema;
    const queryType = schema.getQueryType()!;
    const mutationType = schema.getMutationType()!;
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (hidden.has(type.name)) {
        const m = misspell(type.name, all);
        if (m) documents.push(`{ me { role } ... on ${m} { __typename } }`);
      }
      if (isObjectType(type) && type !== queryType && type !== mutationType) {
        for (const f of Object.values(type.getFields())) {
          const m = hidden.has(f.name) ? misspell(f.name, all) : undefined;
          if (m) documents.push(`fragment X on ${type.name} { ${m} } { me { role } }`);
        }
      }
      if (isInputObjectType(type) && hidden.has(type.name)) {
        const m = misspell(type.name, all);
        if (m) documents.push(`query($v: ${m}) { me { role } }`);
      }
    }
    for (const f of Object.values(queryType.getFields())) {
      const m = hidden.has(f.name) ? misspell(f.name, all) : undefined;
      if (m) documents.push(`{ ${m} }`);
      for (const a of f.args) {
        const am = hidden.has(a.name) ? misspell(a.name, all) : undefined;
        if (am) documents.push(`{ ${f.name}(${am}: 1) { __typename } }`);
      }
    }
    for (const f of Object.values(mutationType.getFields())) {
      const m = hidden.has(f.name) ? misspell(f.name, all) : undefined;
      if (m) documents.push(`mutation { ${m} }`);
    }
    expect(documents.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const doc of documents) {
      const res = await h.exec(doc, {}, viewer);
      expect(res.errors?.length).toBeGreaterThan(0);
      for (const name of leaked(res, [...hidden], typedIn(doc))) found.push(`${name} in the answer to ${doc}: ${JSON.stringify(res.errors)}`);
    }
    expect(found).toEqual([]);
  });
});

describe('suggestions for ADMIN', () => {
  it('keeps "Did you mean" for ADMIN, who sees the whole schema', async () => {
    const res = await h.exec(`{ cadres { nodes { idCardNumbe } } }`, {}, VIEWERS.ADMIN);
    expect(res.errors![0].message).toContain('Did you mean "idCardNumber"?');
  });
  it('drops them for other roles, also for names inside their contract', async () => {
    const res = await h.exec(`{ cadres { nodes { categor } } }`, {}, VIEWERS.ORG_DEPT);
    expect(res.errors!.map((e) => [e.extensions!.code, e.message])).toEqual([['BAD_USER_INPUT', 'Cannot query field "categor" on type "Cadre".']]);
  });
});

describe('introspection switched off', () => {
  let off: Harness;
  beforeAll(async () => {
    off = await startHarness({ env: { INTROSPECTION: 'off' } });
  }, 120_000);
  afterAll(() => off.stop());

  it('refuses __schema and __type to every role but ADMIN with FORBIDDEN and HTTP 403, and still answers __typename', async () => {
    for (const role of RESTRICTED_ROLES) {
      const auth = { authorization: `Bearer ${await off.token(VIEWERS[role])}` };
      for (const query of [`{ __schema { queryType { name } } }`, `{ me { role } t: __type(name: "Cadre") { name } }`, `{ ...I } fragment I on Query { __schema { types { name } } }`]) {
        const res = await off.post({ query }, auth);
        expect([role, res.status, res.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)]).toEqual([role, 403, ['FORBIDDEN']]);
        expect(res.body.data).toBeUndefined();
      }
      const typename = await off.post({ query: `{ __typename me { role } }` }, auth);
      expect(typename.body).toEqual({ data: { __typename: 'Query', me: { role } } });
    }
    const admin = await off.exec(`{ __schema { queryType { name } } }`, {}, VIEWERS.ADMIN);
    expect(admin.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('standard directives', () => {
  it.each(ROLES)('%s: @include and @skip work on fields, fragments and inline fragments, with literals and variables', async (role) => {
    const query = `query($yes: Boolean!, $no: Boolean!) {
      me {
        role @include(if: $yes)
        subject @include(if: $no)
        ... on Me @skip(if: $no) { a: role }
        ... on Me @include(if: false) { b: role }
        ...M @skip(if: $yes)
        ...N @include(if: true)
      }
      hidden: me @skip(if: true) { role }
    }
    fragment M on Me { c: role }
    fragment N on Me { d: role }`;
    const res = await h.exec(query, { yes: true, no: false }, VIEWERS[role]);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ me: { role, a: role, d: role } });
  });

  it('shows the spec\'s directives in introspection: @include, @skip, @deprecated, @specifiedBy, and the scalars\' specifiedByURL', async () => {
    for (const role of ROLES) {
      const res = await h.exec(`{ __schema { directives { name args { name defaultValue } } } date: __type(name: "Date") { specifiedByURL } }`, {}, VIEWERS[role]);
      expect(res.errors).toBeUndefined();
      const byName = Object.fromEntries((res.data!.__schema.directives as { name: string; args: { name: string; defaultValue: string | null }[] }[]).map((d) => [d.name, d.args]));
      expect(byName.include).toEqual([{ name: 'if', defaultValue: null }]);
      expect(byName.skip).toEqual([{ name: 'if', defaultValue: null }]);
      expect(byName.deprecated).toEqual([{ name: 'reason', defaultValue: '"No longer supported"' }]);
      expect(byName.specifiedBy).toEqual([{ name: 'url', defaultValue: null }]);
      expect(res.data!.date.specifiedByURL).toBe('https://www.rfc-editor.org/rfc/rfc3339#section-5.6');
    }
  });
});
