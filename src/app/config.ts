import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadLimits, type LimitsConfig } from '../access/limits';

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
  /** Operation limits per role, the error budget and introspection (access/limits.ts). */
  limits: LimitsConfig;
  /** Persisted operations (src/app/persisted-operations.ts): APQ and the per-role safelist. */
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
    limits: loadLimits(env),
    persistedOperations: {
      apq: bool(env.PERSISTED_QUERIES, true),
      cacheEntries: Number(env.APQ_CACHE_ENTRIES || 1000),
      cacheBytes: Number(env.APQ_CACHE_BYTES || 8 * 1024 * 1024),
      safelistRoles: (env.SAFELIST_ROLES ?? '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean),
      manifestFile: path.resolve(env.OPERATION_MANIFEST || path.join(PROJECT_ROOT, 'schema', 'operations.manifest.json')),
    },
  };
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
