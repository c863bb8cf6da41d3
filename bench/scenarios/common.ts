import fs from 'node:fs';
import path from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import type { Pool } from 'pg';
import { toGlobalId } from '../../src/core/read/ids';

export type PgVersion = 4 | 5;

/**
 * The bench operations, by name, from schema/operations/bench.graphql; then the client operations of
 * the other files in schema/operations (R1 and W1 drive the reporting tools' and the platforms'
 * own operations, `ComplianceSummary` and `ImportTrainingRecordsCounts`). An operation that spreads
 * fragments is not supported (the bench sends the operation's text alone).
 */
const OPS_DIR = path.resolve(__dirname, '..', '..', 'schema', 'operations');
const OPS_FILE = path.join(OPS_DIR, 'bench.graphql');
let ops: Map<string, string> | undefined;
export function operation(name: string): string {
  if (!ops) {
    ops = new Map();
    const files = [OPS_FILE, ...fs.readdirSync(OPS_DIR).filter((f) => f.endsWith('.graphql') && f !== 'bench.graphql').sort().map((f) => path.join(OPS_DIR, f))];
    for (const file of files) {
      for (const def of parse(fs.readFileSync(file, 'utf8')).definitions) {
        if (def.kind === 'OperationDefinition' && def.name && !ops.has(def.name.value)) ops.set(def.name.value, print(def as OperationDefinitionNode));
      }
    }
  }
  const text = ops.get(name);
  if (!text) throw new Error(`No operation ${name} in ${OPS_DIR}`);
  if (/\.\.\.\s*(?!on\b)[_A-Za-z]/.test(text)) throw new Error(`Operation ${name} spreads fragments: not supported by the bench`);
  return text;
}

/** The hub's cursor for an id-ordered list: rows after primary key `pk`. */
/** The hub's cursor after row `pk` of the `type` list in its default order (`Type.ID_ASC`). */
export function hubCursor(type: string, pk: number, orderValue: unknown = null, ordering = 'ID_ASC'): string | null {
  return pk <= 0 ? null : Buffer.from(JSON.stringify([`${type}.${ordering}`, orderValue, pk]), 'utf8').toString('base64url');
}

export const gid = (type: string, pk: number | null | undefined) => (pk === null || pk === undefined ? null : toGlobalId(type, pk));

export interface SetupContext {
  /** A pool on the bench database (setup queries and the raw-SQL floor). */
  pool: Pool;
  counts: Record<string, number>;
}

export interface Variant {
  /** Variables of the hub's operation (the hand-written peer gets the same). */
  vars: Record<string, unknown>;
  /** Whatever the floor and the PostGraphile mapping need (ids, filters). */
  key: any;
}

export interface PostGraphileSpec {
  query(v: PgVersion): string;
  /** Variables for one variant; may ask the PostGraphile server for a cursor (setup, not timed). */
  variables(variant: Variant, v: PgVersion, gql: (query: string, variables?: Record<string, unknown>) => Promise<any>): Promise<Record<string, unknown>>;
  /** Maps PostGraphile's `data` into the hub's shape (ids to hub global ids, numbers as numbers). */
  toHub(data: any, v: PgVersion): unknown;
}

export interface Scenario {
  id: string;
  title: string;
  /** The hub operation name in bench.graphql (for read scenarios). */
  operation?: string;
  role: 'ADMIN' | 'ORG_DEPT';
  variants(ctx: SetupContext): Promise<Variant[]>;
  /** The same data through equivalent SQL (one statement where possible), in the hub's shape. */
  floor?(pool: Pool, variant: Variant): Promise<unknown>;
  handwritten?: boolean;
  postgraphile?: PostGraphileSpec;
  /** Mixed workloads: the request body for one sequence number. */
  mixed?(seq: number, variants: Variant[]): { body: string; write: boolean };
  /** Runs after the scenario (e.g. deletes rows a write workload created). */
  cleanup?(pool: Pool): Promise<void>;
  /**
   * Concurrency of this scenario's load (default: `--concurrency`, 10). Heavy single requests (a
   * report over every cadre, a 5,000-row import) are measured one at a time, as a latency; an
   * explicit `--concurrency` still wins.
   */
  concurrency?: number;
  /** For a mixed (write) workload: why one response is not a success beyond GraphQL errors (e.g. rows not accepted). */
  checkResponse?(data: any, seq: number): string | undefined;
  /** Rows written per request (bulk writes): the results then report rows/s. */
  rowsPerRequest?: number;
  /** Not part of the default set (selectable with --scenario only). */
  optIn?: boolean;
}

/** Evenly spread start keys in [0, max] (deterministic). */
export function spread(n: number, max: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(Math.floor((i * Math.max(0, max)) / Math.max(1, n - 1)));
  return [...new Set(out)];
}

/** PostGraphile's column for the primary key: `id` in v4, `rowId` in v5. */
export const pk = (v: PgVersion) => (v === 4 ? 'id' : 'rowId');

/** A PostGraphile cursor positioned after row `offset` (1-based: after the first `offset` rows), or null. */
export async function pgCursorAfter(
  gql: (query: string, variables?: Record<string, unknown>) => Promise<any>,
  connection: string,
  offset: number,
  args = '',
): Promise<string | null> {
  if (offset <= 0) return null;
  const res = await gql(`query($o: Int!) { ${connection}(orderBy: PRIMARY_KEY_ASC, first: 1, offset: $o${args}) { edges { cursor } } }`, { o: offset - 1 });
  const cursor = res?.data?.[connection]?.edges?.[0]?.cursor;
  if (!cursor) throw new Error(`PostGraphile gave no cursor for ${connection} at ${offset}: ${JSON.stringify(res).slice(0, 300)}`);
  return cursor;
}

export const num = (x: unknown) => (x === null || x === undefined ? x : Number(x));
