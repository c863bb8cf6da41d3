import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';

/**
 * Runs set-based SQL inside the mutation's transaction with bound parameters (`?` placeholders):
 * MikroORM's `execute` would splice the values into the text, which the hub never does.
 */
export async function txQuery<T = Record<string, unknown>>(em: EntityManager, sql: string, bindings: readonly unknown[] = []): Promise<T[]> {
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (!trx) throw new Error('txQuery must run inside a transaction');
  const res = (await trx.raw(sql, bindings as Knex.RawBinding[])) as { rows: T[] };
  return res.rows;
}
