import type http from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { Client } from 'pg';
import { SESSION_NAME } from '../core/read/sql';

/**
 * Graceful shutdown of the HTTP side. `drain` turns the hub not-ready (`/readyz` 503) at once, stops
 * accepting connections, closes idle keep-alive connections, answers every request still running
 * or still arriving on an open connection with `Connection: close`, and waits for them up to the
 * grace period; connections still open then are closed.
 */
export class Shutdown {
  private draining = false;
  private server?: http.Server;
  private readonly inFlight = new Set<Response>();

  get isDraining(): boolean {
    return this.draining;
  }

  /** First middleware of the app: tracks requests and, once draining, closes each connection after its response. */
  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    if (this.draining) res.setHeader('Connection', 'close');
    this.inFlight.add(res);
    res.once('close', () => this.inFlight.delete(res));
    next();
  };

  attach(server: http.Server): void {
    this.server = server;
  }

  /** Resolves once every connection is closed: `finished` false when the grace period ran out first. */
  async drain(graceMs: number): Promise<{ finished: boolean; cut: number }> {
    this.draining = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    const server = this.server;
    if (!server) return { finished: true, cut: 0 };
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([closed.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)))]);
    clearTimeout(timer);
    if (finished) return { finished, cut: 0 };
    const cut = this.inFlight.size;
    server.closeAllConnections();
    await closed;
    return { finished, cut };
  }
}

/**
 * Cancels the statements this process still has running (requests cut off at the end of the grace
 * period), so that nothing keeps holding locks or a pool open after the hub has gone.
 */
export async function cancelOwnStatements(databaseUrl: string, connectTimeoutMs: number): Promise<number> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: connectTimeoutMs });
  try {
    await client.connect();
    const { rowCount } = await client.query(
      `select pg_cancel_backend(pid) from pg_stat_activity where application_name = $1 and state = 'active' and pid <> pg_backend_pid()`,
      [SESSION_NAME],
    );
    return rowCount ?? 0;
  } catch {
    return 0; // the database is gone: so are the statements
  } finally {
    await client.end().catch(() => undefined);
  }
}
