import 'reflect-metadata';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseCli } from './core/cli';
import { loadConfig, PROJECT_ROOT, type Config } from './core/config';
import { createLogger, type Logger } from './core/logger';
import type { createHub } from './server/server';

const USAGE = `Ganxun Hub (干训数据枢纽)

Usage: node dist/src/main.js <command> [options]

Commands:
  serve                 start the hub (embedded PostgreSQL unless DATABASE_URL is set)
  migrate               apply the committed migrations
  seed                  migrate, then load the demo seed into an empty database
  token [options]       mint a demo token (HS256, the configured or dev secret)
      --as <agency>       a demo agency of the seed: admin, province-org, xiamen-org, jinjiang-org,
                          provincial-school, xiamen-school, gutian-college, soe-bureau,
                          education-bureau, reporter, cadre-1045
      --role <ROLE>       ORG_DEPT | PARTY_SCHOOL | INDUSTRY_BUREAU | REPORTER | CADRE | ADMIN (default ADMIN)
      --agency <id>       acting agency (unit or institution id)
      --region <code>     jurisdiction root, e.g. 350200
      --sector <code>     sector, e.g. SOE
      --cadre <id>        the cadre a CADRE token speaks for
      --subject <name>    token subject (default demo-<role>)
      --expires <dur>     lifetime, e.g. 30m, 12h, 7d (default 8h)
  import <file.csv>     import training records: --platform <id|code> [--agency <id>] [--batch <n>]
  schema                write schema/schema.graphql and schema/contracts/<role>.graphql from the code,
                        and schema/operations.manifest.json (sha256 of each schema/operations document)
`;

async function prepareDatabase(config: Config, log: Logger, seed: boolean) {
  const { openDatabase, migrate } = await import('./db/database');
  const { openOrm } = await import('./server/orm');
  const db = await openDatabase(config, log);
  try {
    const orm = await openOrm(db.url);
    const applied = await migrate(orm);
    if (applied.length) log.info('migrations applied', { migrations: applied });
    if (seed) {
      const { Client } = await import('pg');
      const { isEmpty, seedDemo } = await import('../seeds/demo');
      const client = new Client({ connectionString: db.url });
      await client.connect();
      try {
        if (await isEmpty(client)) {
          const started = Date.now();
          const counts = await seedDemo(client);
          log.info('demo data seeded', { ms: Date.now() - started, counts });
        }
      } finally {
        await client.end();
      }
    }
    return { db, orm };
  } catch (err) {
    await db.stop();
    throw err;
  }
}

type Opened = Awaited<ReturnType<typeof prepareDatabase>>;
type Running = { hub: Awaited<ReturnType<typeof createHub>>; orm: Opened['orm'] };

/** Opens the serving connections and the HTTP server on the migrated database; stops what it started on failure. */
async function startHub(config: Config, log: Logger, { db, orm: migrationOrm }: Opened): Promise<Running & { port: number }> {
  const { openOrm } = await import('./server/orm');
  const { createHub } = await import('./server/server');
  let orm: Running['orm'] | undefined;
  let hub: Running['hub'] | undefined;
  try {
    await migrationOrm.close();
    // Serving connections carry the statement timeout and pool-wait limit; migrations ran without.
    orm = await openOrm(db.url, config.database, log);
    hub = await createHub({ config, databaseUrl: db.url, orm, log });
    const server = await hub.listen(config.port);
    return { hub, orm, port: (server.address() as AddressInfo).port };
  } catch (err) {
    await hub?.close();
    await orm?.close();
    await db.stop();
    throw err;
  }
}

/** The graceful shutdown of a running hub, once, on the first signal: HTTP, then the pool, then the database. */
function shutdownOnce(config: Config, log: Logger, db: Opened['db'], running: Running): (signal: string) => void {
  let stopping = false;
  return (signal) => {
    if (stopping) return log.info('already shutting down', { signal });
    stopping = true;
    const began = Date.now();
    log.info('shutting down', { signal, graceMs: config.shutdownGraceMs });
    // Nothing may hang the exit: past the grace period and a margin for the database to stop, leave.
    setTimeout(() => {
      log.error('shutdown did not finish in time; exiting', { ms: Date.now() - began });
      process.exit(1);
    }, config.shutdownGraceMs + 30_000).unref();
    void (async () => {
      let status = 0;
      try {
        await running.hub.close();
        log.info('http server closed', { ms: Date.now() - began });
        await running.orm.close();
        log.debug('database connections closed');
      } catch (err) {
        status = 1;
        log.error('error while shutting down', { message: err instanceof Error ? err.message : String(err) });
      } finally {
        await db.stop();
        log.info('stopped', { ms: Date.now() - began });
        process.exit(status);
      }
    })();
  };
}

async function serve(config: Config, log: Logger): Promise<void> {
  const started = Date.now();
  // A signal during start-up (migrations, seeding) waits for it, then stops what was started.
  let stopRequested: string | undefined;
  let stop: (signal: string) => void = (signal) => {
    stopRequested ??= signal;
    log.info('stopping once started', { signal });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  const opened = await prepareDatabase(config, log, config.seedDemo);
  const { hub, orm, port } = await startHub(config, log, opened);
  const { db } = opened;
  stop = shutdownOnce(config, log, db, { hub, orm });

  const url = `http://localhost:${port}/graphql`;
  log.info('hub ready', { url, port, ms: Date.now() - started, database: db.embedded ? 'embedded' : 'DATABASE_URL' });
  process.stdout.write(
    `\n  Ganxun Hub is serving GraphQL at ${url}\n` +
      `  Explorer: http://localhost:${port}/explorer\n` +
      `  Get a demo token:  npm run token -- --role ADMIN\n\n`,
  );
  if (stopRequested) stop(stopRequested);
}

const TOKEN_OPTIONS = {
  as: { type: 'string' },
  role: { type: 'string' },
  agency: { type: 'string' },
  region: { type: 'string' },
  sector: { type: 'string' },
  cadre: { type: 'string' },
  subject: { type: 'string' },
  expires: { type: 'string' },
} as const;

async function token(config: Config, argv: string[]): Promise<void> {
  const flags: Partial<Record<keyof typeof TOKEN_OPTIONS, string>> = parseCli(argv, { options: TOKEN_OPTIONS }).values;
  const { mintToken, parseDuration } = await import('./access/token');
  const { Role } = await import('./access/viewer');
  const { DEMO_AGENCIES } = await import('./access/demo-agencies');
  if (flags.as) {
    const demo = DEMO_AGENCIES[flags.as];
    if (!demo) throw new Error(`Unknown demo agency ${flags.as}; use one of ${Object.keys(DEMO_AGENCIES).join(', ')}`);
    const c = demo.claims;
    flags.role ??= c.role;
    for (const k of ['agency', 'region', 'sector', 'cadre'] as const) if (c[k] && flags[k] === undefined) flags[k] = c[k]!;
    flags.subject ??= `demo-${flags.as}`;
  }
  const role = (flags.role ?? 'ADMIN').toUpperCase();
  if (!(role in Role)) throw new Error(`Unknown role ${role}; use one of ${Object.keys(Role).join(', ')}`);
  const expires = parseDuration(flags.expires ?? '8h');
  const subject = flags.subject ?? `demo-${role.toLowerCase()}`;
  const jwt = await mintToken(config, subject, { role: role as never, agency: flags.agency, region: flags.region, sector: flags.sector, cadre: flags.cadre }, expires);
  process.stderr.write(`Token for ${subject} (${role}), valid ${flags.expires ?? '8h'}. Send it as: Authorization: Bearer <token>\n`);
  process.stdout.write(`${jwt}\n`);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  switch (command) {
    case 'serve':
      return serve(config, log);
    case 'migrate': {
      const { db, orm } = await prepareDatabase(config, log, false);
      await orm.close();
      await db.stop();
      return;
    }
    case 'seed': {
      const { db, orm } = await prepareDatabase(config, log, true);
      await orm.close();
      await db.stop();
      return;
    }
    case 'token':
      return token(config, rest);
    case 'import': {
      const { db, orm } = await prepareDatabase(config, log, false);
      try {
        const { runImport } = await import('./modules/training-record/import-csv');
        await runImport(orm, rest, process.stdout, process.stderr, config.records);
      } finally {
        await orm.close();
        await db.stop();
      }
      return;
    }
    case 'schema': {
      const { printHubSchema } = await import('./server/schema');
      const file = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');
      fs.writeFileSync(file, await printHubSchema());
      process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
      const { buildHubSchema } = await import('./server/schema');
      const { contractSdl } = await import('./access/contracts');
      const { Role } = await import('./access/viewer');
      const dir = path.join(PROJECT_ROOT, 'schema', 'contracts');
      fs.mkdirSync(dir, { recursive: true });
      const schema = await buildHubSchema();
      for (const role of Object.values(Role)) {
        const out = path.join(dir, `${role.toLowerCase()}.graphql`);
        fs.writeFileSync(out, contractSdl(schema, role));
        process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
      }
      const { buildOperationManifest, renderManifest, MANIFEST_FILE } = await import('./server/persisted-operations');
      fs.writeFileSync(MANIFEST_FILE, renderManifest(buildOperationManifest()));
      process.stdout.write(`wrote ${path.relative(process.cwd(), MANIFEST_FILE)}\n`);
      return;
    }
    default:
      process.stdout.write(USAGE);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
