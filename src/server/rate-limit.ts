import type { NextFunction, Request, Response } from 'express';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Viewer } from '../access/viewer';
import type { RateLimitConfig } from '../core/config';
import { ErrorCode } from '../core/errors';
import type { Logger } from '../core/logger';

/**
 * Requests per token subject and per role (all tokens of a role together), each within a fixed
 * window. Checked after authentication and before Apollo sees the request, so a breach costs no
 * parsing, validation or SQL: HTTP 429, `RATE_LIMITED` with `retryAfter` and `Retry-After`.
 *
 * Counters live in memory, or in Redis when `REDIS_URL` is set so that every hub behind a load
 * balancer draws on one budget. If Redis stops answering, each hub keeps limiting in memory (the
 * limiter's insurance) rather than failing requests or letting them through unlimited.
 */
export interface RateLimiter {
  readonly store: 'memory' | 'redis';
  readonly middleware: (req: Request, res: Response, next: NextFunction) => void;
  close(): Promise<void>;
}

interface Check {
  limiter: RateLimiterAbstract;
  key: string;
  /** Used in the message: what the budget is for. */
  scope: string;
  points: number;
}

interface Budget {
  l: RateLimiterAbstract;
  points: number;
}

/**
 * The checks for a viewer: its subject's budget and its role's, each left out when its points are
 * 0. Built once per role on first use: a role's budgets may differ from the defaults.
 */
function checksByRole(config: RateLimitConfig, redis: Redis | undefined): (viewer: Viewer) => Check[] {
  const duration = config.windowSeconds;
  const limiter = (kind: 'subject' | 'role', role: string, points: number): RateLimiterAbstract => {
    const keyPrefix = `${config.keyPrefix}:${kind}:${role}`;
    const memory = new RateLimiterMemory({ points, duration, keyPrefix });
    return redis ? new RateLimiterRedis({ storeClient: redis, points, duration, keyPrefix, rejectIfRedisNotReady: true, insuranceLimiter: memory }) : memory;
  };
  const byRole = new Map<string, { subject?: Budget; role?: Budget }>();
  return (viewer) => {
    let entry = byRole.get(viewer.role);
    if (!entry) {
      const subjectPoints = config.perSubjectByRole[viewer.role] ?? config.perSubject;
      const rolePoints = config.perRoleByRole[viewer.role] ?? config.perRole;
      entry = {
        subject: subjectPoints > 0 ? { l: limiter('subject', viewer.role, subjectPoints), points: subjectPoints } : undefined,
        role: rolePoints > 0 ? { l: limiter('role', viewer.role, rolePoints), points: rolePoints } : undefined,
      };
      byRole.set(viewer.role, entry);
    }
    const checks: Check[] = [];
    if (entry.subject) checks.push({ limiter: entry.subject.l, key: viewer.subject, scope: 'this token subject', points: entry.subject.points });
    if (entry.role) checks.push({ limiter: entry.role.l, key: 'all', scope: `all tokens of role ${viewer.role}`, points: entry.role.points });
    return checks;
  };
}

/** Of the budgets exceeded, the one that frees up last; a store failure is logged and lets the request through. */
function longestBreach(results: PromiseSettledResult<unknown>[], checks: Check[], log: Logger): { check: Check; ms: number } | undefined {
  let breach: { check: Check; ms: number } | undefined;
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') return;
    if (r.reason instanceof RateLimiterRes) {
      if (!breach || r.reason.msBeforeNext > breach.ms) breach = { check: checks[i], ms: r.reason.msBeforeNext };
    } else {
      // The store failed and so did its insurance: serve rather than refuse everyone.
      log.error('rate limiter failed; request let through', { message: r.reason instanceof Error ? r.reason.message : String(r.reason) });
    }
  });
  return breach;
}

/** HTTP 429 with `Retry-After` and a GraphQL error `RATE_LIMITED` carrying `retryAfter`. */
function sendRateLimited(res: Response, { scope, points }: Check, duration: number, retryAfter: number): void {
  res
    .status(429)
    .set('Retry-After', String(retryAfter))
    .json({
      errors: [
        {
          message: `Rate limit exceeded: at most ${points} requests per ${duration} s for ${scope}. Retry after ${retryAfter} s.`,
          extensions: { code: ErrorCode.RATE_LIMITED, retryAfter },
        },
      ],
    });
}

export async function createRateLimiter(config: RateLimitConfig, log: Logger): Promise<RateLimiter> {
  const redis = config.enabled && config.redisUrl ? await connectRedis(config.redisUrl, log) : undefined;
  const duration = config.windowSeconds;
  const checksFor = checksByRole(config, redis);

  const middleware = (req: Request, res: Response, next: NextFunction): void => {
    const viewer = (req as Request & { viewer?: Viewer }).viewer;
    if (!config.enabled || !viewer) return next();
    const checks = checksFor(viewer);
    if (!checks.length) return next();
    void Promise.allSettled(checks.map((c) => c.limiter.consume(c.key))).then((results) => {
      const breach = longestBreach(results, checks, log);
      if (!breach) return next();
      const retryAfter = Math.max(1, Math.ceil(breach.ms / 1000));
      const { scope } = breach.check;
      log.info('rate limited', { requestId: (req as Request & { requestId?: string }).requestId, subject: viewer.subject, role: viewer.role, scope, retryAfter });
      sendRateLimited(res, breach.check, duration, retryAfter);
    });
  };

  return {
    store: redis ? 'redis' : 'memory',
    middleware,
    async close() {
      if (!redis) return;
      // A client still trying to reach Redis stops at once; a connected one says goodbye first.
      if (redis.status !== 'ready') return redis.disconnect();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/**
 * A Redis client for the counters: commands fail at once instead of queueing while disconnected
 * (the memory insurance takes over), and a start waits at most 2 s for the first connection.
 */
async function connectRedis(url: string, log: Logger): Promise<Redis> {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000, commandTimeout: 500, lazyConnect: true });
  let healthy = true;
  redis.on('error', (err: Error) => {
    if (healthy) log.warn('Redis unavailable: rate limits are counted in memory until it returns', { message: err.message });
    healthy = false;
  });
  redis.on('ready', () => {
    if (!healthy) log.info('Redis available again: rate limits are shared');
    healthy = true;
  });
  try {
    await redis.connect();
  } catch {
    // logged by the error handler; ioredis keeps reconnecting in the background
  }
  return redis;
}
