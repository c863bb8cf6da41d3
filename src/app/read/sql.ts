import { Pool, types as pgTypes, type PoolConfig } from 'pg';

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

export function createReadPool(connectionString: string, extra: PoolConfig = {}): Pool {
  const pool = new Pool({ connectionString, max: 20, idleTimeoutMillis: 30_000, types: readTypes as never, ...extra });
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
