import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { databaseFault } from '../core/db-faults';
import { ErrorCode, SERVICE_UNAVAILABLE_MESSAGES } from '../core/errors';
import type { Logger } from '../core/logger';

/**
 * What the hub does while its database is unreachable.
 *
 * Every request's errors are watched: one that lost its connection (refused, dropped, shut down)
 * marks the database down. From then on GraphQL requests are answered 503 `SERVICE_UNAVAILABLE`
 * before Apollo parses them — no connection attempts piling up, no request waiting out a timeout
 * against a host that does not answer — and `/readyz` is 503, while a probe retries every
 * `probeIntervalMs`; its first success lets requests through again. Recovery needs no restart.
 *
 * The plugin gives the errors formatError mapped to `SERVICE_UNAVAILABLE` (outages, pool waits past
 * their limit) their HTTP meaning: status 503, `Retry-After`, and `extensions.retryAfter` in seconds.
 */
export class DatabaseAvailability {
  private downSince?: number;
  private timer?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly options: {
      /** A cheap statement (`select 1`) that succeeds once the database is back. */
      probe: () => Promise<unknown>;
      retryAfterSeconds: number;
      log: Logger;
      probeIntervalMs?: number;
    },
  ) {}

  get isDown(): boolean {
    return this.downSince !== undefined;
  }

  /** Marks the database down when `error` says the connection to it was lost. */
  observe(error: unknown): void {
    if (this.downSince !== undefined || this.closed || databaseFault(error) !== 'UNAVAILABLE') return;
    this.downSince = Date.now();
    this.options.log.warn('database unavailable: answering 503 until it is back', { message: error instanceof Error ? error.message : String(error) });
    this.scheduleProbe();
  }

  private scheduleProbe(): void {
    this.timer = setTimeout(() => {
      this.options.probe().then(
        () => {
          this.options.log.info('database available again', { downMs: Date.now() - this.downSince! });
          this.downSince = undefined;
        },
        () => {
          if (!this.closed) this.scheduleProbe();
        },
      );
    }, this.options.probeIntervalMs ?? 250);
    this.timer.unref();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  /** Before Apollo: while the database is down, nothing is parsed or executed. */
  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    if (!this.isDown) return next();
    const retryAfter = this.options.retryAfterSeconds;
    res
      .status(503)
      .set('Retry-After', String(retryAfter))
      .json({ errors: [{ message: SERVICE_UNAVAILABLE_MESSAGES.UNAVAILABLE, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfter } }] });
  };

  plugin<C extends object>(): ApolloServerPlugin<C> {
    const retryAfter = this.options.retryAfterSeconds;
    return {
      requestDidStart: async () => ({
        didEncounterErrors: async ({ errors }) => {
          for (const e of errors) this.observe(e);
        },
        willSendResponse: async ({ response }) => {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
          result.errors = result.errors.map((e) => (e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE ? { ...e, extensions: { ...e.extensions, retryAfter } } : e));
          response.http.status = 503;
          response.http.headers.set('retry-after', String(retryAfter));
        },
      }),
    };
  }
}
