/**
 * Recognises the database failures a client can do something about — the database is unreachable
 * or too busy (retry later), or a statement ran past the statement timeout (ask for less) — in the
 * shapes they arrive: raw `pg` errors on the read path, MikroORM's wrapped driver exceptions and
 * knex's pool errors on the write path. Anything else stays an internal error.
 *
 * - `UNAVAILABLE`: no connection to the database (refused, dropped, shut down, not answering).
 * - `BUSY`: the database is there, but no pooled connection freed up within the pool-wait limit,
 *   or the statement was cancelled by request (an operator, a hub shutting down).
 * - `STATEMENT_TIMEOUT`: PostgreSQL cancelled the statement at `statement_timeout`.
 */
export type DatabaseFault = 'UNAVAILABLE' | 'BUSY' | 'STATEMENT_TIMEOUT';

/** Socket-level codes of a server that is gone or unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND']);

/**
 * SQLSTATEs of an unavailable server: class 08 (connection exception), 57P01–57P03 (shut down by
 * the administrator, crashed, cannot connect now: starting up or shutting down), 53300 (too many
 * connections).
 */
function unavailableState(code: string): boolean {
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';
}

/**
 * Messages without a code, matched anywhere (knex prefixes a failed statement's message with its
 * SQL): `pg` on a dropped connection, a connection that did not open in time ("timeout expired",
 * "Connection terminated due to connection timeout") or a reply that never came (`query_timeout`)…
 */
const UNAVAILABLE_MESSAGES = ['Connection terminated', 'Client has encountered a connection error and is not queryable', 'Query read timeout'];
/** …and `pg-pool`'s and knex's waits for a free pooled connection. */
const BUSY_MESSAGES = ['timeout exceeded when trying to connect', 'Timeout acquiring a connection'];

export function databaseFault(err: unknown, depth = 0): DatabaseFault | undefined {
  if (!err || typeof err !== 'object' || depth > 3) return undefined;
  const e = err as { code?: unknown; message?: unknown; name?: unknown; errors?: unknown; cause?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  // 57014 is also a cancel by request (pg_cancel_backend, e.g. of a shutting-down hub): then retrying is right.
  if (code === '57014') return message.includes('statement timeout') ? 'STATEMENT_TIMEOUT' : 'BUSY';
  if (NETWORK_CODES.has(code) || unavailableState(code)) return 'UNAVAILABLE';
  if (e.name === 'KnexTimeoutError' || BUSY_MESSAGES.some((m) => message.includes(m))) return 'BUSY';
  // A client's own connect timeout: too generic a phrase to look for anywhere but alone.
  if (message === 'timeout expired' || UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return 'UNAVAILABLE';
  // Node's happy-eyeballs connect reports every address tried in an AggregateError.
  if (Array.isArray(e.errors)) {
    for (const inner of e.errors) {
      const fault = databaseFault(inner, depth + 1);
      if (fault) return fault;
    }
  }
  // A resolver's error as GraphQL wrapped it, or an error's cause.
  return databaseFault((e as { originalError?: unknown }).originalError, depth + 1) ?? databaseFault(e.cause, depth + 1);
}
