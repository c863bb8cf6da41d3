import { envInt } from '../core/env';
import { Role } from './viewer';

/**
 * What one operation may ask of the hub, per role, checked before anything executes (the limits of
 * DESIGN §7, "shared safely"). Every value can be changed through the environment; see
 * {@link loadLimits} and the README's configuration table.
 */
export interface OperationLimits {
  /** Deepest field nesting (fragments flattened: a fragment adds no level of its own). */
  depth: number;
  /** Aliased fields in the operation (`__typename` aliases are free). */
  aliases: number;
  /** Fields selected at the root (queries or mutations in one request). */
  rootFields: number;
  /** Directives used in the document (`@include`, `@skip`, …). */
  directives: number;
  /** Lexical tokens of the document (names, punctuation, values). */
  tokens: number;
  /**
   * Estimated work: the objects an operation can return — every field returning an object costs 1
   * (reports and aggregates more, see `access/cost.ts`), and each list multiplies what it
   * contains by its `first`, or by its default when `first` is absent (20 at the root, 100 for
   * relation lists), so nested connections and relation lists multiply.
   */
  cost: number;
  /** Errors one response may carry; past it the response ends with one error counting the rest. */
  errors: number;
}

/** The limits' names as the environment spells them (`LIMIT_DEPTH`, `LIMIT_COST_REPORTER`, …). */
export const LIMIT_ENV: Readonly<Record<keyof OperationLimits, string>> = {
  depth: 'LIMIT_DEPTH',
  aliases: 'LIMIT_ALIASES',
  rootFields: 'LIMIT_ROOT_FIELDS',
  directives: 'LIMIT_DIRECTIVES',
  tokens: 'LIMIT_TOKENS',
  cost: 'LIMIT_COST',
  errors: 'LIMIT_ERRORS',
};

/**
 * Defaults sized for a 2-core, 24 GB server shared by a province's agencies: the worst operation
 * that passes them finishes in well under 5 s with the process under 1 GB (test/limits.test.ts
 * builds that operation for every role and measures it). The depth admits GraphiQL's full
 * introspection query; the cost admits a page of 100 rows with a relation list of 100 under each.
 * Tokens bound the work done before execution: parsing, validation and graphql-jit's compilation
 * all grow with the document (compiling 2,000 tokens takes ~100 ms of one event-loop turn on these
 * machines; the largest operation of schema/operations has 85 tokens, GraphiQL's introspection ~300).
 * A reporting tool reads aggregates, so its cost ceiling is lower.
 */
export const DEFAULT_LIMITS: Readonly<OperationLimits> = {
  depth: 15,
  aliases: 30,
  rootFields: 20,
  directives: 50,
  tokens: 1000,
  cost: 50_000,
  errors: 100,
};

const ROLE_DEFAULTS: Readonly<Partial<Record<Role, Partial<OperationLimits>>>> = {
  [Role.REPORTER]: { cost: 20_000 },
  [Role.CADRE]: { cost: 20_000 },
};

/** Whether `__schema` / `__type` may be used by roles other than ADMIN (ADMIN always may). */
export type IntrospectionSetting = 'on' | 'off';

export interface LimitsConfig {
  byRole: Readonly<Record<Role, Readonly<OperationLimits>>>;
  introspection: IntrospectionSetting;
  /** The parser refuses any document longer than this many tokens, before any role is considered. */
  parserMaxTokens: number;
}

/**
 * Reads the limits from the environment: `LIMIT_<NAME>` sets a limit for every role and
 * `LIMIT_<NAME>_<ROLE>` for one role (e.g. `LIMIT_COST=80000`, `LIMIT_DEPTH_REPORTER=8`);
 * `INTROSPECTION=off` hides the schema from every role but ADMIN (the default when
 * `NODE_ENV=production`).
 */
export function loadLimits(env: NodeJS.ProcessEnv = process.env): LimitsConfig {
  const byRole = {} as Record<Role, OperationLimits>;
  for (const role of Object.values(Role)) {
    const limits = { ...DEFAULT_LIMITS, ...ROLE_DEFAULTS[role] };
    for (const [key, name] of Object.entries(LIMIT_ENV) as [keyof OperationLimits, string][]) {
      limits[key] = envInt(env, `${name}_${role}`, envInt(env, name, limits[key], 1), 1);
    }
    byRole[role] = Object.freeze(limits);
  }
  const raw = (env.INTROSPECTION ?? '').toLowerCase();
  let introspection: IntrospectionSetting;
  if (raw === '') introspection = env.NODE_ENV === 'production' ? 'off' : 'on';
  else if (['on', 'true', '1', 'yes'].includes(raw)) introspection = 'on';
  else if (['off', 'false', '0', 'no'].includes(raw)) introspection = 'off';
  else throw new Error(`INTROSPECTION must be on or off; got ${JSON.stringify(env.INTROSPECTION)}.`);
  return { byRole, introspection, parserMaxTokens: Math.max(...Object.values(byRole).map((l) => l.tokens)) };
}
