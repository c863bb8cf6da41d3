import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { toGlobalId } from '../../../src/core/read/ids';
import type { Draw } from './draw';

/** Real global ids per type (read from the test database), for values that reference rows. */
export type IdPool = ReadonlyMap<string, readonly string[]>;

export interface ValueContext {
  schema: GraphQLSchema;
  ids: IdPool;
  /** The current version of each row (by global id), so updates get past the version check. */
  versions: ReadonlyMap<string, number>;
  /** The type a bare `id` refers to here (`updateCadre(input: { id })` → Cadre). */
  owner?: string;
  /** MAX_STRING_LENGTH of the hub under test. */
  maxStringLength: number;
}

const gid = toGlobalId;

/** Field names whose id type is not their own name (`classId` → TrainingClass). */
const ID_ALIASES: Record<string, string> = {
  class: 'TrainingClass',
  case: 'TeachingCase',
  cases: 'TeachingCase',
  site: 'OnsiteTeachingSite',
  record: 'TrainingRecord',
  assignment: 'TrainingAssignment',
  collection: 'CaseCollection',
  publisher: 'Institution',
  supervisor: 'Institution',
  supervising: 'Institution',
  home: 'Institution',
  source: 'Institution',
  owner: 'Institution',
  managing: 'Institution',
  platform: 'Platform',
  parent: 'Region',
  target: 'Course',
};

function idTypeFor(name: string, ctx: ValueContext): string | undefined {
  if (name === 'id' || name === 'ids') return ctx.owner;
  const base = name.replace(/(Ids?|Id)$/, '');
  const alias = ID_ALIASES[base] ?? ID_ALIASES[base.replace(/Institution$/, '')];
  if (alias) return alias;
  const pascal = base.charAt(0).toUpperCase() + base.slice(1);
  if (ctx.ids.has(pascal)) return pascal;
  const s = pascal.replace(/s$/, '');
  return ctx.ids.has(s) ? s : undefined;
}

function validId(d: Draw, name: string, ctx: ValueContext): string {
  const type = idTypeFor(name, ctx);
  const pool = (type && ctx.ids.get(type)) || d.pick([...ctx.ids.values()].filter((p) => p.length));
  return d.pick(pool);
}

/** Everyday strings: Chinese words, codes, names; none looks like SQL (the leak check looks for SQL). */
const WORDS = ['木兰溪', '晋江经验', '四下基层', '党性教育', '福州', '厦门市委党校', '张三', 'SOE', 'EDUCATION', '350200', '350582', '350000', '2025', 'a', '测', 'x_y%z', "O'Brien", '  空格  ', '中心组学习', 'ONLINE'];
const REGION_CODES = ['350000', '350100', '350200', '350582', '350900', '999999', ''];

function validDate(d: Draw): string {
  if (d.chance(0.1)) return d.pick(['1900-01-01', '2100-12-31', '2024-02-29', '1999-12-31']);
  return `${d.int(2019, 2027)}-${String(d.int(1, 12)).padStart(2, '0')}-${String(d.int(1, 28)).padStart(2, '0')}`;
}

/** Code points a client may legitimately send: ASCII with LIKE and escape characters, CJK, astral, combining, RTL, controls other than NUL. */
const RANGES: readonly [number, number][] = [
  [0x20, 0x7e],
  [0x01, 0x1f],
  [0x4e00, 0x9fff],
  [0x3000, 0x303f],
  [0xff00, 0xffef],
  [0x0300, 0x036f],
  [0x0590, 0x06ff],
  [0x1f300, 0x1faff],
  [0x20000, 0x2a6df],
  [0xe000, 0xf8ff],
  [0xfff0, 0xffff],
];

/** A random well-formed string (no NUL, no lone surrogate): what a careless or hostile client types. */
export function randomText(d: Draw, maxLength = 24): string {
  let s = '';
  const n = d.int(0, maxLength);
  for (let i = 0; i < n; i++) {
    if (d.chance(0.15)) {
      s += d.pick(['%', '_', '\\', "'", '"', '\\%', '*', '|', '&', ':', '!', '(', ')', ' ']);
      continue;
    }
    const [lo, hi] = d.pick(RANGES);
    s += String.fromCodePoint(d.int(lo, hi));
  }
  return s;
}

function validScalar(d: Draw, scalar: string, name: string, ctx: ValueContext): unknown {
  switch (scalar) {
    case 'Int':
      if (name === 'first') return d.int(0, 5);
      // Valid Ints at the edges of the type: the hub's rules, not the database, must refuse them.
      if (d.chance(0.1)) return d.pick([2147483647, -2147483648, -1, 0, 1e9]);
      if (name === 'version') return d.int(1, 3);
      if (/year/i.test(name)) return d.int(2018, 2028);
      return d.int(0, 50);
    case 'Float':
      if (d.chance(0.1)) return d.pick([1.7976931348623157e308, -1e308, 5e-324, 1e15, -0.05, 0.123456789]);
      return d.int(0, 200) / 2;
    case 'Boolean':
      return d.chance(0.5);
    case 'ID':
      return validId(d, name, ctx);
    case 'Date':
      return validDate(d);
    case 'DateTime':
      return `${validDate(d)}T0${d.int(0, 9)}:00:00Z`;
    case 'String':
      if (/regionCode|^code$/.test(name)) return d.pick(REGION_CODES);
      if (/date/i.test(name)) return validDate(d);
      return d.chance(0.3) ? randomText(d) : d.pick(WORDS);
    default:
      return d.pick(WORDS);
  }
}

/**
 * A value of `type` that the schema accepts (it may still break a rule of the hub, e.g. an end date
 * before its start: the point is that the hub answers with a public error, not that it succeeds).
 */
export function validValue(d: Draw, type: GraphQLInputType, name: string, ctx: ValueContext, depth = 0): unknown {
  if (isNonNullType(type)) return validValue(d, type.ofType, name, ctx, depth);
  if (isListType(type)) {
    const n = d.int(0, depth > 2 ? 1 : 3);
    return Array.from({ length: n }, () => validValue(d, type.ofType, name, ctx, depth + 1));
  }
  if (isEnumType(type)) return d.pick(type.getValues()).name;
  if (isScalarType(type)) return validScalar(d, type.name, name, ctx);
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      const required = isNonNullType(f.type) && f.defaultValue === undefined;
      if (required || (depth < 3 && d.chance(0.3))) out[f.name] = validValue(d, f.type, f.name, ctx, depth + 1);
    }
    return out;
  }
  return null;
}

/** What a poison is: guaranteed to be refused by the schema or the guard, or a value no rule allows. */
export type PoisonKind = 'type' | 'guard' | 'semantic';

export interface Poison {
  kind: PoisonKind;
  what: string;
  value: unknown;
}

/** A value no client may send at `type` (named `name`); see PoisonKind. */
export function poisonFor(d: Draw, type: GraphQLInputType, name: string, ctx: ValueContext, allowed: readonly PoisonKind[]): Poison {
  const named = getNamedType(type);
  const options: Poison[] = [];
  if (isNonNullType(type)) options.push({ kind: 'type', what: 'null for a non-null', value: null });
  options.push({ kind: 'type', what: 'an object for a leaf', value: { nested: ['x'] } });
  if (isEnumType(named)) options.push({ kind: 'type', what: 'an unknown enum value', value: 'NOT_A_VALUE' });
  if (isInputObjectType(named)) options.push({ kind: 'type', what: 'a string for an input object', value: 'x' });
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Int':
        options.push(
          { kind: 'type', what: 'an Int beyond 32 bits', value: 2 ** 31 + d.int(0, 10) },
          { kind: 'type', what: 'a fraction for an Int', value: 1.5 },
          { kind: 'type', what: 'a numeric string for an Int', value: '3' },
          { kind: 'semantic', what: 'the smallest Int', value: -2147483648 },
          { kind: 'semantic', what: 'a negative Int', value: -d.int(1, 1000) },
        );
        if (name !== 'first') options.push({ kind: 'semantic', what: 'the largest Int', value: 2147483647 });
        break;
      case 'Float':
        options.push(
          { kind: 'type', what: 'a string for a Float', value: '1.5' },
          { kind: 'semantic', what: 'a Float overflowing any column', value: d.pick([1e300, 1.7976931348623157e308, 1e16, 123456789.5]) },
          { kind: 'semantic', what: 'a huge negative Float', value: -1e300 },
          { kind: 'semantic', what: 'a negative Float', value: -0.5 },
        );
        break;
      case 'Boolean':
        options.push({ kind: 'type', what: 'a string for a Boolean', value: 'true' });
        break;
      case 'Date':
      case 'DateTime':
        options.push(
          { kind: 'type', what: 'an impossible date', value: d.pick(['2025-02-30', '2025-13-01', '0000-00-00', '99999-01-01', '2025-1-1']) },
          { kind: 'type', what: 'a number for a date', value: 20250101 },
        );
        break;
      case 'ID':
        options.push(
          { kind: 'semantic', what: 'a garbage id', value: d.pick(['!!', '', 'x'.repeat(65), '%00', '../../etc/passwd', 'Q2FkcmU6MQ==']) },
          { kind: 'semantic', what: 'a forged id of a missing row', value: gid(idTypeFor(name, ctx) ?? 'Cadre', d.pick([2147483647, 999999, 0, -1, '1e3', '01'])) },
          {
            kind: 'semantic',
            what: 'an id of another type',
            // Never the type the field expects (or, where that is unknown, any real one).
            value: gid(idTypeFor(name, ctx) ? d.pick(['Nope', 'Region', 'Platform', 'AuditEntry', 'Course'].filter((t) => t !== idTypeFor(name, ctx))) : 'Nope', d.int(1, 3)),
          },
          { kind: 'type', what: 'a fraction for an ID', value: 1.5 },
        );
        break;
      default:
        break;
    }
    if (named.name === 'String' || named.name === 'ID') {
      options.push(
        { kind: 'guard', what: 'a NUL character', value: `${d.pick(WORDS)}\u0000${d.pick(['', 'x', '--'])}` },
        { kind: 'guard', what: 'a lone high surrogate', value: `a\ud83d${d.pick(['', 'b'])}` },
        { kind: 'guard', what: 'a lone low surrogate', value: '\udc00' },
      );
      // Over-long strings cost 100 KB a request: rare.
      if (d.chance(0.1)) options.push({ kind: 'guard', what: 'a string over MAX_STRING_LENGTH', value: '长'.repeat(ctx.maxStringLength + 1) });
    }
  }
  // Semantic poisons reach the hub's own rules (and the database), so they are drawn most often.
  const kinds = allowed.filter((k) => options.some((o) => o.kind === k));
  const kind = kinds.length ? d.weighted(kinds.map((k) => [k === 'semantic' ? 3 : 1, k] as const)) : 'type';
  return d.pick(options.filter((o) => o.kind === kind));
}

/**
 * Replaces one leaf somewhere inside `value` (of `type`) with a poison, adding optional fields on
 * the way when needed, or adds an unknown field to an input object. Returns the new value and what
 * was done, with its path.
 */
export function poisonInside(
  d: Draw,
  value: unknown,
  type: GraphQLInputType,
  name: string,
  ctx: ValueContext,
  allowed: readonly PoisonKind[],
  path: string,
): { value: unknown; poison: Poison; path: string } {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner) && d.chance(0.8)) {
    const list = Array.isArray(value) && value.length ? [...value] : [validValue(d, inner.ofType, name, ctx, 2)];
    const i = d.int(0, list.length - 1);
    const r = poisonInside(d, list[i], inner.ofType, name, ctx, allowed, `${path}.${i}`);
    list[i] = r.value;
    return { value: list, poison: r.poison, path: r.path };
  }
  if (isInputObjectType(inner) && d.chance(0.9)) {
    const obj = value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
    if (allowed.includes('type') && d.chance(0.08)) {
      obj.notAField = 1;
      return { value: obj, poison: { kind: 'type', what: 'an unknown input field', value: 1 }, path: `${path}.notAField` };
    }
    const fields = Object.values(inner.getFields());
    const f = d.pick(fields);
    const current = f.name in obj ? obj[f.name] : validValue(d, f.type, f.name, ctx, 2);
    const r = poisonInside(d, current, f.type, f.name, ctx, allowed, `${path}.${f.name}`);
    obj[f.name] = r.value;
    return { value: obj, poison: r.poison, path: r.path };
  }
  const poison = poisonFor(d, type, name, ctx, allowed);
  return { value: poison.value, poison, path };
}
