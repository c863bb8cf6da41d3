import { getNamedType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import type { Draw } from './draw';
import { literal, type Built } from './documents';
import { validValue, type ValueContext } from './values';

/**
 * The operation limits (issue 8, point 1) guard the hub, so hostile documents are unbounded
 * (19 levels at `first: 100`, thousands of aliases, long fragment chains) and must be refused with
 * QUERY_TOO_COMPLEX before execution. Set to false only to fuzz a hub without limits: the hostile
 * generators are then bounded (deep documents use `first: 1`, wide ones alias a cheap field).
 */
export const OPERATION_LIMITS_ENFORCED = true;

/** Object fields that lead back into object types, for deep documents. */
function deepChain(d: Draw, ctx: ValueContext, levels: number, first: number): string {
  const onward = (t: GraphQLObjectType) => Object.values(t.getFields()).filter((f) => isObjectType(getNamedType(f.type)));
  // Only fields from which the chain can still go `k` levels deeper: a hostile document really is deep.
  const memo = new Map<string, boolean>();
  const reach = (t: GraphQLObjectType, k: number): boolean => {
    if (k <= 0) return true;
    const key = `${t.name}:${k}`;
    if (!memo.has(key)) {
      memo.set(key, false);
      memo.set(key, onward(t).some((f) => reach(getNamedType(f.type) as GraphQLObjectType, k - 1)));
    }
    return memo.get(key)!;
  };
  const query = ctx.schema.getQueryType()!;
  const lists = Object.values(query.getFields()).filter((f) => isObjectType(getNamedType(f.type)) && f.args.some((a) => a.name === 'first'));
  const deepRoots = lists.filter((f) => reach(getNamedType(f.type) as GraphQLObjectType, levels));
  const root = d.pick(deepRoots.length ? deepRoots : lists);
  let type = getNamedType(root.type) as GraphQLObjectType;
  const open: string[] = [`${root.name}(first: ${first}) {`];
  let close = '}';
  for (let i = 0; i < levels; i++) {
    const all = onward(type);
    const live = all.filter((f) => reach(getNamedType(f.type) as GraphQLObjectType, levels - i - 1));
    const next = live.length ? live : all;
    if (!next.length) break;
    const f = d.pick(next);
    const firstArg = f.args.some((a) => a.name === 'first') ? `(first: ${first})` : '';
    const required = f.args.filter((a) => isNonNullType(a.type) && a.name !== 'first');
    const reqArgs = required.map((a) => `${a.name}: ${literal(validValue(d, a.type, a.name, ctx), a.type)}`).join(', ');
    const args = reqArgs ? (firstArg ? `(first: ${first}, ${reqArgs})` : `(${reqArgs})`) : firstArg;
    open.push(`${f.name}${args} {`);
    close += ' }';
    type = getNamedType(f.type) as GraphQLObjectType;
  }
  return `${open.join(' ')} __typename ${close}`;
}

/**
 * Hostile documents: deep nesting, many aliases, many fragments, huge variable lists, long
 * documents. Bounded until OPERATION_LIMITS_ENFORCED (see above).
 */
export function hostile(d: Draw, ctx: ValueContext): Built {
  const big = OPERATION_LIMITS_ENFORCED;
  const kind = d.pick(['deep', 'aliases', 'fragments', 'huge-list', 'many-roots', 'directives', 'long-string-doc', 'deep-value'] as const);
  switch (kind) {
    case 'deep': {
      const levels = big ? d.int(10, 19) : d.int(5, 9);
      return { query: `{ ${deepChain(d, ctx, levels, big ? 100 : 1)} }`, variables: {}, label: `hostile deep ${levels}`, tooComplex: big };
    }
    case 'aliases': {
      const field = big ? 'cadres(first: 100) { totalCount nodes { name } }' : d.pick(['__typename', 'me { role }', 'regions(first: 1) { totalCount }']);
      // Each alias of a list is a statement: bounded harder than the free ones until limits land.
      const n = big ? d.int(1000, 5000) : field.startsWith('regions') ? d.int(10, 40) : d.int(50, 300);
      return { query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`, variables: {}, label: `hostile aliases ${n}`, tooComplex: big };
    }
    case 'fragments': {
      const n = big ? 2000 : d.int(20, 100);
      const frags = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${i + 1 < n ? `...F${i + 1}` : 'me { role }'} }`).join(' ');
      return { query: `{ ...F0 } ${frags}`, variables: {}, label: `hostile fragment chain ${n}`, tooComplex: big };
    }
    case 'huge-list': {
      const n = big ? 100_000 : d.int(1000, 10_000);
      const which = d.pick(['status', 'ids'] as const);
      if (which === 'status') {
        return {
          query: 'query($f: TeachingCaseFilter) { teachingCases(filter: $f, first: 1) { totalCount } }',
          variables: { f: { status: Array.from({ length: n }, (_, i) => (i % 2 ? 'PUBLISHED' : 'DRAFT')), theme: Array.from({ length: Math.min(n, 5000) }, (_, i) => `主题${i}`) } },
          label: `hostile huge list ${n} enum values`,
        };
      }
      const sectors = ['SOE', 'EDUCATION', 'HEALTH', 'PARTY_GOV'];
      return {
        query: 'query($f: CadreFilter) { cadres(first: 1, filter: $f) { totalCount } }',
        variables: { f: { sector: Array.from({ length: n }, (_, i) => sectors[i % sectors.length]) } },
        label: `hostile huge enum list ${n} (cadres)`,
      };
    }
    case 'many-roots': {
      const query = ctx.schema.getQueryType()!;
      const roots = Object.values(query.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type)));
      const n = big ? roots.length : Math.min(roots.length, d.int(5, 15));
      const body = d
        .some(roots, n)
        .map((f) => {
          const named = getNamedType(f.type);
          const first = f.args.some((a) => a.name === 'first') ? `(first: ${big ? 100 : 2})` : '';
          return isObjectType(named) ? `${f.name}${first} { __typename }` : `${f.name}${first}`;
        })
        .join(' ');
      return { query: `{ ${body} }`, variables: {}, label: `hostile many roots ${n}` };
    }
    case 'directives': {
      const n = big ? 5000 : d.int(10, 200);
      return { query: `{ me ${'@include(if: true) '.repeat(n)}{ role } }`, variables: {}, label: `hostile directives ${n}`, tooComplex: big };
    }
    case 'deep-value': {
      // Nested lists as a literal (the parser recurses) or as a variable (coercion recurses).
      const n = d.int(100, 5000);
      if (d.chance(0.5)) return { query: `{ cadres(filter: { sector: ${'['.repeat(n)}${']'.repeat(n)} }) { totalCount } }`, variables: {}, label: `hostile deep literal ${n}` };
      const lists = Array.from({ length: n * 10 }, () => d.chance(0.5));
      const open = lists.map((l) => (l ? '[' : '{"sector":')).join('');
      const close = lists.map((l) => (l ? ']' : '}')).reverse().join('');
      return { query: 'query($f: CadreFilter) { cadres(filter: $f) { totalCount } }', variables: {}, rawVariables: `{"f":${open}"SOE"${close}}`, label: `hostile deep variable ${n * 10}` };
    }
    case 'long-string-doc': {
      const s = d.pick(['长', 'a', '\\u0000', '\\"']).repeat(d.int(1000, 20_000));
      return { query: `{ teachingCases(filter: { keyword: "${s}" }) { totalCount } }`, variables: {}, label: `hostile long literal ${s.length}` };
    }
  }
}

