import fs from 'node:fs';
import { Client } from 'pg';
import type { RunningPostgres } from '../src/db/embedded-postgres';
const TEMPLATE_DB = 'ganxun_test_template';

export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __EMBEDDED_PG__?: RunningPostgres }).__EMBEDDED_PG__;
  if (pg) {
    await pg.stop();
    fs.rmSync(pg.dataDir, { recursive: true, force: true });
    return;
  }
  const admin = new Client({ connectionString: process.env.GANXUN_TEST_SERVER_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${TEMPLATE_DB}" with (force)`);
  } finally {
    await admin.end();
  }
}
