import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, withDatabase } from '../src/db/embedded-postgres';
import { execFileSync } from 'node:child_process';

const TEMPLATE_DB = 'ganxun_test_template';

/**
 * Starts the database for the whole run — the embedded PostgreSQL unless DATABASE_URL is set —
 * and builds one migrated, seeded template database that every test file clones.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    serverUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    const dataDir = path.resolve(__dirname, '..', '.data', `test-pg-${process.pid}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    const pg = await startEmbeddedPostgres({ dataDir });
    (globalThis as { __EMBEDDED_PG__?: unknown }).__EMBEDDED_PG__ = pg;
    serverUrl = pg.url;
  }
  process.env.GANXUN_TEST_SERVER_URL = serverUrl;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    // Leftovers of an interrupted run on a shared server.
    const stale = await admin.query(`select datname from pg_database where datname like 'ganxun_test_%'`);
    for (const { datname } of stale.rows) await admin.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await admin.end();
  }
  // In a child process: MikroORM must not be loaded into jest's main process (a single test file
  // runs in-band there, with its own module registry, and would meet a half-initialised ORM).
  execFileSync(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'helpers', 'build-template-cli.ts'), serverUrl, TEMPLATE_DB], {
    stdio: ['ignore', 'ignore', 'inherit'],
    cwd: path.join(__dirname, '..'),
  });
}
