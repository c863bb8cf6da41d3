import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { Client } from 'pg';
import { databaseFault } from '../src/core/db-faults';
import { SESSION_NAME } from '../src/core/read/sql';
import { Role } from '../src/access/viewer';
import { startHarness, type Harness } from './helpers/harness';
import { waitFor } from './helpers/hub-process';

/**
 * Statement timeout and pool-wait limit, over real HTTP. A statement is made slow deterministically:
 * the test holds an ACCESS EXCLUSIVE lock on `platform` while the hub reads or writes it.
 */
jest.setTimeout(120_000);

const PLATFORMS = { query: '{ platforms { totalCount } }' };
/** One statement (no page, just the count): it holds one connection while it waits. */
const PLATFORM_COUNT = { query: '{ platforms(first: 0) { totalCount } }' };
const REGIONS = { query: '{ regions(first: 1) { nodes { code } } }' };
const CREATE = 'mutation($input: CreatePlatformInput!) { createPlatform(input: $input) { platform { code } } }';

async function lockPlatforms(databaseUrl: string) {
  const locker = new Client({ connectionString: databaseUrl });
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

/** The hub's sessions on this test's database (`application_name` carries the PID). */
async function hubSessions(h: Harness, where: string): Promise<number> {
  const [{ n }] = await h.sql<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = $1 and ${where}`,
    [SESSION_NAME],
  );
  return n;
}

async function waitingLocks(h: Harness): Promise<number> {
  const [{ n }] = await h.sql<{ n: number }>(
    `select count(*)::int as n from pg_locks l join pg_database d on d.oid = l.database where d.datname = current_database() and not l.granted`,
  );
  return n;
}

describe('statement timeout (DB_STATEMENT_TIMEOUT_MS=1000)', () => {
  let h: Harness;
  let auth: Record<string, string>;
  beforeAll(async () => {
    h = await startHarness({ env: { DB_STATEMENT_TIMEOUT_MS: '1000' } });
    auth = { authorization: `Bearer ${await h.token({ subject: 'timeout-admin', role: Role.ADMIN })}` };
  });
  afterAll(() => h.stop());

  it('cancels a slow read in PostgreSQL and tells the client why', async () => {
    const lock = await lockPlatforms(h.databaseUrl);
    try {
      const started = performance.now();
      const pending = h.post(PLATFORMS, auth);
      await waitFor('the read to wait on the lock', async () => (await hubSessions(h, `wait_event_type = 'Lock'`)) > 0);
      const res = await pending;
      const ms = performance.now() - started;
      expect(res.status).toBe(200);
      expect(res.body.errors).toEqual([
        {
          message: 'The database cancelled this query: it ran past the statement timeout. Ask for fewer rows or less nesting, or retry later.',
          path: ['platforms'],
          extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'statementTimeout' },
        },
      ]);
      expect(ms).toBeGreaterThanOrEqual(1000);
      expect(ms).toBeLessThan(4000);
      // The lock is still held, yet nothing of the hub waits for it or runs any more.
      expect(await hubSessions(h, `state = 'active'`)).toBe(0);
      expect(await waitingLocks(h)).toBe(0);
       
      console.log(`statement timeout 1000 ms: read answered QUERY_TOO_COMPLEX after ${ms.toFixed(0)} ms, its statements gone from pg_stat_activity`);
    } finally {
      await lock.release();
    }
    expect((await h.post(PLATFORMS, auth)).body.data.platforms.totalCount).toBeGreaterThan(0);
  });

  it('cancels a slow write; nothing is written', async () => {
    const code = `timeout-${randomBytes(3).toString('hex')}`;
    const lock = await lockPlatforms(h.databaseUrl);
    let res: Awaited<ReturnType<Harness['post']>>;
    try {
      const pending = h.post({ query: CREATE, variables: { input: { code, name: '慢平台', owner: 'test' } } }, auth);
      await waitFor('the write to wait on the lock', async () => (await hubSessions(h, `wait_event_type = 'Lock'`)) > 0);
      res = await pending;
      expect(await hubSessions(h, `state = 'active'`)).toBe(0);
      expect(await waitingLocks(h)).toBe(0);
    } finally {
      await lock.release();
    }
    expect(res.status).toBe(200);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0]).toMatchObject({ path: ['createPlatform'], extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'statementTimeout' } });
    expect(await h.sql('select code from platform where code = $1', [code])).toEqual([]);
  });
});

describe('pool-wait limit (DB_POOL_WAIT_MS=300, one read and one write connection)', () => {
  let h: Harness;
  let auth: Record<string, string>;
  beforeAll(async () => {
    h = await startHarness({ env: { DB_READ_POOL_MAX: '1', DB_WRITE_POOL_MAX: '1', DB_POOL_WAIT_MS: '300', DB_STATEMENT_TIMEOUT_MS: '60000' } });
    auth = { authorization: `Bearer ${await h.token({ subject: 'pool-admin', role: Role.ADMIN })}` };
  });
  afterAll(() => h.stop());

  const expectBusy = (res: Awaited<ReturnType<Harness['post']>>, path: string) => {
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: [path], message: 'The database is too busy to take this request right now; retry later.', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: 2 } }),
    ]);
  };

  it('answers 503 with a retry hint when no connection frees up in time, and serves the waiting request after', async () => {
    const lock = await lockPlatforms(h.databaseUrl);
    let held: Awaited<ReturnType<Harness['post']>>[];
    try {
      // Each holds the only connection of its pool, waiting on the lock.
      const holders = [h.post(PLATFORM_COUNT, auth), h.post({ query: CREATE, variables: { input: { code: 'pool-held', name: '占用', owner: 'test' } } }, auth)];
      await waitFor('a read and a write to wait on the lock', async () => (await hubSessions(h, `wait_event_type = 'Lock'`)) === 2);

      let started = performance.now();
      const read = await h.post(REGIONS, auth);
      const readMs = performance.now() - started;
      expectBusy(read, 'regions');
      started = performance.now();
      const write = await h.post({ query: CREATE, variables: { input: { code: 'pool-refused', name: '拒绝', owner: 'test' } } }, auth);
      const writeMs = performance.now() - started;
      expectBusy(write, 'createPlatform');
      for (const ms of [readMs, writeMs]) {
        expect(ms).toBeGreaterThanOrEqual(290);
        expect(ms).toBeLessThan(1000);
      }
       
      console.log(`pool wait 300 ms: busy read answered 503 after ${readMs.toFixed(0)} ms, busy write after ${writeMs.toFixed(0)} ms`);
      await lock.release();
      held = await Promise.all(holders);
    } catch (err) {
      await lock.release().catch(() => undefined);
      throw err;
    }
    expect(held[0]).toMatchObject({ status: 200, body: { data: { platforms: { totalCount: expect.any(Number) } } } });
    expect(held[1]).toMatchObject({ status: 200, body: { data: { createPlatform: { platform: { code: 'pool-held' } } } } });
    expect(await h.sql('select code from platform where code in ($1, $2)', ['pool-held', 'pool-refused'])).toEqual([{ code: 'pool-held' }]);
    expect((await h.post(REGIONS, auth)).status).toBe(200);
  });
});

describe('which database failures are a client matter', () => {
  const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), 'UNAVAILABLE'],
    ['every address refused (happy eyeballs)', new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })], 'connect failed'), 'UNAVAILABLE'],
    ['a server shutting down its sessions', pgError('57P01', 'terminating connection due to administrator command'), 'UNAVAILABLE'],
    ['a server starting up', pgError('57P03', 'the database system is starting up'), 'UNAVAILABLE'],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly'), 'UNAVAILABLE'],
    ['a connection that did not open in time', new Error('timeout expired'), 'UNAVAILABLE'],
    ['a reply that never came', new Error('Query read timeout'), 'UNAVAILABLE'],
    ['a full read pool', new Error('timeout exceeded when trying to connect'), 'BUSY'],
    ['a full write pool', Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' }), 'BUSY'],
    ['a cancel by request', pgError('57014', 'canceling statement due to user request'), 'BUSY'],
    ['the statement timeout, as knex words it', pgError('57014', 'select 1 - canceling statement due to statement timeout'), 'STATEMENT_TIMEOUT'],
    ['a unique violation', pgError('23505', 'duplicate key value violates unique constraint'), undefined],
    ['an error of ours', new Error('expired token timeout expired soon'), undefined],
  ])('%s', (_what, error, expected) => {
    expect(databaseFault(error)).toBe(expected);
    // As a resolver's error reaches formatError: wrapped by GraphQL.
    expect(databaseFault(new GraphQLError('wrapped', { originalError: error }))).toBe(expected);
  });
});
