/**
 * The hub as the soak runs it: a child process serving `createHub` on the soak database, with
 * `perf_hooks.monitorEventLoopDelay` running inside it. The figures leave through the IPC channel
 * to the parent only (no HTTP endpoint, nothing added to the hub's public surface):
 *
 *   parent → { type: 'stats', reset?: boolean, gc?: boolean }
 *   child  → { type: 'stats', eventLoop: { p50Ms, p99Ms, maxMs, meanMs }, memory: {…}, apqCache: {…} }
 *
 * `gc: true` runs a full collection first (the child is started with --expose-gc), so RSS at two
 * moments is compared on retained memory rather than on where the collector happened to be.
 *
 * Env: DATABASE_URL, JWT_SECRET, SAFELIST_ROLES, … (the hub's own configuration).
 */
import 'reflect-metadata';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../../src/core/config';
import { createLogger, type Logger } from '../../src/core/logger';
import { createHub } from '../../src/server/server';
import { openOrm } from '../../src/server/orm';

async function main(): Promise<void> {
  const config = loadConfig({ RATE_LIMIT_ENABLED: 'false', ...process.env, LOG_LEVEL: 'warn', SEED_DEMO: 'false' });
  const unexpected: string[] = [];
  const base = createLogger('warn', (l) => process.stderr.write(`${l}\n`));
  // The hub logs masked errors' detail at error level: keep the first ones for the report.
  const log: Logger = {
    ...base,
    info() {},
    error(msg, fields) {
      if (unexpected.length < 20) unexpected.push(`${msg}: ${String(fields?.message ?? '')}`.slice(0, 300));
      base.error(msg, fields);
    },
  };
  const databaseUrl = process.env.DATABASE_URL!;
  const orm = await openOrm(databaseUrl);
  const hub = await createHub({ config, databaseUrl, orm, log });
  const server = await hub.listen(0, '127.0.0.1');
  const addr = server.address();

  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const ms = (ns: number) => ns / 1e6;
  process.on('message', (m: { type?: string; reset?: boolean; gc?: boolean }) => {
    if (m?.type !== 'stats') return;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (m.gc && gc) gc();
    const mem = process.memoryUsage();
    process.send?.({
      type: 'stats',
      eventLoop: { p50Ms: ms(delay.percentile(50)), p99Ms: ms(delay.percentile(99)), maxMs: ms(delay.max), meanMs: ms(delay.mean), samples: delay.count },
      memory: { rssMb: mem.rss / 2 ** 20, heapUsedMb: mem.heapUsed / 2 ** 20, heapTotalMb: mem.heapTotal / 2 ** 20, externalMb: mem.external / 2 ** 20, gc: Boolean(m.gc && gc) },
      apqCache: hub.persistedOperations.cacheStats,
      loggedErrors: unexpected.splice(0),
    });
    if (m.reset) delay.reset();
  });
  process.send?.({ type: 'ready', port: typeof addr === 'object' && addr ? addr.port : 0 });
  const stop = async () => {
    delay.disable();
    await hub.close();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
