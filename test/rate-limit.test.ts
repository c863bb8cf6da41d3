import { spawnSync } from 'node:child_process';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/core/config';
import { createLogger } from '../src/core/logger';
import { createHub, type Hub } from '../src/server/server';
import { Role, type Viewer } from '../src/access/viewer';
import { startHarness, TEST_JWT_SECRET, type Harness } from './helpers/harness';
import { waitFor } from './helpers/hub-process';

/**
 * Rate limits over real HTTP with real tokens: per token subject, per role (all its tokens
 * together), per-role overrides, the window's reset, and counters shared through Redis.
 */
jest.setTimeout(120_000);

const ME = { query: '{ me { role subject } }' };
const CREATE = 'mutation($input: CreatePlatformInput!) { createPlatform(input: $input) { platform { code } } }';

type Post = Awaited<ReturnType<Harness['post']>>;

const expectLimited = (res: Post, message: RegExp) => {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(res.body).toEqual({ errors: [{ message: expect.stringMatching(message), extensions: { code: 'RATE_LIMITED', retryAfter } }] });
  expect(res.body.errors[0].message).toContain(`Retry after ${retryAfter} s.`);
  return retryAfter;
};

describe('rate limits in memory', () => {
  let h: Harness;
  const as = async (viewer: Viewer, body: unknown = ME) => h.post(body, { authorization: `Bearer ${await h.token(viewer)}` });

  beforeAll(async () => {
    h = await startHarness({
      env: {
        RATE_LIMIT_ENABLED: 'true',
        RATE_LIMIT_WINDOW_SECONDS: '60',
        RATE_LIMIT_PER_SUBJECT: '3',
        RATE_LIMIT_PER_SUBJECT_REPORTER: '2',
        RATE_LIMIT_PER_ROLE: '1000',
        RATE_LIMIT_PER_ROLE_CADRE: '4',
      },
    });
  });
  afterAll(() => h.stop());

  it('refuses a token subject past its budget with 429 RATE_LIMITED and a retry hint; nothing is executed', async () => {
    const admin = { subject: 'rl-admin-1', role: Role.ADMIN };
    for (let i = 0; i < 3; i++) expect((await as(admin)).status).toBe(200);
    const refused = await as(admin, { query: CREATE, variables: { input: { code: 'rl-refused', name: '限流', owner: 'test' } } });
    const retryAfter = expectLimited(refused, /^Rate limit exceeded: at most 3 requests per 60 s for this token subject\./);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await h.sql('select 1 from platform where code = $1', ['rl-refused'])).toEqual([]);
    // Another subject of the same role has its own budget; a bad token is still a 401, not a 429.
    expect(await as({ subject: 'rl-admin-2', role: Role.ADMIN })).toMatchObject({ status: 200, body: { data: { me: { subject: 'rl-admin-2' } } } });
    const expired = await h.token(admin, -60);
    expect((await h.post(ME, { authorization: `Bearer ${expired}` })).status).toBe(401);
  });

  it("takes a role's own per-subject budget from RATE_LIMIT_PER_SUBJECT_<ROLE>", async () => {
    const reporter = { subject: 'rl-reporter', role: Role.REPORTER };
    for (let i = 0; i < 2; i++) expect((await as(reporter)).status).toBe(200);
    expectLimited(await as(reporter), /^Rate limit exceeded: at most 2 requests per 60 s for this token subject\./);
  });

  it('shares one budget among all tokens of a role (RATE_LIMIT_PER_ROLE_<ROLE>)', async () => {
    for (let i = 1; i <= 4; i++) expect((await as({ subject: `rl-cadre-${i}`, role: Role.CADRE })).status).toBe(200);
    // A fifth cadre, never seen before, finds the role's budget spent.
    expectLimited(await as({ subject: 'rl-cadre-5', role: Role.CADRE }), /^Rate limit exceeded: at most 4 requests per 60 s for all tokens of role CADRE\./);
    expect((await as({ subject: 'rl-org', role: Role.ORG_DEPT, region: '350200' })).status).toBe(200);
  });
});

describe('rate limit window', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_WINDOW_SECONDS: '1', RATE_LIMIT_PER_SUBJECT: '2' } });
  });
  afterAll(() => h.stop());

  it('serves the subject again once the window is over, as Retry-After said', async () => {
    const auth = { authorization: `Bearer ${await h.token({ subject: 'rl-window', role: Role.ADMIN })}` };
    expect((await h.post(ME, auth)).status).toBe(200);
    expect((await h.post(ME, auth)).status).toBe(200);
    const refused = await h.post(ME, auth);
    const at = performance.now();
    expect(expectLimited(refused, /at most 2 requests per 1 s/)).toBe(1);
    // Refused requests do not extend the window: poll until one is served.
    await waitFor('the subject to be served again', async () => (await h.post(ME, auth)).status === 200, 5_000, 50);
    const waited = performance.now() - at;
    expect(waited).toBeLessThan(1000 + 1000);
  });
});

/** True when something answers the Redis protocol at `url` (checked once, before the tests are declared). */
function redisAnswers(url: string): boolean {
  const u = new URL(url);
  const script = `
    const s = require('net').connect(${Number(u.port || 6379)}, ${JSON.stringify(u.hostname)});
    s.setTimeout(1000, () => process.exit(1));
    s.on('error', () => process.exit(1));
    s.on('connect', () => s.write('PING\\r\\n'));
    s.on('data', (d) => process.exit(/^[+-]/.test(String(d)) ? 0 : 1));`;
  return spawnSync(process.execPath, ['-e', script], { timeout: 3000 }).status === 0;
}

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisUp = redisAnswers(REDIS_URL);
if (!redisUp) {
   
  console.warn(`No Redis answers at ${REDIS_URL}: the shared (Redis) rate-limit test is skipped. Start Redis or set REDIS_URL to run it.`);
}

(redisUp ? describe : describe.skip)('rate limits shared through Redis', () => {
  let h: Harness;
  let second: Hub;
  let secondUrl: string;
  let redis: Redis;
  const prefix = `ganxun-test:${randomBytes(4).toString('hex')}`;
  const env = { RATE_LIMIT_ENABLED: 'true', REDIS_URL, RATE_LIMIT_KEY_PREFIX: prefix, RATE_LIMIT_PER_SUBJECT: '3', RATE_LIMIT_PER_ROLE: '0' };

  beforeAll(async () => {
    h = await startHarness({ env });
    // A second hub on the same database and Redis, as behind a load balancer.
    const config = loadConfig({ ...process.env, ...env, DATABASE_URL: h.databaseUrl, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent' });
    second = await createHub({ config, databaseUrl: h.databaseUrl, orm: h.orm, log: createLogger('silent') });
    secondUrl = `http://127.0.0.1:${((await second.listen(0, '127.0.0.1')).address() as AddressInfo).port}`;
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await second.close();
    await h.stop();
  });

  it('counts a subject once across hubs', async () => {
    const auth = { 'content-type': 'application/json', authorization: `Bearer ${await h.token({ subject: 'rl-shared', role: Role.ADMIN })}` };
    const viaSecond = async () => {
      const res = await fetch(`${secondUrl}/graphql`, { method: 'POST', headers: auth, body: JSON.stringify(ME) });
      return { status: res.status, headers: res.headers, body: (await res.json()) as any };
    };
    expect((await h.post(ME, auth)).status).toBe(200);
    expect((await viaSecond()).status).toBe(200);
    expect((await h.post(ME, auth)).status).toBe(200);
    expectLimited(await viaSecond(), /at most 3 requests per 60 s for this token subject/);
    expect(await redis.get(`${prefix}:subject:ADMIN:rl-shared`)).toBe('4');
    expect(await redis.pttl(`${prefix}:subject:ADMIN:rl-shared`)).toBeGreaterThan(0);
  });
});

describe('rate limits when Redis does not answer', () => {
  let h: Harness;
  beforeAll(async () => {
    // A port nothing listens on.
    const port = await new Promise<number>((resolve) => {
      const srv = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as AddressInfo).port;
        srv.close(() => resolve(p));
      });
    });
    h = await startHarness({ env: { RATE_LIMIT_ENABLED: 'true', REDIS_URL: `redis://127.0.0.1:${port}`, RATE_LIMIT_PER_SUBJECT: '2' } });
  });
  afterAll(() => h.stop());

  it('keeps serving, and keeps limiting in memory', async () => {
    const auth = { authorization: `Bearer ${await h.token({ subject: 'rl-no-redis', role: Role.ADMIN })}` };
    expect(await h.post(ME, auth)).toMatchObject({ status: 200, body: { data: { me: { subject: 'rl-no-redis' } } } });
    expect((await h.post(ME, auth)).status).toBe(200);
    expectLimited(await h.post(ME, auth), /at most 2 requests per 60 s/);
  });
});
