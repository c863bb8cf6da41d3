import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { TEST_JWT_SECRET } from './harness';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export interface LogLine {
  msg: string;
  [field: string]: unknown;
}

/** The real CLI (`node -r @swc-node/register src/main.ts serve`) as a child process. */
export interface HubProcess {
  child: ChildProcess;
  pid: number;
  port: number;
  /** The JSON log lines printed so far. */
  logs: LogLine[];
  /** Resolves with the first log line (already printed or still to come) with this message. */
  waitForLog(msg: string, timeoutMs?: number): Promise<LogLine>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Everything the process printed, for failure messages. */
  output(): string;
}

const running = new Set<ChildProcess>();

/**
 * Starts the hub's CLI with `env` over the test environment (no `DATABASE_URL` unless given: the
 * embedded default), on a free port, and resolves once it logs "hub ready".
 */
export async function spawnHub(env: Record<string, string | undefined>, startTimeoutMs = 90_000): Promise<HubProcess> {
  const base: Record<string, string | undefined> = { ...process.env };
  delete base.DATABASE_URL;
  delete base.GANXUN_DATA_DIR;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts', 'serve'], {
    cwd: PROJECT_ROOT,
    env: { ...base, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', JWT_SECRET: TEST_JWT_SECRET, RATE_LIMIT_ENABLED: 'false', ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const logs: LogLine[] = [];
  let text = '';
  let pending = '';
  const waiters: { msg: string; resolve: (l: LogLine) => void }[] = [];
  const onLine = (line: string) => {
    if (!line.startsWith('{')) return;
    let parsed: LogLine;
    try {
      parsed = JSON.parse(line) as LogLine;
    } catch {
      return;
    }
    logs.push(parsed);
    for (const w of waiters.splice(0)) {
      if (w.msg === parsed.msg) w.resolve(parsed);
      else waiters.push(w);
    }
  };
  child.stdout!.on('data', (chunk: Buffer) => {
    text += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    lines.forEach(onLine);
  });
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal, at: performance.now() });
    }),
  );
  const waitForLog = (msg: string, timeoutMs = 30_000) =>
    new Promise<LogLine>((resolve, reject) => {
      const found = logs.find((l) => l.msg === msg);
      if (found) return resolve(found);
      const timer = setTimeout(() => reject(new Error(`No "${msg}" log within ${timeoutMs} ms. Output:\n${text}`)), timeoutMs);
      const done = (l: LogLine) => {
        clearTimeout(timer);
        resolve(l);
      };
      waiters.push({ msg, resolve: done });
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        if (!logs.some((l) => l.msg === msg)) reject(new Error(`The hub exited (${code ?? signal}) before "${msg}". Output:\n${text}`));
      });
    });
  const ready = await waitForLog('hub ready', startTimeoutMs);
  return { child, pid: child.pid!, port: ready.port as number, logs, waitForLog, exited, output: () => text };
}

/** Kills whatever a failed test left running. */
export function killSpawnedHubs(): void {
  for (const child of running) child.kill('SIGKILL');
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
}

/** One HTTP request over node:http (exact headers, `Connection` included), through `agent` when given. */
export function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: unknown; agent?: http.Agent },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? (payload ? 'POST' : 'GET'),
        path: options.path,
        agent: options.agent,
        headers: { ...(payload ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}), ...options.headers },
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (data += c));
        res.on('end', () => {
          let body: unknown = data;
          try {
            body = JSON.parse(data);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode!, headers: res.headers, body });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** True when a TCP connection to the port is refused (the listener is closed). */
export function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
  });
}

/** Polls `check` until it returns true, failing after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 15_000, everyMs = 25): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check()) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** True while a process with this PID runs (a zombie, dead but not yet reaped, does not count). */
export function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]);
  } catch {
    return false;
  }
}
