import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/core/config';
import { createLogger } from '../src/core/logger';
import { SESSION_NAME } from '../src/core/read/sql';
import { createHub, type Hub } from '../src/server/server';
import { mintToken } from '../src/access/token';
import { Role } from '../src/access/viewer';
import { openOrm } from '../src/server/orm';
import { startEmbeddedPostgres, withDatabase, type RunningPostgres } from '../src/db/embedded-postgres';
import { TEST_JWT_SECRET } from './helpers/harness';
import { PROJECT_ROOT, waitFor } from './helpers/hub-process';
import { buildTemplate } from './helpers/template';

/**
 * A database outage, for real: the hub serves from its own embedded PostgreSQL (not the suite's
 * shared one), which the test stops and starts again. While it is down every request that needs it
 * is answered 503 SERVICE_UNAVAILABLE with a retry hint within a second; when it is back the hub
 * serves again by itself, with no restart.
 */
jest.setTimeout(180_000);

const DB = 'ganxun_outage';
const PLATFORMS = '{ platforms(first: 100) { totalCount nodes { code } } }';
const CREATE = 'mutation($input: CreatePlatformInput!) { createPlatform(input: $input) { platform { code } } }';

describe('database outage and recovery', () => {
  const dataDir = path.join(PROJECT_ROOT, '.data', `faults-outage-${randomBytes(4).toString('hex')}`);
  let pg: RunningPostgres;
  let databaseUrl: string;
  let orm: MikroORM;
  let hub: Hub;
  let baseUrl: string;
  let auth: Record<string, string>;

  beforeAll(async () => {
    pg = await startEmbeddedPostgres({ dataDir });
    const built = performance.now();
    await buildTemplate(pg.url, DB);
     
    console.log(`outage: own PostgreSQL on port ${pg.port}, migrated and seeded in ${(performance.now() - built).toFixed(0)} ms`);
    databaseUrl = withDatabase(pg.url, DB);
    const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false' });
    orm = await openOrm(databaseUrl, config.database, createLogger('silent'));
    hub = await createHub({ config, databaseUrl, orm, log: createLogger('silent') });
    const server = await hub.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    auth = { authorization: `Bearer ${await mintToken(config, 'outage-admin', { role: Role.ADMIN }, 600)}` };
  });

  afterAll(async () => {
    await hub?.close();
    await orm?.close();
    await pg?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}.password`, { force: true });
  });

  const timed = async (url: string, init?: RequestInit) => {
    const started = performance.now();
    const res = await fetch(url, init);
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: JSON.parse(text), ms: performance.now() - started };
  };
  const gql = (query: string, variables?: unknown) =>
    timed(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query, variables }) });
  const create = (code: string) => gql(CREATE, { input: { code, name: `平台 ${code}`, owner: 'test' } });

  const UNAVAILABLE = { message: 'The database is not available right now; retry later.', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: 2 } };
  /** Once the hub knows the database is down: answered before parsing, nothing executed. */
  const expectUnavailable = (res: Awaited<ReturnType<typeof timed>>) => {
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.body).toEqual({ errors: [UNAVAILABLE] });
    expect(res.ms).toBeLessThan(1000);
  };

  it('answers 503 SERVICE_UNAVAILABLE within a second while the database is down, and recovers by itself', async () => {
    expect((await create('before-outage')).status).toBe(200);
    expect((await timed(`${baseUrl}/readyz`)).status).toBe(200);

    // Requests in flight when the database goes down, a read and a write, wait on a lock the test holds.
    const locker = new Client({ connectionString: databaseUrl });
    locker.on('error', () => undefined); // terminated by the shutdown below
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table platform in access exclusive mode');
    const inFlight = [gql(PLATFORMS), create('in-flight')];
    await waitFor('the read and the write to wait on the lock', async () => {
      const { rows } = await locker.query(`select count(distinct query)::int as n from pg_stat_activity where application_name = $1 and wait_event_type = 'Lock'`, [
        SESSION_NAME,
      ]);
      return rows[0].n >= 2;
    });

    const port = pg.port;
    const stopping = performance.now();
    await pg.stop();
    const stopMs = performance.now() - stopping;
    const cut = await Promise.all(inFlight);
    const inFlightMs = performance.now() - stopping;
    // Through formatError: the read's and the write's own errors, each at its path.
    expect(cut.map((r) => [r.status, r.headers.get('retry-after'), r.body.errors])).toEqual([
      [503, '2', [{ ...UNAVAILABLE, path: ['platforms'] }]],
      [503, '2', [{ ...UNAVAILABLE, path: ['createPlatform'] }]],
    ]);
    expect(inFlightMs).toBeLessThan(stopMs + 1000);

    // While it is down: reads (more at once than the read pool holds), a write, readiness.
    const read = await gql(PLATFORMS);
    expectUnavailable(read);
    const burstStarted = performance.now();
    const burst = await Promise.all(Array.from({ length: 30 }, () => gql(PLATFORMS)));
    const burstMs = performance.now() - burstStarted;
    for (const res of burst) expectUnavailable(res);
    expect(burstMs).toBeLessThan(1000);
    const write = await create('during-outage');
    expectUnavailable(write);
    const ready = await timed(`${baseUrl}/readyz`);
    expect(ready).toMatchObject({ status: 503, body: { status: 'unavailable' } });
    expect(ready.ms).toBeLessThan(1000);
    expect((await timed(`${baseUrl}/healthz`)).status).toBe(200);

    // Back on the same port: the hub serves again by itself.
    pg = await startEmbeddedPostgres({ dataDir, port });
    expect(pg.port).toBe(port);
    const back = performance.now();
    await waitFor('the hub to serve reads again', async () => (await gql(PLATFORMS)).status === 200, 10_000, 10);
    const recoveryMs = performance.now() - back;
    const after = await create('after-outage');
    expect(after).toMatchObject({ status: 200, body: { data: { createPlatform: { platform: { code: 'after-outage' } } } } });
    expect((await timed(`${baseUrl}/readyz`)).status).toBe(200);
    const codes = ((await gql(PLATFORMS)).body.data.platforms.nodes as { code: string }[]).map((n) => n.code);
    expect(codes).toEqual(expect.arrayContaining(['before-outage', 'after-outage']));
    expect(codes).not.toContain('during-outage');
    expect(codes).not.toContain('in-flight');

    const worst = Math.max(read.ms, write.ms, ready.ms, ...burst.map((r) => r.ms));
     
    console.log(
      `outage: in-flight read and write answered 503 ${(inFlightMs - stopMs).toFixed(0)} ms after the database stopped (fast shutdown took ${stopMs.toFixed(0)} ms); ` +
        `while down: read ${read.ms.toFixed(0)} ms, 30 parallel reads ${burstMs.toFixed(0)} ms, write ${write.ms.toFixed(0)} ms, /readyz ${ready.ms.toFixed(0)} ms (worst ${worst.toFixed(0)} ms); ` +
        `first successful read ${recoveryMs.toFixed(0)} ms after the database was back`,
    );
  });

  it('answers within the connect timeout when the database accepts connections but never answers, then at once', async () => {
    // The server stops (its connections with it) and something takes its port that accepts and stays silent.
    const port = pg.port;
    await pg.stop();
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', () => resolve()));
    try {
      const first = await gql(PLATFORMS);
      expect(first.status).toBe(503);
      expect(first.body.errors[0]).toEqual({ ...UNAVAILABLE, path: ['platforms'] });
      // DB_CONNECT_TIMEOUT_MS (1000 by default) bounds the wait for a connection that does not open.
      expect(first.ms).toBeGreaterThanOrEqual(950);
      expect(first.ms).toBeLessThan(2000);
      expect(sockets.size).toBeGreaterThan(0);
      // Now the hub knows: no more waiting.
      const read = await gql(PLATFORMS);
      expectUnavailable(read);
      const write = await create('silent-outage');
      expectUnavailable(write);
       
      console.log(`silent database: first read answered 503 after ${first.ms.toFixed(0)} ms (connect timeout), then ${read.ms.toFixed(0)} ms, write ${write.ms.toFixed(0)} ms`);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
      pg = await startEmbeddedPostgres({ dataDir, port });
    }
    expect(pg.port).toBe(port);
    await waitFor('the hub to serve reads again', async () => (await gql(PLATFORMS)).status === 200, 10_000, 10);
    expect(((await gql(PLATFORMS)).body.data.platforms.nodes as { code: string }[]).map((n) => n.code)).not.toContain('silent-outage');
  });
});
