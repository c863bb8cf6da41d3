import http from 'node:http';

/** A keep-alive HTTP client for one target (one Agent, sockets = concurrency). */
export class HttpTarget {
  private readonly agent: http.Agent;
  constructor(
    readonly port: number,
    readonly path: string,
    concurrency: number,
    private readonly headers: Record<string, string> = {},
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
  }

  post(body: string | Buffer, extraHeaders: Record<string, string> = {}): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          path: this.path,
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...this.headers, ...extraHeaders },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  async json(payload: unknown): Promise<any> {
    const res = await this.post(JSON.stringify(payload));
    let parsed: any;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      throw new Error(`HTTP ${res.status} from port ${this.port}: ${res.body.slice(0, 300)}`);
    }
    return parsed;
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface LoadResult {
  requests: number;
  errors: number;
  firstError?: string;
  elapsedMs: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
}

export interface LoadOptions {
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** One operation; resolves to an error message when the response was not a success. */
  fire(seq: number, worker: number): Promise<string | undefined>;
  /** Called about every 500 ms with the phase and progress. */
  onTick?(phase: 'warmup' | 'measure', elapsedMs: number, totalMs: number, requests: number): void;
  /** Called when the measured window starts and ends (CPU/RSS sampling). */
  onMeasureStart?(): void;
  onMeasureEnd?(): void;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/**
 * Closed-loop load at fixed concurrency: `concurrency` workers each fire the next operation as soon
 * as the previous one finished. Warm-up first (not measured), then a fixed measured window.
 */
export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  let seq = 0;
  let phase: 'warmup' | 'measure' | 'done' = 'warmup';
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  let errors = 0;
  let firstError: string | undefined;
  let warmupRequests = 0;
  let measureStart = 0;
  const start = performance.now();

  const record = (ms: number) => {
    if (count === latencies.length) {
      const bigger = new Float64Array(latencies.length * 2);
      bigger.set(latencies);
      latencies = bigger;
    }
    latencies[count++] = ms;
  };

  const worker = async (w: number) => {
    while (phase !== 'done') {
      const t0 = performance.now();
      const err = await opts.fire(seq++, w).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
      const t1 = performance.now();
      if (phase === 'measure' && t0 >= measureStart) {
        record(t1 - t0);
        if (err) {
          errors++;
          firstError ??= err;
        }
      } else if (phase === 'warmup') {
        warmupRequests++;
        if (err) firstError ??= err;
      }
    }
  };

  const ticker = setInterval(() => {
    const now = performance.now();
    if (phase === 'warmup') opts.onTick?.('warmup', now - start, opts.warmupMs, warmupRequests);
    else if (phase === 'measure') opts.onTick?.('measure', now - measureStart, opts.durationMs, count);
  }, 500);

  const workers = Array.from({ length: opts.concurrency }, (_, w) => worker(w));
  await new Promise((r) => setTimeout(r, opts.warmupMs));
  phase = 'measure';
  measureStart = performance.now();
  opts.onMeasureStart?.();
  await new Promise((r) => setTimeout(r, opts.durationMs));
  const elapsedMs = performance.now() - measureStart;
  opts.onMeasureEnd?.();
  phase = 'done';
  clearInterval(ticker);
  await Promise.all(workers);

  const sorted = latencies.slice(0, count).sort();
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i];
  return {
    requests: count,
    errors,
    firstError,
    elapsedMs,
    rps: (count / elapsedMs) * 1000,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    meanMs: count ? sum / count : NaN,
  };
}
