import fs from 'node:fs';
import path from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import type { Pool } from 'pg';
import { toGlobalId } from '../../src/app/read/ids';

export type PgVersion = 4 | 5;

/** The bench operations, by name, from schema/operations/bench.graphql. */
const OPS_FILE = path.resolve(__dirname, '..', '..', 'schema', 'operations', 'bench.graphql');
let ops: Map<string, string> | undefined;
export function operation(name: string): string {
  if (!ops) {
    ops = new Map();
    for (const def of parse(fs.readFileSync(OPS_FILE, 'utf8')).definitions) {
      if (def.kind === 'OperationDefinition' && def.name) ops.set(def.name.value, print(def as OperationDefinitionNode));
    }
  }
  const text = ops.get(name);
  if (!text) throw new Error(`No operation ${name} in ${OPS_FILE}`);
  return text;
}

/** The hub's cursor for an id-ordered list: rows after primary key `pk`. */
export function hubCursor(pk: number, orderValue: unknown = null): string | null {
  return pk <= 0 ? null : Buffer.from(JSON.stringify([orderValue, pk]), 'utf8').toString('base64url');
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
