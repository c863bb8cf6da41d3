import path from 'node:path';
import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Config, DatabaseLimits } from '../core/config';
import type { Logger } from '../core/logger';
import { sessionOptions } from '../core/read/sql';
import { startEmbeddedPostgres, withDatabase, type RunningPostgres } from './embedded-postgres';
import { ormConfig, type OrmModel } from './mikro-orm.config';

export type { OrmModel };

export const DEFAULT_DATABASE = 'ganxun';

export interface DatabaseHandle {
  url: string;
  embedded?: RunningPostgres;
  stop(): Promise<void>;
}

/** Creates `database` on the server of `serverUrl` when it does not exist yet. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** `DATABASE_URL` when set; otherwise the embedded PostgreSQL, its data under the data folder. */
export async function openDatabase(config: Config, log: Logger): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(config.dataDir, 'pg'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    onLog: (line) => log.debug('postgres', { line }),
    ownProcessGroup: true,
  });
  log.info('embedded PostgreSQL started', { port: embedded.port, dataDir: embedded.dataDir });
  await ensureDatabase(embedded.url, DEFAULT_DATABASE);
  return { url: withDatabase(embedded.url, DEFAULT_DATABASE), embedded, stop: () => embedded.stop() };
}

/** Applies the committed migrations that have not run yet; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/**
 * The write side's ORM. Serving passes `limits`: the same statement timeout and pool-wait limit as
 * the read pool (knex's acquire timeout is the pool wait). Migrations, seeds and imports open it
 * without: a migration building an index on millions of rows may rightly run for minutes.
 */
export async function openOrm(model: OrmModel, url: string, limits?: DatabaseLimits, log?: Logger): Promise<MikroORM> {
  if (!limits) return MikroORM.init(ormConfig(model, url));
  // knex's own warnings (a pooled connection that broke) as structured log lines, not console text.
  const knexLog = log && {
    warn: (message: unknown) => log.warn('write pool', { message: String(message) }),
    error: (message: unknown) => log.error('write pool', { message: String(message) }),
    debug: (message: unknown) => log.debug('write pool', { message: String(message) }),
    deprecate: () => undefined,
  };
  return MikroORM.init(
    ormConfig(model, url, {
      pool: { min: 0, max: limits.writePoolMax, acquireTimeoutMillis: limits.poolWaitMs },
      driverOptions: { connection: sessionOptions(limits), ...(knexLog ? { log: knexLog } : {}) },
    }),
  );
}
