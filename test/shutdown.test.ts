import http from 'node:http';
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../src/core/config';
import { mintToken } from '../src/access/token';
import { Role } from '../src/access/viewer';
import { withDatabase } from '../src/db/embedded-postgres';
import { TEST_JWT_SECRET } from './helpers/harness';
import { TEMPLATE_DB } from './helpers/template';
import { connectionRefused, killSpawnedHubs, request, spawnHub, waitFor, type HubProcess } from './helpers/hub-process';

/**
 * SIGTERM to the real CLI (`src/main.ts serve`) on a clone of the test template: the hub turns
 * not-ready at once, refuses new connections, closes idle keep-alive connections, lets the request
 * in flight finish (answered with `Connection: close`), and exits 0 — or, past the grace period,
 * cuts what is still running, cancels its statements in PostgreSQL, and still exits 0.
 */
jest.setTimeout(180_000);

const PLATFORMS = { query: '{ platforms { totalCount } }' };

/** A socket that has sent part of a request's head: a request in transit when the signal came. */
function partialRequest(port: number, head: string): Promise<{ finish(): Promise<{ raw: string; closed: boolean }> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(head);
      let raw = '';
      socket.on('data', (c) => (raw += c));
      const closed = new Promise<void>((r) => socket.once('close', () => r()));
      resolve({
        async finish() {
          socket.write('\r\n');
          await closed;
          return { raw, closed: true };
        },
      });
    });
    socket.once('error', reject);
  });
}

describe('graceful shutdown on SIGTERM (real CLI, DATABASE_URL)', () => {
  let admin: Client;
  let dbUrl: string;
  let dbName: string;
  let token: string;
  let hub: HubProcess | undefined;

  beforeAll(async () => {
    const server = process.env.GANXUN_TEST_SERVER_URL!;
    dbName = `ganxun_test_shutdown_${randomBytes(4).toString('hex')}`;
    admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database "${dbName}" template "${TEMPLATE_DB}"`);
    dbUrl = withDatabase(server, dbName);
    token = await mintToken(loadConfig({ JWT_SECRET: TEST_JWT_SECRET }), 'shutdown-admin', { role: Role.ADMIN }, 600);
  });

  afterEach(() => killSpawnedHubs());

  afterAll(async () => {
    await admin.query(`drop database if exists "${dbName}" with (force)`);
    await admin.end();
  });

  /** Holds an ACCESS EXCLUSIVE lock on `platform` until released: a read of it waits. */
  async function lockPlatforms() {
    const locker = new Client({ connectionString: dbUrl });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table platform in access exclusive mode');
    return {
      release: async () => {
        await locker.query('commit');
        await locker.end();
      },
    };
  }

  /** The hub's sessions (its `application_name` carries its PID) on the clone, by state. */
  async function hubSessions(pid: number, where = 'true'): Promise<number> {
    const { rows } = await admin.query(`select count(*)::int as n from pg_stat_activity where datname = $1 and application_name = $2 and ${where}`, [
      dbName,
      `ganxun-hub:${pid}`,
    ]);
    return rows[0].n as number;
  }

  it('turns not-ready, refuses new connections, finishes the request in flight with Connection: close, exits 0', async () => {
    hub = await spawnHub({ DATABASE_URL: dbUrl, DB_STATEMENT_TIMEOUT_MS: '120000' });
    const { port, pid } = hub;
    const auth = { authorization: `Bearer ${token}` };

    // An idle keep-alive connection, as a browser or a proxy keeps one.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const first = await request(port, { path: '/healthz', agent });
    expect(first.headers.connection).toBe('keep-alive');
    const idleSocket = Object.values(agent.freeSockets)[0]![0];
    const idleClosed = new Promise<void>((r) => idleSocket.once('close', () => r()));

    // A request in flight: its read waits on a lock the test holds.
    const lock = await lockPlatforms();
    let inFlightDone = false;
    const inFlight = request(port, { path: '/graphql', body: PLATFORMS, headers: auth }).finally(() => (inFlightDone = true));
    await waitFor('the in-flight read to wait on the lock', async () => (await hubSessions(pid, `wait_event_type = 'Lock'`)) > 0);
    const transit = await partialRequest(port, 'GET /readyz HTTP/1.1\r\nHost: hub\r\n');

    const signalled = performance.now();
    hub.child.kill('SIGTERM');
    await hub.waitForLog('shutting down');
    hub.child.kill('SIGTERM'); // a second signal changes nothing
    await hub.waitForLog('already shutting down');

    const refusedAfter = await waitFor('new connections to be refused', () => connectionRefused(port), 5_000);
    await idleClosed;
    const idleClosedAfter = performance.now() - signalled;

    const ready = await transit.finish();
    const readyAfter = performance.now() - signalled;
    expect(ready.raw).toMatch(/^HTTP\/1\.1 503 /);
    expect(ready.raw).toMatch(/\r\nConnection: close\r\n/i);
    expect(ready.raw).toContain('{"status":"shutting down"}');

    expect(inFlightDone).toBe(false);
    expect(hub.child.exitCode).toBeNull();
    const released = performance.now();
    await lock.release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { platforms: { totalCount: expect.any(Number) } } });
    expect(res.body.data.platforms.totalCount).toBeGreaterThan(0);
    expect(res.headers.connection).toBe('close');

    const exit = await hub.exited;
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(hub.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'http server closed', 'stopped']));
    await waitFor('the hub to leave no session behind', async () => (await hubSessions(pid)) === 0, 5_000);
    agent.destroy();
     
    console.log(
      `SIGTERM drain: listener refused after ${refusedAfter.toFixed(0)} ms, idle keep-alive closed after ${idleClosedAfter.toFixed(0)} ms, ` +
        `/readyz 503 after ${readyAfter.toFixed(0)} ms; in-flight answered and exit 0 ${(exit.at - released).toFixed(0)} ms after its lock was released`,
    );
  });

  it('past the grace period, cuts the request still running, cancels its statement and exits 0', async () => {
    hub = await spawnHub({ DATABASE_URL: dbUrl, DB_STATEMENT_TIMEOUT_MS: '120000', SHUTDOWN_GRACE_MS: '1000' });
    const { port, pid } = hub;
    const lock = await lockPlatforms();
    try {
      const inFlight = request(port, { path: '/graphql', body: PLATFORMS, headers: { authorization: `Bearer ${token}` } }).then(
        (r) => ({ ok: true as const, status: r.status }),
        (err: NodeJS.ErrnoException) => ({ ok: false as const, code: err.code ?? err.message }),
      );
      await waitFor('the in-flight read to wait on the lock', async () => (await hubSessions(pid, `wait_event_type = 'Lock'`)) > 0);

      const signalled = performance.now();
      hub.child.kill('SIGTERM');
      const cut = await inFlight;
      const cutAfter = performance.now() - signalled;
      expect(cut).toEqual({ ok: false, code: expect.stringMatching(/ECONNRESET|socket hang up/) });
      expect(cutAfter).toBeGreaterThanOrEqual(900);

      const exit = await hub.exited;
      expect(exit).toMatchObject({ code: 0, signal: null });
      const exitAfter = exit.at - signalled;
      expect(exitAfter).toBeLessThan(1000 + 5_000);
      expect(hub.logs.find((l) => l.msg === 'grace period over: requests cut off')).toMatchObject({ requests: 1, statementsCancelled: expect.any(Number) });
      expect(hub.logs.find((l) => l.msg === 'grace period over: requests cut off')!.statementsCancelled).toBeGreaterThan(0);
      // The lock is still held, yet the hub's statement is gone: cancelled, not finished.
      await waitFor('the hub to leave no session behind', async () => (await hubSessions(pid)) === 0, 5_000);
       
      console.log(`SIGTERM past a 1000 ms grace: request cut after ${cutAfter.toFixed(0)} ms, exit 0 after ${exitAfter.toFixed(0)} ms`);
    } finally {
      await lock.release();
    }
  });
});
