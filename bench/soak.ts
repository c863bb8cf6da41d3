/**
 * The soak (issue 8, point 9): `npm run soak [-- --duration 60s]`.
 *
 * 1. PostgreSQL as the bench opens it (embedded under .data/bench-pg, or DATABASE_URL), the bench's
 *    synthetic data (bench/generate.ts, small by default) cloned into a throw-away `ganxun_soak`
 *    database, so the soak's writes never touch the bench's data.
 * 2. The hub in a child process (bench/soak/hub.ts: createHub + an event-loop delay monitor read over
 *    IPC), with SAFELIST_ROLES=REPORTER.
 * 3. APQ prefill (more unique documents than the APQ cache and the compile cache hold), a warm-up,
 *    then the measured window: `--concurrency` closed-loop clients over keep-alive HTTP, each picking
 *    request kinds (bench/soak/kinds.ts) by weight from its own seeded generator.
 * 4. Checks: no unexpected outcome of any kind; the hub still alive; its RSS at the end within 10 % of
 *    the RSS after warm-up (both after a full GC, raw figures reported too); the database's
 *    connections (pg_stat_activity) back to the count before the load once the pools' idle timeout has
 *    passed; event-loop delay p99 reported. Exit 1 when a check fails.
 * 5. Results: bench/results/<date>-soak.md and .json (`--no-write` to skip).
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { numberOption, parseCli } from '../src/core/cli';
import { loadConfig } from '../src/core/config';
import { mintToken, type HubClaims } from '../src/access/token';
import { DEMO_AGENCIES } from '../src/access/demo-agencies';
import { withDatabase } from '../src/db/embedded-postgres';
import { SignJWT } from 'jose';
import { benchDatabaseName, countRows, ensureBenchDatabase, SIZES, type Size } from './generate';
import { HttpTarget } from './lib/load';
import { openBenchPostgres } from './lib/postgres';
import { memoryMb } from './lib/proc';
import { Progress } from './lib/progress';
import { gid } from './scenarios/common';
import { KINDS, outcomeOf, uniqueDocument, type FireContext, type Kind, type SoakData, type TokenName } from './soak/kinds';

const SECRET = 'ganxun-soak-secret-not-for-production-0123456789abcdef';
const SOAK_DB = 'ganxun_soak';
const RESULTS = path.join(__dirname, 'results');

interface Options {
  size: Size;
  durationMs: number;
  warmupMs: number;
  concurrency: number;
  prefill: number;
  write: boolean;
  note?: string;
  seed: number;
  /** Only these kinds (diagnosis); all by default. */
  only?: string[];
}

function parseDurationMs(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!m) throw new Error(`Not a duration: ${text} (e.g. 60s, 5m, 300)`);
  return Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 'm' ? 60_000 : 1000);
}

const SOAK_OPTIONS = {
  duration: { type: 'string' },
  warmup: { type: 'string' },
  concurrency: { type: 'string' },
  size: { type: 'string' },
  prefill: { type: 'string' },
  seed: { type: 'string' },
  only: { type: 'string' },
  'no-write': { type: 'boolean' },
  note: { type: 'string' },
  help: { type: 'boolean' },
} as const;

function parseOptions(argv: string[]): Options {
  const flags = parseCli(argv, { options: SOAK_OPTIONS }).values;
  if (flags.help) {
    process.stdout.write('npm run soak -- [--duration 5m] [--warmup 60s] [--concurrency 8] [--size small|medium] [--prefill 1200] [--seed 1] [--only kind,…] [--no-write] [--note text]\n');
    process.exit(0);
  }
  const size = (flags.size ?? 'small') as Size;
  if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  const durationMs = parseDurationMs(flags.duration ?? '5m');
  return {
    size,
    durationMs,
    warmupMs: parseDurationMs(flags.warmup ?? (durationMs >= 120_000 ? '60s' : '15s')),
    concurrency: numberOption('concurrency', flags.concurrency, 8),
    prefill: numberOption('prefill', flags.prefill, 1200),
    write: flags['no-write'] !== true,
    note: flags.note,
    seed: numberOption('seed', flags.seed, 1),
    only: flags.only ? flags.only.split(',') : undefined,
  };
}

/** mulberry32: a small seeded generator, one per client. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// The hub child

interface HubStats {
  eventLoop: { p50Ms: number; p99Ms: number; maxMs: number; meanMs: number; samples: number };
  memory: { rssMb: number; heapUsedMb: number; heapTotalMb: number; externalMb: number; gc: boolean };
  apqCache: { entries: number; bytes: number };
  loggedErrors: string[];
}

interface HubChild {
  child: ChildProcess;
  port: number;
  stats(opts?: { reset?: boolean; gc?: boolean }): Promise<HubStats>;
  exited(): boolean;
  output(): string;
  stop(): Promise<void>;
}

function startHub(databaseUrl: string): Promise<HubChild> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'soak', 'hub.ts'), [], {
      execArgv: ['-r', '@swc-node/register', '--expose-gc'],
      env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: SECRET, SAFELIST_ROLES: 'REPORTER', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      cwd: path.resolve(__dirname, '..'),
    });
    let output = '';
    const keep = (c: Buffer) => (output = (output + c.toString()).slice(-8000));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    let exited = false;
    const waiting: ((s: HubStats) => void)[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the hub did not start within 120 s:\n${output}`));
    }, 120_000);
    child.on('exit', (code, signal) => {
      exited = true;
      clearTimeout(timer);
      reject(new Error(`the hub exited (${code ?? signal}) while starting:\n${output}`));
    });
    child.on('message', (m: any) => {
      if (m?.type === 'stats') waiting.shift()?.(m as HubStats);
      if (m?.type !== 'ready') return;
      clearTimeout(timer);
      resolve({
        child,
        port: m.port,
        stats: (opts = {}) =>
          new Promise((res, rej) => {
            if (exited) return rej(new Error('the hub has exited'));
            waiting.push(res);
            child.send({ type: 'stats', ...opts });
          }),
        exited: () => exited,
        output: () => output,
        stop: () =>
          new Promise<void>((res) => {
            if (exited) return res();
            const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
            child.once('exit', () => {
              clearTimeout(t);
              res();
            });
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Figures

interface KindFigures {
  what: string;
  weight: number;
  expected: string[];
  untilLimits?: string[];
  requests: number;
  outcomes: Record<string, number>;
  statuses: Record<string, number>;
  unexpected: number;
  /** Outcomes accepted only until the operation limits land. */
  acceptedUntilLimits: number;
  firstUnexpected?: string;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

class Recorder {
  private readonly byKind = new Map<string, { latencies: number[]; outcomes: Map<string, number>; statuses: Map<number, number>; unexpected: number; until: number; first?: string }>();

  record(kind: Kind, ms: number, outcome: string, status: number, detail: () => string): void {
    let k = this.byKind.get(kind.name);
    if (!k) this.byKind.set(kind.name, (k = { latencies: [], outcomes: new Map(), statuses: new Map(), unexpected: 0, until: 0 }));
    k.latencies.push(ms);
    k.outcomes.set(outcome, (k.outcomes.get(outcome) ?? 0) + 1);
    k.statuses.set(status, (k.statuses.get(status) ?? 0) + 1);
    if (kind.expected.includes(outcome)) return;
    if (kind.untilLimits?.includes(outcome)) {
      k.until++;
      return;
    }
    k.unexpected++;
    k.first ??= `${outcome}: ${detail()}`.slice(0, 400);
  }

  get total(): number {
    let n = 0;
    for (const k of this.byKind.values()) n += k.latencies.length;
    return n;
  }

  figures(): Record<string, KindFigures> {
    const out: Record<string, KindFigures> = {};
    for (const kind of KINDS) {
      const k = this.byKind.get(kind.name);
      const sorted = (k?.latencies ?? []).slice().sort((a, b) => a - b);
      const pct = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
      out[kind.name] = {
        what: kind.what,
        weight: kind.weight,
        expected: kind.expected,
        untilLimits: kind.untilLimits,
        requests: sorted.length,
        outcomes: Object.fromEntries(k?.outcomes ?? []),
        statuses: Object.fromEntries([...(k?.statuses ?? [])].map(([s, n]) => [String(s), n])),
        unexpected: k?.unexpected ?? 0,
        acceptedUntilLimits: k?.until ?? 0,
        firstUnexpected: k?.first,
        p50Ms: pct(50),
        p95Ms: pct(95),
        p99Ms: pct(99),
        maxMs: sorted.length ? sorted[sorted.length - 1] : NaN,
        meanMs: sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : NaN,
      };
    }
    return out;
  }
}

async function connectionsOf(monitor: Client, db: string): Promise<{ total: number; byState: Record<string, number> }> {
  const { rows } = await monitor.query<{ state: string | null; n: number }>(
    `select coalesce(state, 'none') as state, count(*)::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() group by 1`,
    [db],
  );
  const byState = Object.fromEntries(rows.map((r) => [r.state ?? 'none', r.n]));
  return { total: rows.reduce((a, r) => a + r.n, 0), byState };
}

const round = (x: number, d = 1) => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const progress = new Progress();
  const started = new Date();
  const loadBefore = os.loadavg();
  progress.log(
    `ganxun soak: ${opts.durationMs / 1000}s measured after ${opts.warmupMs / 1000}s warm-up, ${opts.concurrency} clients, size ${opts.size}, ` +
      `${KINDS.length} request kinds; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
  );
  process.env.BENCH_PG_PORT ??= '54341';
  const pg = await openBenchPostgres();
  const monitor = new Client({ connectionString: withDatabase(pg.url, 'postgres') });
  let hub: HubChild | undefined;
  const http: HttpTarget[] = [];
  let failed: boolean;
  try {
    await ensureBenchDatabase(pg.url, opts.size, (m) => progress.log(`  ${m}`));
    await monitor.connect();
    await monitor.query(`drop database if exists ${SOAK_DB} with (force)`);
    await monitor.query(`create database ${SOAK_DB} template ${benchDatabaseName(opts.size)}`);
    const databaseUrl = withDatabase(pg.url, SOAK_DB);
    const counts = await countRows(databaseUrl);
    progress.log(`  ${SOAK_DB} cloned from ${benchDatabaseName(opts.size)}: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);

    const setup = new Client({ connectionString: databaseUrl });
    await setup.connect();
    const foreign = await setup.query<{ id: number }>(`select id from teacher where institution_id <> 7 and archived_at is null order by id limit 500`);
    const platform = await setup.query<{ id: number }>(`select id from platform where archived_at is null order by id limit 1`);
    const cadres = await setup.query<{ id: number; id_card_number: string }>(`select id, id_card_number from cadre where archived_at is null order by id limit 5000`);
    await setup.end();
    const data: SoakData = {
      counts,
      foreignTeachers: foreign.rows.map((r) => r.id),
      platform: gid('Platform', platform.rows[0].id)!,
      cadres: cadres.rows.map((r) => [r.id, r.id_card_number]),
      run: `${started.getTime().toString(36)}`,
    };

    const config = loadConfig({ ...process.env, JWT_SECRET: SECRET });
    const claims = (name: string): HubClaims => DEMO_AGENCIES[name].claims;
    const mint = (subject: string, c: HubClaims) => mintToken(config, subject, c, 24 * 3600);
    const tokens: Record<TokenName, string> = {
      admin: await mint('soak-admin', claims('admin')),
      orgProvince: await mint('soak-province-org', claims('province-org')),
      orgXiamen: await mint('soak-xiamen-org', claims('xiamen-org')),
      schoolXiamen: await mint('soak-xiamen-school', claims('xiamen-school')),
      soeBureau: await mint('soak-soe-bureau', claims('soe-bureau')),
      reporter: await mint('soak-reporter', claims('reporter')),
      cadre: await mint('soak-cadre-1045', claims('cadre-1045')),
      // A school's front-end token, locked to the manifest by its issuer's `safelist` claim.
      lockedSchool: await new SignJWT({ ...claims('xiamen-school'), safelist: true })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject('soak-locked-school')
        .setIssuer('ganxun-hub')
        .setAudience('ganxun-hub')
        .setIssuedAt()
        .setExpirationTime('24h')
        .sign(new TextEncoder().encode(SECRET)),
    };

    const connectionsBeforeHub = await connectionsOf(monitor, SOAK_DB);
    progress.log('▶ starting the hub');
    hub = await startHub(databaseUrl);
    const h = hub;
    const client = new HttpTarget(h.port, '/graphql', opts.concurrency + 2);
    http.push(client);
    const post = async (token: TokenName, body: unknown) => {
      const res = await client.post(JSON.stringify(body), { authorization: `Bearer ${tokens[token]}` });
      let parsed: unknown;
      try {
        parsed = JSON.parse(res.body);
      } catch {
        parsed = res.body;
      }
      return { status: res.status, body: parsed as any };
    };
    // Before any request: the hub's pools open connections lazily.
    const connectionsStart = await connectionsOf(monitor, SOAK_DB);

    // ---- prefill: more unique documents than the APQ cache (1000) and the compile cache (1000) hold
    const t0 = performance.now();
    let prefillErrors = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: opts.concurrency }, async () => {
        while (next < opts.prefill) {
          const query = uniqueDocument(data.run, next++);
          const res = await post('admin', { query, extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } } });
          if (res.status !== 200 || res.body?.errors) prefillErrors++;
        }
      }),
    );
    progress.log(`  APQ prefill: ${opts.prefill} unique documents registered in ${((performance.now() - t0) / 1000).toFixed(1)} s (${prefillErrors} errors)`);

    // ---- load
    const mix = opts.only ? KINDS.filter((k) => opts.only!.includes(k.name)) : KINDS;
    if (!mix.length) throw new Error(`--only names no kind; use ${KINDS.map((k) => k.name).join(', ')}`);
    const totalWeight = mix.reduce((a, k) => a + k.weight, 0);
    const choose = (r: number): Kind => {
      let x = r * totalWeight;
      for (const k of mix) {
        if ((x -= k.weight) < 0) return k;
      }
      return mix[mix.length - 1];
    };
    const warm = new Recorder();
    const measured = new Recorder();
    let phase: 'warmup' | 'measure' | 'done' = 'warmup';
    const rssSamples: { t: number; rssMb: number }[] = [];
    let networkErrors = 0;

    const client_ = async (w: number) => {
      const rnd = rng(opts.seed * 1000 + w);
      let seq = 0;
      while (phase !== 'done') {
        const kind = choose(rnd());
        const ctx: FireContext = { data, rnd, worker: w, workers: opts.concurrency, seq: seq++, post };
        const recorder = phase === 'warmup' ? warm : measured;
        const t = performance.now();
        let sent: { status: number; body: any } | undefined;
        let check: string | undefined;
        try {
          ({ sent, check } = await kind.fire(ctx));
        } catch (err) {
          networkErrors++;
          recorder.record(kind, performance.now() - t, 'NETWORK', 0, () => (err instanceof Error ? err.message : String(err)));
          if (h.exited()) return;
          continue;
        }
        const outcome = outcomeOf(sent, check);
        recorder.record(kind, performance.now() - t, outcome, sent.status, () => check ?? JSON.stringify(sent!.body).slice(0, 300));
      }
    };

    const loadStart = performance.now();
    const clients = Array.from({ length: opts.concurrency }, (_, w) => client_(w));
    const rssTimer = setInterval(() => rssSamples.push({ t: (performance.now() - loadStart) / 1000, rssMb: memoryMb(h.child.pid!).rssMb }), 1000);
    const ticker = setInterval(() => {
      const el = (performance.now() - loadStart) / 1000;
      const rec = phase === 'warmup' ? warm : measured;
      progress.status(`${phase} ${el.toFixed(0)}s, ${rec.total} requests, rss ${memoryMb(h.child.pid!).rssMb.toFixed(0)} MB`);
    }, 1000);

    await new Promise((r) => setTimeout(r, opts.warmupMs));
    const rssAfterWarmupRaw = memoryMb(h.child.pid!).rssMb;
    const afterWarmup = await h.stats({ gc: true, reset: true });
    phase = 'measure';
    const measureStart = performance.now();
    progress.log(`  warm-up done: ${warm.total} requests; RSS ${rssAfterWarmupRaw.toFixed(0)} MB raw, ${afterWarmup.memory.rssMb.toFixed(0)} MB after a full GC (heap ${afterWarmup.memory.heapUsedMb.toFixed(0)} MB)`);
    let nextMinute = 60_000;
    while (performance.now() - measureStart < opts.durationMs && !h.exited()) {
      await new Promise((r) => setTimeout(r, Math.min(1000, opts.durationMs - (performance.now() - measureStart))));
      if (performance.now() - measureStart >= nextMinute) {
        progress.log(`  ${nextMinute / 60_000} min: ${measured.total} requests, RSS ${memoryMb(h.child.pid!).rssMb.toFixed(0)} MB`);
        nextMinute += 60_000;
      }
    }
    const elapsedMs = performance.now() - measureStart;
    const rssEndRaw = memoryMb(h.child.pid!).rssMb;
    const peakRssMb = memoryMb(h.child.pid!).peakRssMb;
    const atEnd = h.exited() ? undefined : await h.stats({ gc: true });
    phase = 'done';
    await Promise.all(clients);
    clearInterval(rssTimer);
    clearInterval(ticker);
    const hubAlive = !h.exited();

    // ---- connections: back to the start once the pools' idle timeout (30 s) has passed
    const connectionsAtLoadEnd = await connectionsOf(monitor, SOAK_DB);
    let connectionsEnd = connectionsAtLoadEnd;
    const waitStart = Date.now();
    while (hubAlive && connectionsEnd.total > connectionsStart.total && Date.now() - waitStart < 90_000) {
      progress.status(`waiting for idle connections to close: ${connectionsEnd.total} (start ${connectionsStart.total})`);
      await new Promise((r) => setTimeout(r, 2000));
      connectionsEnd = await connectionsOf(monitor, SOAK_DB);
    }
    const connectionsWaitS = (Date.now() - waitStart) / 1000;
    const finalStats = hubAlive ? await h.stats() : undefined;
    await h.stop();
    hub = undefined;
    const connectionsAfterHub = await connectionsOf(monitor, SOAK_DB);

    // ---- figures and checks
    const kinds = measured.figures();
    const unexpected = Object.values(kinds).reduce((a, k) => a + k.unexpected, 0);
    const untilLimits = Object.values(kinds).reduce((a, k) => a + k.acceptedUntilLimits, 0);
    const rssWarm = afterWarmup.memory.rssMb;
    const rssEnd = atEnd?.memory.rssMb ?? NaN;
    const rssRatio = rssEnd / rssWarm;
    const checks = {
      noUnexpectedOutcomes: { pass: unexpected === 0, value: unexpected, rule: 'every response is one of its kind’s expected outcomes' },
      hubAlive: { pass: hubAlive, value: hubAlive, rule: 'the hub process never exited during the soak' },
      rssGrowthUnder10Percent: {
        pass: Number.isFinite(rssRatio) && rssRatio <= 1.1,
        value: round(rssRatio, 3),
        rule: 'RSS at the end ≤ 1.10 × RSS after warm-up (both read right after a full GC in the hub; a fall is not a leak and passes)',
      },
      connectionsBackToStart: {
        pass: connectionsEnd.total <= connectionsStart.total,
        value: `${connectionsStart.total} → ${connectionsAtLoadEnd.total} at the end of the load → ${connectionsEnd.total} after ${connectionsWaitS.toFixed(0)} s`,
        rule: "pg_stat_activity rows of the soak database back to the count before the load once the pools' idle timeout has passed",
      },
    };
    const pass = Object.values(checks).every((c) => c.pass);
    const requests = measured.total;
    const result = {
      date: started.toISOString(),
      pass,
      options: { ...opts, seed: opts.seed },
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memGb: round(os.totalmem() / 2 ** 30, 1),
        node: process.version,
        postgres: await pg.version(),
        loadAverageBefore: loadBefore.map((l) => round(l, 2)),
        loadAverageAfter: os.loadavg().map((l) => round(l, 2)),
        note: 'Shared 2-core machine: other sessions’ test suites and benchmarks ran at the same time; the load generator, the hub and PostgreSQL share the cores',
      },
      data: counts,
      checks,
      totals: {
        requests,
        elapsedS: round(elapsedMs / 1000, 1),
        rps: round((requests / elapsedMs) * 1000, 1),
        warmupRequests: warm.total,
        unexpected,
        acceptedUntilLimits: untilLimits,
        networkErrors,
        prefill: { documents: opts.prefill, errors: prefillErrors },
      },
      rss: {
        afterWarmupMb: round(rssWarm),
        endMb: round(rssEnd),
        ratio: round(rssRatio, 3),
        afterWarmupRawMb: round(rssAfterWarmupRaw),
        endRawMb: round(rssEndRaw),
        peakMb: round(peakRssMb),
        heapUsedAfterWarmupMb: round(afterWarmup.memory.heapUsedMb),
        heapUsedEndMb: round(atEnd?.memory.heapUsedMb ?? NaN),
        measuredWindowRawMb: (() => {
          const inWindow = rssSamples.filter((x) => x.t * 1000 >= opts.warmupMs).map((x) => x.rssMb);
          return inWindow.length ? { min: round(Math.min(...inWindow)), max: round(Math.max(...inWindow)) } : null;
        })(),
        samplesRawMb: rssSamples.filter((_, i) => i % 10 === 0).map((s) => [round(s.t, 0), round(s.rssMb, 0)]),
      },
      eventLoopDelay: atEnd ? { p50Ms: round(atEnd.eventLoop.p50Ms, 2), p99Ms: round(atEnd.eventLoop.p99Ms, 2), maxMs: round(atEnd.eventLoop.maxMs, 2), meanMs: round(atEnd.eventLoop.meanMs, 2), resolutionMs: 10 } : null,
      connections: { beforeHub: connectionsBeforeHub, start: connectionsStart, atLoadEnd: connectionsAtLoadEnd, end: connectionsEnd, afterHubStopped: connectionsAfterHub, waitedS: round(connectionsWaitS, 0) },
      apqCache: { afterWarmup: afterWarmup.apqCache, end: atEnd?.apqCache ?? null },
      hubLoggedErrors: [...afterWarmup.loggedErrors, ...(atEnd?.loggedErrors ?? []), ...(finalStats?.loggedErrors ?? [])],
      kinds: Object.fromEntries(Object.entries(kinds).map(([n, k]) => [n, { ...k, p50Ms: round(k.p50Ms), p95Ms: round(k.p95Ms), p99Ms: round(k.p99Ms), maxMs: round(k.maxMs), meanMs: round(k.meanMs) }])),
      warmupKinds: Object.fromEntries(Object.entries(warm.figures()).map(([n, k]) => [n, { requests: k.requests, outcomes: k.outcomes, unexpected: k.unexpected, firstUnexpected: k.firstUnexpected }])),
      hubOutputTail: hubAlive ? undefined : h.output().slice(-2000),
    };

    for (const [name, c] of Object.entries(checks)) progress.log(`  ${c.pass ? '✓' : '✗'} ${name}: ${c.value}`);
    progress.log(
      `  ${requests} requests in ${(elapsedMs / 1000).toFixed(0)} s (${result.totals.rps} req/s); RSS ${rssWarm.toFixed(0)} → ${rssEnd.toFixed(0)} MB (after GC), ` +
        `heap ${afterWarmup.memory.heapUsedMb.toFixed(0)} → ${atEnd?.memory.heapUsedMb.toFixed(0)} MB, raw ${rssAfterWarmupRaw.toFixed(0)} → ${rssEndRaw.toFixed(0)} MB, peak ${peakRssMb.toFixed(0)} MB; event-loop p99 ${result.eventLoopDelay?.p99Ms ?? '?'} ms`,
    );
    for (const [name, k] of Object.entries(kinds)) {
      if (k.unexpected) progress.log(`  ✗ ${name}: ${k.unexpected} unexpected, e.g. ${k.firstUnexpected}`);
    }
    if (opts.write) {
      const stamp = started.toISOString().slice(0, 10);
      const suffix = opts.durationMs === 300_000 ? '' : `-${Math.round(opts.durationMs / 1000)}s`;
      const base = path.join(RESULTS, `${stamp}-soak${suffix}`);
      fs.mkdirSync(RESULTS, { recursive: true });
      fs.writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
      fs.writeFileSync(`${base}.md`, markdown(result));
      progress.log(`  wrote ${path.relative(process.cwd(), base)}.md and .json`);
    }
    failed = !pass;
  } finally {
    for (const c of http) c.close();
    await hub?.stop();
    await monitor.query(`drop database if exists ${SOAK_DB} with (force)`).catch(() => undefined);
    await monitor.end().catch(() => undefined);
    await pg.stop();
  }
  process.exitCode = failed ? 1 : 0;
}

function markdown(r: any): string {
  const lines: string[] = [];
  const ok = (b: boolean) => (b ? 'pass' : '**FAIL**');
  lines.push(`# Soak — ${r.date.slice(0, 10)}`, '');
  lines.push(
    `${r.options.durationMs / 1000} s measured after ${r.options.warmupMs / 1000} s warm-up and an APQ prefill of ${r.totals.prefill.documents} unique documents; ` +
      `${r.options.concurrency} concurrent clients over keep-alive HTTP; data: bench generator, size ${r.options.size} ` +
      `(${Object.entries(r.data).map(([k, v]) => `${k} ${v}`).join(', ')}), cloned into a throw-away database. Hub with \`SAFELIST_ROLES=REPORTER\`.`,
    '',
  );
  lines.push(
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memGb} GB, Node ${r.machine.node}, PostgreSQL ${r.machine.postgres}; ` +
      `load average ${r.machine.loadAverageBefore.join(' ')} before, ${r.machine.loadAverageAfter.join(' ')} after. ${r.machine.note}.`,
    '',
  );
  if (r.options.note) lines.push(`Note: ${r.options.note}`, '');
  lines.push(`**Result: ${r.pass ? 'pass' : 'FAIL'}**`, '', '| check | value | rule | |', '|---|---|---|---|');
  for (const [name, c] of Object.entries<any>(r.checks)) lines.push(`| ${name} | ${c.value} | ${c.rule} | ${ok(c.pass)} |`);
  lines.push('', '| figure | value |', '|---|---|');
  lines.push(`| requests (measured) | ${r.totals.requests} (${r.totals.rps} req/s); warm-up ${r.totals.warmupRequests} |`);
  lines.push(`| unexpected outcomes | ${r.totals.unexpected} |`);
  lines.push(`| limit-breaching requests answered without QUERY_TOO_COMPLEX (accepted only until the operation limits land) | ${r.totals.acceptedUntilLimits} |`);
  lines.push(`| RSS after warm-up → end (after full GC) | ${r.rss.afterWarmupMb} → ${r.rss.endMb} MB (× ${r.rss.ratio}) |`);
  lines.push(`| RSS raw after warm-up → end; range over the measured window (1 s samples); peak (VmHWM) | ${r.rss.afterWarmupRawMb} → ${r.rss.endRawMb} MB; ${r.rss.measuredWindowRawMb?.min}–${r.rss.measuredWindowRawMb?.max} MB; ${r.rss.peakMb} MB |`);
  lines.push(`| heap used after warm-up → end (after GC) | ${r.rss.heapUsedAfterWarmupMb} → ${r.rss.heapUsedEndMb} MB |`);
  if (r.eventLoopDelay) lines.push(`| event-loop delay over the measured window (monitorEventLoopDelay, 10 ms resolution) | p50 ${r.eventLoopDelay.p50Ms} ms, p99 ${r.eventLoopDelay.p99Ms} ms, max ${r.eventLoopDelay.maxMs} ms |`);
  lines.push(`| connections (pg_stat_activity of the soak database) | before the hub ${r.connections.beforeHub.total}; start ${r.connections.start.total}; end of load ${r.connections.atLoadEnd.total} (${JSON.stringify(r.connections.atLoadEnd.byState)}); after ${r.connections.waitedS} s ${r.connections.end.total}; after the hub stopped ${r.connections.afterHubStopped.total} |`);
  lines.push(`| APQ cache (entries, bytes) after warm-up → end | ${r.apqCache.afterWarmup.entries}, ${r.apqCache.afterWarmup.bytes} → ${r.apqCache.end?.entries}, ${r.apqCache.end?.bytes} |`);
  lines.push(`| errors the hub logged (masked INTERNAL_SERVER_ERROR detail) | ${r.hubLoggedErrors.length} |`);
  lines.push('', '## Per request kind (measured window)', '', '| kind | requests | outcomes | expected | p50 ms | p95 ms | p99 ms | max ms | unexpected |', '|---|---|---|---|---|---|---|---|---|');
  for (const [name, k] of Object.entries<any>(r.kinds)) {
    const outcomes = Object.entries(k.outcomes).map(([o, n]) => `${o} ${n}`).join(', ');
    const expected = k.expected.join(', ') + (k.untilLimits ? ` (${k.untilLimits.join(', ')} until limits land)` : '');
    lines.push(`| ${name} | ${k.requests} | ${outcomes} | ${expected} | ${k.p50Ms} | ${k.p95Ms} | ${k.p99Ms} | ${k.maxMs} | ${k.unexpected}${k.firstUnexpected ? `: ${String(k.firstUnexpected).replace(/\|/g, '\\|').slice(0, 160)}` : ''} |`);
  }
  lines.push('', '## What each kind sends', '');
  for (const [name, k] of Object.entries<any>(r.kinds)) lines.push(`- \`${name}\` (weight ${k.weight}): ${k.what}`);
  lines.push('', `RSS samples (s, MB raw) every 10 s: ${r.rss.samplesRawMb.map((s: number[]) => `${s[0]}:${s[1]}`).join(' ')}`, '');
  if (r.hubLoggedErrors.length) lines.push('Hub error log (first lines):', '', ...r.hubLoggedErrors.slice(0, 10).map((l: string) => `- ${l}`), '');
  return `${lines.join('\n')}\n`;
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
