import { Client, Pool, types as pgTypes, type ClientConfig, type PoolConfig } from 'pg';
import type { DatabaseLimits } from '../config';

/** Bound SQL parameters collected while a statement is built; values never enter the SQL text. */
export class Params {
  readonly values: unknown[] = [];
  /** Adds a value and returns its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Counts the SQL statements one request runs (asserted in tests, reported by the bench). */
export class StatementCounter {
  statements = 0;
}

const DATE_OID = 1082;
const NUMERIC_OID = 1700;
const INT8_OID = 20;
const TIMESTAMPTZ_OID = 1184;

/**
 * Type parsers for the read pool only (MikroORM keeps its own): dates stay `YYYY-MM-DD` strings,
 * timestamps stay text (parsed only when selected), numerics (hours, scores) and counts become numbers.
 */
const readTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (v: string) => v;
    if (oid === NUMERIC_OID || oid === INT8_OID) return (v: string) => Number(v);
    // Timestamps stay PostgreSQL text until (and unless) a query asks for them: DateTime serialises.
    if (oid === TIMESTAMPTZ_OID) return (v: string) => v;
    return pgTypes.getTypeParser(oid, format as 'text');
  },
};

/**
 * The `application_name` of this process's database sessions, so that what it runs can be found in
 * `pg_stat_activity` — and cancelled when a shutdown cuts requests short.
 */
export const SESSION_NAME = `ganxun-hub:${process.pid}`;

/**
 * Options for every connection the hub serves with (read pool and MikroORM alike): PostgreSQL
 * cancels a statement past `statement_timeout`; the client gives up on a reply a little later
 * (`query_timeout`: a server that vanished without closing the socket); a connection must open
 * within the connect timeout; TCP keep-alive notices dead peers.
 */
export function sessionOptions(limits: DatabaseLimits) {
  return {
    statement_timeout: limits.statementTimeoutMs,
    query_timeout: limits.statementTimeoutMs + 2_000,
    connectionTimeoutMillis: limits.connectTimeoutMs,
    keepAlive: true,
    application_name: SESSION_NAME,
  };
}

/**
 * The read path's pool; with `limits` (always, when serving) its waits and statements are bounded.
 * pg-pool has one `connectionTimeoutMillis` for the wait for a free connection and for opening one,
 * and hands it to each client too: the pool gets the pool wait, its clients the connect timeout.
 */
export function createReadPool(connectionString: string, limits?: DatabaseLimits, extra: PoolConfig = {}): Pool {
  let bounded: PoolConfig = {};
  if (limits) {
    const session = sessionOptions(limits);
    bounded = {
      ...session,
      max: limits.readPoolMax,
      connectionTimeoutMillis: limits.poolWaitMs,
      Client: class extends Client {
        constructor(config?: ClientConfig) {
          super({ ...config, connectionTimeoutMillis: session.connectionTimeoutMillis });
        }
      },
    };
  }
  const pool = new Pool({ connectionString, max: 20, idleTimeoutMillis: 30_000, types: readTypes as never, ...bounded, ...extra });
  pool.on('error', () => undefined); // an idle client dropped by the server; the pool replaces it
  return pool;
}

/** The read path's SQL access for one request: plain rows, bound parameters, counted. */
export class ReadDb {
  constructor(
    private readonly pool: Pool,
    readonly counter: StatementCounter,
  ) {}

  async query<T = Record<string, unknown>>(text: string, values: readonly unknown[] = []): Promise<T[]> {
    this.counter.statements++;
    const result = await this.pool.query({ text, values: values as unknown[] });
    return result.rows as T[];
  }
}
