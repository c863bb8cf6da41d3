import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../access/request-context';
import { ConflictError, ErrorCode } from '../../core/errors';
import { IDEMPOTENCY_KEY_TTL_HOURS, type IdempotentInput } from '../../core/write/inputs';
import { concurrentWrite, inTransaction } from './mutation';

/** JSON with object keys sorted, so the same input always hashes the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined && k !== 'idempotencyKey') out[k] = canonical(v);
    }
    return out;
  }
  return value;
}

/** What a key was first used for: the mutation and a digest of its input (the key itself left out). */
export function requestHash(operation: string, input: object): string {
  return createHash('sha256').update(JSON.stringify([operation, canonical(input)])).digest('hex');
}

async function raw<T>(em: EntityManager, sql: string, bindings: unknown[]): Promise<T[]> {
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (!trx) throw new Error('idempotency keys are claimed inside the mutation transaction');
  return ((await trx.raw(sql, bindings as Knex.RawBinding[])) as { rows: T[] }).rows;
}

interface KeyRow {
  operation: string;
  request_hash: string;
  result: unknown;
}

/**
 * `inTransaction` for a create mutation whose input may carry a client idempotency key (幂等键).
 *
 * Without a key it is `inTransaction`. With one, the key is claimed first, in the same
 * transaction as the create, in `idempotency_key` keyed by (token subject, key):
 *
 * - first use: `work` runs and its result (the new row's key — anything JSON) is stored with the
 *   key; both commit together or neither does, so a failed call leaves the key unused;
 * - a repeat (a retry after a lost response, or the same request sent twice at once — the second
 *   waits on the first's uncommitted key): `work` does not run, the first call's result is
 *   returned, and the resolver reads that record back as it would its own;
 * - the key with another mutation or a different input: CONFLICT at `input.idempotencyKey`.
 *
 * Keys are remembered for IDEMPOTENCY_KEY_TTL_HOURS; each keyed call removes a few expired ones.
 */
export async function createOnce<T>(ctx: Context, operation: string, input: IdempotentInput, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const key = input.idempotencyKey;
  if (key === undefined || key === null) return inTransaction(ctx, work);
  const subject = ctx.viewer.subject;
  const hash = requestHash(operation, input);
  return inTransaction(ctx, async (em) => {
    // Expired keys go a few at a time, skipping rows another call is already removing.
    await raw(
      em,
      `delete from idempotency_key where ctid = any(array(
         select ctid from idempotency_key where created_at < now() - make_interval(hours => ?) limit 100 for update skip locked))`,
      [IDEMPOTENCY_KEY_TTL_HOURS],
    );
    const claimed = await raw(
      em,
      'insert into idempotency_key (subject, key, operation, request_hash) values (?, ?, ?, ?) on conflict (subject, key) do nothing returning key',
      [subject, key, operation, hash],
    );
    if (!claimed.length) {
      const [first] = await raw<KeyRow>(em, 'select operation, request_hash, result from idempotency_key where subject = ? and key = ?', [subject, key]);
      if (!first) throw concurrentWrite();
      if (first.operation !== operation || first.request_hash !== hash) {
        throw new ConflictError(
          `The idempotency key ${JSON.stringify(key)} was already used for a different request (${first.operation === operation ? 'the same mutation with another input' : first.operation}); send a new key for a new record.`,
          ErrorCode.CONFLICT,
          { field: 'input.idempotencyKey' },
        );
      }
      return first.result as T;
    }
    const result = await work(em);
    await raw(em, 'update idempotency_key set result = ?::jsonb where subject = ? and key = ?', [JSON.stringify(result ?? null), subject, key]);
    return result;
  });
}
