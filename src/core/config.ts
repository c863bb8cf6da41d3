import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { envInt } from './env';

/** Runtime configuration, read once from the environment (see the README's configuration table). */
export interface Config {
  port: number;
  host: string;
  /** An existing PostgreSQL; when absent the embedded one is started. */
  databaseUrl?: string;
  /** Read replicas for the read path (comma-separated URLs). */
  readReplicaUrls: string[];
  dataDir: string;
  jwt: {
    /** HS256 secret; defaults to a random dev secret persisted in the data folder. */
    secret?: string;
    /** RS256/ES256 public key (PEM) for production. */
    publicKey?: string;
    /** JWKS endpoint for production. */
    jwksUrl?: string;
    issuer?: string;
    audience?: string;
  };
  /** Seed the demo data into an empty database on start. */
  seedDemo: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  maxPageSize: number;
  defaultPageSize: number;
  /**
   * The environment this configuration was read from. The floors above the kernel read their own
   * settings from it (the operation limits per role: access/limits.ts `loadLimits`), so the kernel
   * knows nothing of roles.
   */
  env: Readonly<NodeJS.ProcessEnv>;
  /** Persisted operations (src/server/persisted-operations.ts): APQ and the per-role safelist. */
  persistedOperations: {
    /** PERSISTED_QUERIES: accept APQ registrations (manifest hashes resolve either way). */
    apq: boolean;
    /** APQ_CACHE_ENTRIES / APQ_CACHE_BYTES: bounds of the registered documents (LRU). */
    cacheEntries: number;
    cacheBytes: number;
    /** SAFELIST_ROLES: roles that may run only the operations of the manifest. */
    safelistRoles: string[];
    /** OPERATION_MANIFEST: the manifest (`npm run schema` writes schema/operations.manifest.json). */
    manifestFile: string;
  };
  /** Timeouts and pool sizes of the database connections (read pool and write ORM). */
  database: DatabaseLimits;
  /** Requests per token subject and per role, in memory or in Redis. */
  rateLimit: RateLimitConfig;
  /** After SIGTERM, how long in-flight requests may take before their connections are closed. */
  shutdownGraceMs: number;
  /** Largest request body accepted on /graphql, in bytes (`MAX_BODY_BYTES`, default 1 MB); larger → 413. */
  maxBodyBytes: number;
  /** Longest string accepted in variables or literals (`MAX_STRING_LENGTH`, default 100,000 characters). */
  maxStringLength: number;
  /** Plausibility bounds of training records (create, update, import). */
  records: RecordRules;
  /** Defaults of the reports (src/reporting/). */
  reports: ReportSettings;
}

/** Defaults of the reports that a query may override per request. */
export interface ReportSettings {
  /** `EVALUATION_LOW_SCORE` (0–100, default 60): an average below it lists a subject among the low scorers. */
  evaluationLowScore: number;
}

/** The reports' defaults from the environment; a malformed value stops the start naming it. */
export function reportSettings(env: NodeJS.ProcessEnv = process.env): ReportSettings {
  const raw = env.EVALUATION_LOW_SCORE;
  const n = raw === undefined || raw === '' ? 60 : Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new Error(`EVALUATION_LOW_SCORE must be a number from 0 to 100 (got ${JSON.stringify(raw)}).`);
  return { evaluationLowScore: n };
}

/** Plausibility bounds of a training record's hours (see src/modules/training-record/plausibility.ts). */
export interface RecordRules {
  /** `RECORD_MAX_HOURS_PER_DAY` (1–24, default 8): most hours a record may report per training day. */
  maxHoursPerDay: number;
}

/** The records' plausibility bounds alone (the CLI import reads them without the rest of the configuration). */
export function recordRules(env: NodeJS.ProcessEnv = process.env): RecordRules {
  const maxHoursPerDay = envInt(env, 'RECORD_MAX_HOURS_PER_DAY', 8, 1);
  if (maxHoursPerDay > 24) throw new Error(`RECORD_MAX_HOURS_PER_DAY must be at most 24 (got ${maxHoursPerDay}).`);
  return { maxHoursPerDay };
}

export interface DatabaseLimits {
  /** PostgreSQL `statement_timeout` of every hub connection: a longer statement is cancelled. */
  statementTimeoutMs: number;
  /** How long a request may wait for a connection from a pool that has none free. */
  poolWaitMs: number;
  /** How long opening a connection may take: a database host that does not answer fails this fast. */
  connectTimeoutMs: number;
  readPoolMax: number;
  writePoolMax: number;
  /** The retry hint (`Retry-After`, `extensions.retryAfter`) when the database is down or busy. */
  retryAfterSeconds: number;
}

export interface RateLimitConfig {
  enabled: boolean;
  windowSeconds: number;
  /** Requests per window for one token subject; 0 = unlimited. */
  perSubject: number;
  /** Requests per window for all tokens of one role together; 0 = unlimited. */
  perRole: number;
  /** Per-role overrides of `perSubject` / `perRole`, keyed by role (`RATE_LIMIT_PER_SUBJECT_REPORTER`). */
  perSubjectByRole: Record<string, number>;
  perRoleByRole: Record<string, number>;
  /** Shared counters in Redis when set; in memory otherwise. */
  redisUrl?: string;
  keyPrefix: string;
}

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []));

function bool(v: string | undefined, dflt: boolean): boolean {
  if (v === undefined || v === '') return dflt;
  return !['0', 'false', 'no', 'off'].includes(v.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.GANXUN_DATA_DIR ?? path.join(PROJECT_ROOT, '.data'));
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    readReplicaUrls: (env.DATABASE_REPLICA_URLS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    dataDir,
    jwt: {
      secret: env.JWT_SECRET || undefined,
      publicKey: env.JWT_PUBLIC_KEY || undefined,
      jwksUrl: env.JWT_JWKS_URL || undefined,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
    },
    seedDemo: bool(env.SEED_DEMO, true),
    logLevel: (env.LOG_LEVEL as Config['logLevel']) ?? 'info',
    maxPageSize: 100,
    defaultPageSize: 20,
    env: Object.freeze({ ...env }),
    records: recordRules(env),
    reports: reportSettings(env),
    persistedOperations: {
      apq: bool(env.PERSISTED_QUERIES, true),
      cacheEntries: Number(env.APQ_CACHE_ENTRIES || 1000),
      cacheBytes: Number(env.APQ_CACHE_BYTES || 8 * 1024 * 1024),
      safelistRoles: (env.SAFELIST_ROLES ?? '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean),
      manifestFile: path.resolve(env.OPERATION_MANIFEST || path.join(PROJECT_ROOT, 'schema', 'operations.manifest.json')),
    },
    database: {
      statementTimeoutMs: envInt(env, 'DB_STATEMENT_TIMEOUT_MS', 5000, 1),
      poolWaitMs: envInt(env, 'DB_POOL_WAIT_MS', 3000, 1),
      connectTimeoutMs: envInt(env, 'DB_CONNECT_TIMEOUT_MS', 1000, 1),
      readPoolMax: envInt(env, 'DB_READ_POOL_MAX', 20, 1),
      writePoolMax: envInt(env, 'DB_WRITE_POOL_MAX', 10, 1),
      retryAfterSeconds: envInt(env, 'DB_RETRY_AFTER_SECONDS', 2, 1),
    },
    rateLimit: {
      enabled: bool(env.RATE_LIMIT_ENABLED, true),
      windowSeconds: envInt(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1),
      perSubject: envInt(env, 'RATE_LIMIT_PER_SUBJECT', 600, 0),
      perRole: envInt(env, 'RATE_LIMIT_PER_ROLE', 6000, 0),
      perSubjectByRole: byRole(env, 'RATE_LIMIT_PER_SUBJECT_'),
      perRoleByRole: byRole(env, 'RATE_LIMIT_PER_ROLE_'),
      redisUrl: env.REDIS_URL || undefined,
      keyPrefix: env.RATE_LIMIT_KEY_PREFIX || 'ganxun:rl',
    },
    shutdownGraceMs: envInt(env, 'SHUTDOWN_GRACE_MS', 10_000, 0),
    maxBodyBytes: envInt(env, 'MAX_BODY_BYTES', 1024 * 1024, 1),
    maxStringLength: envInt(env, 'MAX_STRING_LENGTH', 100_000, 1),
  };
}

/** A whole number from the environment; a malformed value stops the start with a clear message. */

/** `PREFIX<ROLE>=n` variables, e.g. `RATE_LIMIT_PER_SUBJECT_REPORTER=60`, as `{ REPORTER: 60 }`. */
function byRole(env: NodeJS.ProcessEnv, prefix: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of Object.keys(env)) {
    if (name.startsWith(prefix) && /^[A-Z_]+$/.test(name.slice(prefix.length))) out[name.slice(prefix.length)] = envInt(env, name, 0, 0);
  }
  return out;
}

/**
 * The HS256 secret: `JWT_SECRET` when given, otherwise a random development secret created on
 * first use and kept beside the data, so tokens minted by `npm run token` keep working.
 */
export function devSecret(config: Config): string {
  if (config.jwt.secret) return config.jwt.secret;
  const file = path.join(config.dataDir, 'dev-jwt-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  } catch {
    return fs.readFileSync(file, 'utf8').trim(); // created concurrently
  }
  return secret;
}
