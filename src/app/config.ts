import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

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
  /** Largest request body accepted on /graphql, in bytes (`MAX_BODY_BYTES`, default 1 MB); larger → 413. */
  maxBodyBytes: number;
  /** Longest string accepted in variables or literals (`MAX_STRING_LENGTH`, default 100,000 characters). */
  maxStringLength: number;
}

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []));

function bool(v: string | undefined, dflt: boolean): boolean {
  if (v === undefined || v === '') return dflt;
  return !['0', 'false', 'no', 'off'].includes(v.toLowerCase());
}

function positiveInt(v: string | undefined, dflt: number, name: string): number {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number; got ${JSON.stringify(v)}.`);
  return n;
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
    maxBodyBytes: positiveInt(env.MAX_BODY_BYTES, 1024 * 1024, 'MAX_BODY_BYTES'),
    maxStringLength: positiveInt(env.MAX_STRING_LENGTH, 100_000, 'MAX_STRING_LENGTH'),
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
