/**
 * The hub as the bench runs it: a child process (so its CPU and RSS are its own) serving createHub
 * against a bench database. Statements per request are taken from the hub's own "graphql" log event
 * (`read.counter.statements`) through an in-memory logger, so nothing is written per request; the
 * runner reads and resets the counters at GET/POST /__bench/stats.
 *
 * Env: DATABASE_URL, PORT, JWT_SECRET.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/core/config';
import { createLogger, type Logger } from '../src/core/logger';
import { createHub } from '../src/server/server';
import { openOrm } from '../src/server/orm';

async function main(): Promise<void> {
  // Throughput is driven through one token per role: a per-subject rate limit would measure itself.
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', SEED_DEMO: 'false', RATE_LIMIT_ENABLED: 'false' });
  const stats = { requests: 0, statements: 0, errors: 0 };
  const base = createLogger('warn', (l) => process.stderr.write(`${l}\n`));
  const log: Logger = {
    ...base,
    info(msg, fields) {
      if (msg === 'graphql' && fields) {
        stats.requests++;
        stats.statements += Number(fields.statements ?? 0);
        if (Array.isArray(fields.errors) && fields.errors.length) stats.errors++;
      }
    },
  };
  const databaseUrl = process.env.DATABASE_URL!;
  const orm = await openOrm(databaseUrl);
  const hub = await createHub({ config, databaseUrl, orm, log });
  hub.app.get('/__bench/stats', (_req, res) => {
    res.json(stats);
  });
  hub.app.post('/__bench/stats', (_req, res) => {
    const out = { ...stats };
    stats.requests = stats.statements = stats.errors = 0;
    res.json(out);
  });
  const server = await hub.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  const addr = server.address();
  process.send?.({ ready: true, port: typeof addr === 'object' && addr ? addr.port : 0 });
  const stop = async () => {
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
