import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { toGlobalId } from '../../../src/core/read/ids';
import type { Draw } from './draw';
import { poisonInside, validValue, type Poison, type PoisonKind, type ValueContext } from './values';

/** Valid documents nest at most this deep; beyond depth 1 every list is asked for `first` ≤ 3. */
const MAX_DEPTH = 4;

export interface Built {
  query: string;
  variables: Record<string, unknown>;
  /** What the generator did, for the failure report and the statistics. */
  label: string;
  /** A mutation that must be refused (its root field must come back null with an error). */
  mustReject?: { field: string; poison: Poison; path: string };
  /** The variables as JSON text, when they nest deeper than JSON.stringify can write. */
  rawVariables?: string;
  /** An import whose every row is invalid: it must accept none. */
  acceptsNoRow?: boolean;
  /** Beyond any sane limit: once OPERATION_LIMITS_ENFORCED, it must be refused with QUERY_TOO_COMPLEX. */
  tooComplex?: boolean;
}

class DocWriter {
  private readonly defs: string[] = [];
  readonly variables: Record<string, unknown> = {};
  private n = 0;

  constructor(
    private readonly d: Draw,
    readonly useVariables: number,
  ) {}

  /** An argument value, as a literal or through a variable. */
  arg(type: GraphQLInputType, value: unknown, forceVariable = false): string {
    if (value !== undefined && (forceVariable || this.d.chance(this.useVariables))) {
      const name = `v${++this.n}`;
      this.defs.push(`$${name}: ${String(type)}`);
      this.variables[name] = value;
      return `$${name}`;
    }
    return literal(value, type);
  }

  header(kind: 'query' | 'mutation', name?: string): string {
    return `${kind}${name ? ` ${name}` : ''}${this.defs.length ? `(${this.defs.join(', ')})` : ''}`;
  }
}

/** A GraphQL literal for a JS value; strings at enum positions are written bare when they can be. */
export function literal(value: unknown, type?: GraphQLInputType): string {
  const named = type ? getNamedType(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const item = type && isNonNullType(type) ? type.ofType : type;
    const inner = item && isListType(item) ? item.ofType : undefined;
    return `[${value.map((v) => literal(v, inner)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = named && isInputObjectType(named) ? named.getFields() : {};
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string' && named && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '1e999';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

interface SelectionOptions {
  maxDepth: number;
  /** `first` for lists nested below the root. */
  nestedFirst: () => number;
  /** Fields per selection set. */
  width: () => number;
}

function argsFor(d: Draw, w: DocWriter, field: GraphQLField<unknown, unknown>, depth: number, ctx: ValueContext, opts: SelectionOptions, poison?: (a: GraphQLArgument) => unknown): string {
  const parts: string[] = [];
  const owner = getNamedType(field.type).name;
  const vctx = { ...ctx, owner: ctx.ids.has(owner) ? owner : ctx.owner };
  for (const a of field.args) {
    const required = isNonNullType(a.type) && a.defaultValue === undefined;
    let value: unknown;
    if (a.name === 'first') {
      if (depth > 0) value = opts.nestedFirst();
      else if (d.chance(0.6)) value = d.int(0, 10);
      else continue;
    } else if (required || d.chance(a.name === 'filter' ? 0.4 : 0.2)) {
      value = validValue(d, a.type, a.name, vctx);
    } else continue;
    const p = poison?.(a);
    if (p !== undefined) value = p;
    parts.push(`${a.name}: ${w.arg(a.type, value)}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** A valid selection set on `type`: a few fields, their arguments, nested objects up to maxDepth. */
function selectionSet(d: Draw, w: DocWriter, type: GraphQLObjectType, depth: number, ctx: ValueContext, opts: SelectionOptions): string {
  const fields = Object.values(type.getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
  const objects = fields.filter((f) => isObjectType(getNamedType(f.type)));
  const picked = new Set<GraphQLField<unknown, unknown>>();
  if (leaves.length) picked.add(d.pick(leaves));
  const want = opts.width();
  for (let i = 0; i < want; i++) {
    const pool = depth < opts.maxDepth && objects.length && d.chance(0.5) ? objects : leaves;
    if (pool.length) picked.add(d.pick(pool));
  }
  const out: string[] = [];
  if (!picked.size || d.chance(0.1)) out.push('__typename');
  for (const f of picked) {
    const alias = d.chance(0.1) ? `a${d.int(0, 99)}_${f.name}: ` : '';
    const args = argsFor(d, w, f, depth, ctx, opts);
    const named = getNamedType(f.type);
    if (isObjectType(named)) {
      const inner = selectionSet(d, w, named, depth + 1, ctx, opts);
      out.push(d.chance(0.05) ? `${alias}${f.name}${args} { ... on ${named.name} ${inner} }` : `${alias}${f.name}${args} ${inner}`);
    } else {
      out.push(`${alias}${f.name}${args}`);
    }
  }
  return `{ ${out.join(' ')} }`;
}

const VALID: SelectionOptions = { maxDepth: MAX_DEPTH, nestedFirst: () => 3, width: () => 2 };

function validOptions(d: Draw): SelectionOptions {
  return { maxDepth: d.int(1, MAX_DEPTH), nestedFirst: () => d.int(0, 3), width: () => d.int(0, 3) };
}

/** A valid query: one to three root fields of Query. */
export function validQuery(d: Draw, ctx: ValueContext): Built {
  const w = new DocWriter(d, d.pick([0, 0.5, 1]));
  const query = ctx.schema.getQueryType()!;
  const roots = d.some(Object.values(query.getFields()), d.int(1, 2));
  const opts = validOptions(d);
  const body = roots.map((f) => {
    const named = getNamedType(f.type);
    const args = argsFor(d, w, f, 0, ctx, opts);
    return isObjectType(named) ? `${f.name}${args} ${selectionSet(d, w, named, 1, ctx, opts)}` : `${f.name}${args}`;
  });
  const name = d.chance(0.3) ? `Q${d.int(0, 999)}` : undefined;
  return { query: `${w.header('query', name)} { ${body.join(' ')} }`, variables: w.variables, label: `valid query ${roots.map((r) => r.name).join(',')}` };
}

/**
 * A query with one bad value somewhere in its arguments (any kind of poison), or a document
 * mutated at the text level: unknown field, unknown argument, missing required argument, syntax.
 */
export function mutatedQuery(d: Draw, ctx: ValueContext): Built {
  const kind = d.weighted([
    [6, 'value'],
    [1, 'unknown-field'],
    [1, 'unknown-arg'],
    [1, 'syntax'],
    [1, 'variable-type'],
  ] as const);
  const query = ctx.schema.getQueryType()!;
  const candidates = Object.values(query.getFields()).filter((f) => f.args.length);
  const root = d.pick(candidates);
  const named = getNamedType(root.type);
  const w = new DocWriter(d, d.pick([0, 1]));
  const target = d.pick(root.args);
  let done: { value: unknown; poison: Poison; path: string } | undefined;
  const owner = ctx.ids.has(named.name) ? named.name : undefined;
  const args = argsFor(d, w, root, 0, ctx, VALID, (a) => {
    if (kind !== 'value' || a !== target) return undefined;
    const start = validValue(d, a.type, a.name, { ...ctx, owner });
    const r = poisonInside(d, start, a.type, a.name, { ...ctx, owner }, ['type', 'guard', 'semantic'], a.name);
    done = r;
    return r.value;
  });
  // The poisoned argument may be optional and skipped by argsFor: add it.
  let extra = '';
  if (kind === 'value' && !done) {
    const start = validValue(d, target.type, target.name, { ...ctx, owner });
    done = poisonInside(d, start, target.type, target.name, { ...ctx, owner }, ['type', 'guard', 'semantic'], target.name);
    extra = `${args ? ', ' : ''}${target.name}: ${w.arg(target.type, done.value)}`;
  }
  let allArgs = args ? args.slice(0, -1) + extra + ')' : extra ? `(${extra})` : '';
  let selection = isObjectType(named) ? selectionSet(d, w, named, 1, ctx, { ...VALID, maxDepth: 2 }) : '';
  let label = `mutated query ${root.name}: ${kind}`;
  switch (kind) {
    case 'unknown-field':
      selection = selection ? selection.replace(/^\{ /, `{ ${d.pick(['salary', 'password', 'idCardNumberX', '__schemaX', 'nodes { passwordHash }'])} `) : '';
      break;
    case 'unknown-arg':
      allArgs = allArgs ? allArgs.replace(/^\(/, `(${d.pick(['limit', 'where', 'orderByX', 'sql'])}: 1, `) : '(where: "1=1")';
      break;
    case 'variable-type':
      allArgs = `(${target.name}: $bad)`;
      break;
    default:
      break;
  }
  if (done) label += ` — ${done.poison.what} at ${done.path}`;
  let text = `${w.header('query')} { ${root.name}${allArgs} ${selection} }`;
  if (kind === 'variable-type') text = `query($bad: ${d.pick(['String', 'Int', 'Boolean', '[String]', 'CadreFilter', 'Nope'])}) { ${root.name}${allArgs} ${selection} }`;
  const variables = kind === 'variable-type' ? { bad: d.pick<unknown>(['x', 1, true, ['a'], {}]) } : w.variables;
  if (kind === 'syntax') {
    const cut = d.int(1, Math.max(1, text.length - 1));
    text = d.pick([text.slice(0, cut), `${text.slice(0, cut)}}}}`, text.replace(/\{/, '{{'), `${text} extra`, text.replace(/:/, ''), '', '{', 'query', '"""', '#']);
  }
  return { query: text, variables, label };
}

/** Root mutation fields of the schema whose input a poison can reach. */
function mutationFields(ctx: ValueContext): GraphQLField<unknown, unknown>[] {
  return Object.values(ctx.schema.getMutationType()!.getFields()).filter((f) => f.args.length);
}

function ownerOfMutation(name: string, ctx: ValueContext): string | undefined {
  const m = /^(?:create|update|archive|remove|add|review|set|transition|import)(.*)$/.exec(name);
  const base = m?.[1] ?? '';
  for (const cand of [base, base.replace(/s$/, ''), base.replace(/Award$/, 'Award')]) if (ctx.ids.has(cand)) return cand;
  return undefined;
}

/** Row-level poisons of an import: each makes its row invalid (the import reports it, writes nothing). */
const ROW_POISONS: readonly [string, Record<string, unknown>][] = [
  ['an unknown mode', { mode: 'NOT_A_MODE' }],
  ['an impossible date', { startDate: '2025-02-30', endDate: '2025-03-01' }],
  ['a date that is not a date', { startDate: 'yesterday' }],
  ['an end before the start', { startDate: '2025-05-02', endDate: '2025-05-01' }],
  ['negative hours', { hours: -1 }],
  ['hours overflowing the column', { hours: 1e300 }],
  ['hours in exponent notation', { hours: 1e-7 }],
  ['negative days', { hours: null, days: -2 }],
  ['days overflowing the column', { hours: null, days: 1e12 }],
  ['negative sessions', { hours: null, mode: 'CENTER_GROUP_STUDY', sessions: -1 }],
  ['huge sessions', { hours: null, mode: 'CENTER_GROUP_STUDY', sessions: 2147483647 }],
  ['an empty external id', { externalId: '' }],
  ['an over-long external id', { externalId: 'e'.repeat(65) }],
  ['an empty title', { title: '' }],
  ['a garbage cadre id', { cadreId: '!!' }],
  ['a cadre id of another type', { cadreId: toGlobalId('Course', 1) }],
  ['a missing cadre', { cadreId: toGlobalId('Cadre', 2147483647) }],
  ['an invalid ID-card number', { cadreId: null, idCardNumber: '12345' }],
  ['no cadre at all', { cadreId: null }],
  ['a course id of another type', { courseId: toGlobalId('Region', 1) }],
];

/** `importTrainingRecords` judges rows one by one: every row poisoned, none may be accepted. */
function importOfBadRows(d: Draw, ctx: ValueContext): Built {
  const cadres = ctx.ids.get('Cadre') ?? [];
  const rows = Array.from({ length: d.int(1, 20) }, (_, i) => {
    const [, poison] = d.pick(ROW_POISONS);
    const day = `2025-0${d.int(1, 9)}-1${d.int(0, 9)}`;
    return { externalId: `fuzz-${d.int(0, 1e9)}-${i}`, cadreId: d.pick(cadres), mode: 'ONLINE_SELF_STUDY', title: '网络自学', hours: 2, startDate: day, endDate: day, ...poison };
  });
  const platform = d.pick(ctx.ids.get('Platform') ?? ['x']);
  return {
    query: 'mutation($p: ID!, $rows: [ImportTrainingRecordInput!]!) { importTrainingRecords(platform: $p, records: $rows) { accepted rejected duplicates unchanged conflicts rows { index status errors { field message } } } }',
    variables: { p: platform, rows },
    label: `rejected import of ${rows.length} bad rows`,
    acceptsNoRow: true,
  };
}

/**
 * A mutation whose input is valid but for one poison. `importTrainingRecords` judges rows one by
 * one (a bad row is reported, not thrown), so it only gets poisons the schema or the guard refuse.
 */
export function rejectedMutation(d: Draw, ctx: ValueContext): Built {
  const field = d.pick(mutationFields(ctx));
  if (d.chance(0.05) || (field.name === 'importTrainingRecords' && d.chance(0.6))) return importOfBadRows(d, ctx);
  const owner = ownerOfMutation(field.name, ctx);
  const vctx = { ...ctx, owner };
  const w = new DocWriter(d, d.pick([0, 1]));
  const allowed: PoisonKind[] = field.name === 'importTrainingRecords' ? ['type', 'guard'] : ['type', 'guard', 'semantic'];
  const target = d.pick(field.args);
  let done: { value: unknown; poison: Poison; path: string } | undefined;
  const parts: string[] = [];
  for (const a of field.args) {
    const required = isNonNullType(a.type);
    if (!required && a !== target && !d.chance(0.5)) continue;
    let value = validValue(d, a.type, a.name, vctx);
    // An update names the version it read: the current one, so the poison is what is judged.
    if (value && typeof value === 'object' && 'version' in value && 'id' in value) {
      const v = value as { id: unknown; version: unknown };
      v.version = ctx.versions.get(String(v.id)) ?? v.version;
    }
    if (a === target) {
      done = poisonInside(d, value, a.type, a.name, vctx, allowed, a.name);
      value = done.value;
    }
    parts.push(`${a.name}: ${w.arg(a.type, value)}`);
  }
  const named = getNamedType(field.type);
  const selection = isObjectType(named) ? selectionSet(d, w, named, 1, ctx, { ...VALID, maxDepth: 2 }) : '';
  const alias = d.chance(0.2) ? 'm: ' : '';
  const query = `${w.header('mutation')} { ${alias}${field.name}(${parts.join(', ')}) ${selection} }`;
  return {
    query,
    variables: w.variables,
    label: `rejected mutation ${field.name} — ${done!.poison.what} at ${done!.path}`,
    mustReject: { field: alias ? 'm' : field.name, poison: done!.poison, path: done!.path },
  };
}
