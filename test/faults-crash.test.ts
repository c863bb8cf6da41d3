import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/core/config';
import { mintToken } from '../src/access/token';
import { Role } from '../src/access/viewer';
import { TEST_JWT_SECRET } from './helpers/harness';
import { alive, killSpawnedHubs, PROJECT_ROOT, request, spawnHub, waitFor, type HubProcess } from './helpers/hub-process';

/**
 * The real CLI with its default, embedded PostgreSQL, on one data folder across three starts:
 * kill -9 of the hub (its postmaster lives on as an orphan), then kill -9 of hub and postmaster
 * together (a crash: stale lock file, recovery from the WAL), then SIGTERM. Every acknowledged
 * write survives, every start is clean, and the last stop leaves no PostgreSQL process behind.
 */
jest.setTimeout(240_000);

const CREATE = 'mutation($input: CreatePlatformInput!) { createPlatform(input: $input) { platform { code } } }';
const CODES = '{ platforms(first: 100, orderBy: CODE_ASC) { nodes { code } } }';

describe('crash safety with the embedded database', () => {
  const dataRoot = path.join(PROJECT_ROOT, '.data', `faults-crash-${randomBytes(4).toString('hex')}`);
  const env = { GANXUN_DATA_DIR: dataRoot, SEED_DEMO: 'false', EMBEDDED_PG_PORT: '0' };
  let auth: Record<string, string>;

  beforeAll(async () => {
    auth = { authorization: `Bearer ${await mintToken(loadConfig({ JWT_SECRET: TEST_JWT_SECRET }), 'crash-admin', { role: Role.ADMIN }, 600)}` };
  });

  afterAll(async () => {
    killSpawnedHubs();
    // A failed run may leave a postmaster: stop it before removing its folder.
    const pidFile = path.join(dataRoot, 'pg', 'postmaster.pid');
    if (fs.existsSync(pidFile)) {
      const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
    fs.rmSync(dataRoot, { recursive: true, force: true });
  });

  const postmasterPid = (hub: HubProcess): number => {
    const started = hub.logs.find((l) => l.msg === 'embedded PostgreSQL started')!;
    return Number(fs.readFileSync(path.join(started.dataDir as string, 'postmaster.pid'), 'utf8').split('\n')[0]);
  };
  const create = async (hub: HubProcess, code: string) => {
    const res = await request(hub.port, { path: '/graphql', headers: auth, body: { query: CREATE, variables: { input: { code, name: `平台 ${code}`, owner: 'test' } } } });
    expect(res).toMatchObject({ status: 200, body: { data: { createPlatform: { platform: { code } } } } });
  };
  const codes = async (hub: HubProcess) => {
    const res = await request(hub.port, { path: '/graphql', headers: auth, body: { query: CODES } });
    expect(res.status).toBe(200);
    return (res.body.data.platforms.nodes as { code: string }[]).map((n) => n.code);
  };

  it('keeps every acknowledged write through kill -9 of the hub, then of hub and database together, and stops cleanly after', async () => {
    const t0 = performance.now();
    let hub = await spawnHub(env);
    const firstStart = performance.now() - t0;
    await create(hub, 'crash-a');
    const orphan = postmasterPid(hub);
    hub.child.kill('SIGKILL');
    expect(await hub.exited).toMatchObject({ signal: 'SIGKILL' });
    // The postmaster outlived its hub.
    expect(alive(orphan)).toBe(true);

    const t1 = performance.now();
    hub = await spawnHub(env);
    const takeOver = performance.now() - t1;
    expect(alive(orphan)).toBe(false);
    expect(hub.logs.filter((l) => l.msg === 'migrations applied')).toEqual([]);
    expect(await codes(hub)).toEqual(['crash-a']);

    await create(hub, 'crash-b');
    const postmaster = postmasterPid(hub);
    process.kill(hub.pid, 'SIGKILL');
    process.kill(postmaster, 'SIGKILL');
    await hub.exited;
    await waitFor('the killed postmaster to be gone', () => !alive(postmaster));
    const started = hub.logs.find((l) => l.msg === 'embedded PostgreSQL started')!;
    expect(fs.existsSync(path.join(started.dataDir as string, 'postmaster.pid'))).toBe(true);

    const t2 = performance.now();
    hub = await spawnHub(env);
    const recovery = performance.now() - t2;
    expect(await codes(hub)).toEqual(['crash-a', 'crash-b']);

    const last = postmasterPid(hub);
    hub.child.kill('SIGTERM');
    expect(await hub.exited).toMatchObject({ code: 0, signal: null });
    expect(alive(last)).toBe(false);
    expect(fs.existsSync(path.join(started.dataDir as string, 'postmaster.pid'))).toBe(false);
     
    console.log(
      `crash: first start ${firstStart.toFixed(0)} ms; start over an orphaned postmaster ${takeOver.toFixed(0)} ms; ` +
        `start after kill -9 of hub and postmaster (WAL recovery) ${recovery.toFixed(0)} ms; both writes kept`,
    );
  });
});
