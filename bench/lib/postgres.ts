import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { PROJECT_ROOT } from '../../src/core/config';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

export interface BenchPostgres {
  /** Server URL (database `postgres`). */
  url: string;
  embedded: boolean;
  /** PID of the postmaster when it runs on this machine (for the CPU split). */
  postmasterPid(): number | undefined;
  version(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise a dedicated embedded PostgreSQL under `.data/bench-pg` (so the
 * bench never fights a developer's `npm start` over `.data/pg`).
 */
export async function openBenchPostgres(): Promise<BenchPostgres> {
  const version = async (url: string) => {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query<{ v: string }>("select current_setting('server_version') as v")).rows[0].v;
    } finally {
      await c.end();
    }
  };
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    return { url, embedded: false, postmasterPid: () => undefined, version: () => version(url), stop: async () => undefined };
  }
  const dataDir = path.join(process.env.GANXUN_DATA_DIR ?? path.join(PROJECT_ROOT, '.data'), 'bench-pg');
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(process.env.BENCH_PG_PORT ?? 54339) });
  return {
    url: pg.url,
    embedded: true,
    postmasterPid() {
      try {
        return Number(fs.readFileSync(path.join(pg.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      } catch {
        return undefined;
      }
    },
    version: () => version(pg.url),
    stop: () => pg.stop(),
  };
}
