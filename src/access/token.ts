import { createPublicKey } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Config } from '../core/config';
import { devSecret } from '../core/config';
import { envInt } from '../core/env';
import { UnauthenticatedError } from '../core/errors';
import { Role, type Viewer } from './viewer';

const ROLES = new Set<string>(Object.values(Role));
const DEFAULT_ISSUER = 'ganxun-hub';

export interface TokenVerifier {
  verify(authorization: string | undefined): Promise<Viewer>;
  /** How many times a token was verified rather than answered from the verified-token cache. */
  readonly verifications: number;
}

/** Verified tokens kept at most (least recently used go first). */
const MAX_CACHED_TOKENS = 10_000;

/** The claims a hub token carries (besides `sub`, `iat`, `exp`). */
export interface HubClaims {
  role: Role;
  agency?: string;
  region?: string;
  sector?: string;
  cadre?: string;
}

/**
 * Longest claim values, as the audit log stores them (audit_entry.actor varchar(100), agency
 * varchar(64), region varchar(12)); sector codes and cadre ids are short too.
 */
const CLAIM_LENGTH = { sub: 100, agency: 64, region: 12, sector: 32, cadre: 64 } as const;
/** Printable text only: a NUL, a control character or an unpaired surrogate cannot reach SQL or the audit log. */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what this refuses
const CLAIM_TEXT = /^(?:[^\u0000-\u001f\u007f\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])+$/;

function viewerFrom(payload: JWTPayload): Viewer {
  const role = payload.role;
  if (typeof role !== 'string' || !ROLES.has(role)) throw new UnauthenticatedError('The token names no known role.');
  if (typeof payload.sub !== 'string' || !payload.sub) throw new UnauthenticatedError('The token names no subject.');
  // A signed token from a misconfigured issuer is still input: a malformed claim is refused here,
  // not discovered by PostgreSQL as an INTERNAL_SERVER_ERROR on the first query that uses it.
  const str = (name: keyof typeof CLAIM_LENGTH, v: unknown): string | undefined => {
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v !== 'string' || v.length > CLAIM_LENGTH[name] || !CLAIM_TEXT.test(v)) throw new UnauthenticatedError(`The token's ${name} claim is malformed.`);
    return v;
  };
  return {
    subject: str('sub', payload.sub)!,
    role: role as Role,
    agency: str('agency', payload.agency),
    region: str('region', payload.region),
    sector: str('sector', payload.sector),
    cadre: str('cadre', payload.cadre),
  };
}

/**
 * Verifies bearer tokens: HS256 with the configured (or dev) secret by default; RS256/ES256 with a
 * PEM public key or a JWKS endpoint in production. `alg: none`, a bad signature or an expired
 * token are all UNAUTHENTICATED.
 *
 * A client sends the same token on every request, so verified tokens are cached, bounded in
 * number and in time: an entry is verified again after `TOKEN_CACHE_SECONDS` (default 60; 0 turns
 * the cache off) or at the token's expiry, whichever is first. The JWKS is refetched once it is as
 * old as that bound (at least 1 s), so a key removed from the set (rotated out or revoked) is
 * refused within the bound even for a token verified a moment before.
 */
export function createVerifier(config: Config): TokenVerifier {
  const cacheMs = envInt(config.env, 'TOKEN_CACHE_SECONDS', 60, 0) * 1000;
  let key: Uint8Array | KeyLike | JWTVerifyGetKey;
  let algorithms: string[];
  if (config.jwt.jwksUrl) {
    key = createRemoteJWKSet(new URL(config.jwt.jwksUrl), { cacheMaxAge: Math.max(cacheMs, 1000) });
    algorithms = ['RS256', 'ES256', 'PS256', 'EdDSA'];
  } else if (config.jwt.publicKey) {
    key = createPublicKey(config.jwt.publicKey) as unknown as KeyLike;
    algorithms = ['RS256', 'ES256', 'PS256', 'EdDSA'];
  } else {
    key = new TextEncoder().encode(devSecret(config));
    algorithms = ['HS256'];
  }
  const options = { algorithms, issuer: config.jwt.issuer ?? DEFAULT_ISSUER, audience: config.jwt.audience, clockTolerance: 5 };
  const verified = cacheMs > 0 ? new LRUCache<string, Viewer>({ max: MAX_CACHED_TOKENS, ttl: cacheMs }) : undefined;
  let verifications = 0;
  return {
    get verifications() {
      return verifications;
    },
    async verify(authorization) {
      const m = /^Bearer\s+([A-Za-z0-9_\-.=]+)\s*$/i.exec(authorization ?? '');
      if (!m) throw new UnauthenticatedError('A bearer token is required: send Authorization: Bearer <token>.');
      const hit = verified?.get(m[1]);
      if (hit) return hit;
      try {
        verifications++;
        const { payload } = await jwtVerify(m[1], key as never, options);
        const viewer = viewerFrom(payload);
        // Until the bound or the token's expiry, whichever is first; a token without `exp` is not kept.
        const untilExpiry = typeof payload.exp === 'number' ? payload.exp * 1000 - Date.now() : 0;
        if (verified && untilExpiry > 0) verified.set(m[1], viewer, { ttl: Math.min(cacheMs, untilExpiry) });
        return viewer;
      } catch (err) {
        if (err instanceof UnauthenticatedError) throw err;
        const code = (err as { code?: string }).code;
        if (code === 'ERR_JWT_EXPIRED') throw new UnauthenticatedError('The token has expired.');
        throw new UnauthenticatedError('The token is not valid.');
      }
    },
  };
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Parses `30m`, `12h`, `7d`, `3600` (seconds). */
export function parseDuration(text: string): number {
  const m = /^(\d+)([smhd]?)$/.exec(text.trim());
  if (!m) throw new Error(`Not a duration: ${text} (use e.g. 30m, 12h, 7d)`);
  return Number(m[1]) * UNITS[m[2] || 's'];
}

/** Mints an HS256 token with the dev (or configured) secret — for demos, tests and the CLI. */
export async function mintToken(config: Config, subject: string, claims: HubClaims, expiresInSeconds = 8 * 3600): Promise<string> {
  const secret = new TextEncoder().encode(devSecret(config));
  const body: Record<string, unknown> = { role: claims.role };
  for (const k of ['agency', 'region', 'sector', 'cadre'] as const) if (claims[k]) body[k] = claims[k];
  return new SignJWT(body)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuer(config.jwt.issuer ?? DEFAULT_ISSUER)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
    .setAudience(config.jwt.audience ?? 'ganxun-hub')
    .sign(secret);
}
