import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { createVerifier } from '../src/access/token';
import { loadConfig } from '../src/core/config';

/** Production verification paths: a PEM public key, and a JWKS endpoint. */
describe('token verification with public keys', () => {
  const sign = (key: Parameters<SignJWT['sign']>[0], alg: string, claims: Record<string, unknown> = { role: 'ORG_DEPT', region: '350200' }, kid?: string) =>
    new SignJWT(claims).setProtectedHeader({ alg, ...(kid ? { kid } : {}) }).setSubject('prod-user').setIssuer('ganxun-hub').setExpirationTime('10m').sign(key);

  it('accepts RS256 tokens signed by the configured public key, and refuses HS256 tokens there', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const verifier = createVerifier(loadConfig({ JWT_PUBLIC_KEY: await exportSPKI(publicKey), GANXUN_DATA_DIR: '/nonexistent' }));
    await expect(verifier.verify(`Bearer ${await sign(privateKey, 'RS256')}`)).resolves.toEqual({
      subject: 'prod-user',
      role: 'ORG_DEPT',
      region: '350200',
      agency: undefined,
      sector: undefined,
      cadre: undefined,
    });
    // An attacker who knows the public key cannot use it as an HMAC secret (algorithm confusion).
    const confused = await sign(new TextEncoder().encode(await exportSPKI(publicKey)), 'HS256');
    await expect(verifier.verify(`Bearer ${confused}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('accepts ES256 tokens whose key comes from a JWKS endpoint', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
      const verifier = createVerifier(loadConfig({ JWT_JWKS_URL: url, GANXUN_DATA_DIR: '/nonexistent' }));
      await expect(verifier.verify(`Bearer ${await sign(privateKey, 'ES256', { role: 'ADMIN' }, 'k1')}`)).resolves.toMatchObject({ role: 'ADMIN', subject: 'prod-user' });
      const other = await generateKeyPair('ES256');
      await expect(verifier.verify(`Bearer ${await sign(other.privateKey, 'ES256', { role: 'ADMIN' }, 'k1')}`)).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
    } finally {
      server.close();
    }
  });

  describe('the verified-token cache (TOKEN_CACHE_SECONDS)', () => {
    /** A JWKS endpoint whose keys the test changes, counting its fetches. */
    async function jwksServer() {
      const state = { keys: [] as object[], fetches: 0 };
      const server = http.createServer((_req, res) => {
        state.fetches++;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: state.keys }));
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
      return { state, url, close: () => new Promise<void>((r) => server.close(() => r())) };
    }
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

    it('verifies a token once within the bound and again after it', async () => {
      const jwks = await jwksServer();
      try {
        const { publicKey, privateKey } = await generateKeyPair('ES256');
        jwks.state.keys = [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }];
        const verifier = createVerifier(loadConfig({ JWT_JWKS_URL: jwks.url, TOKEN_CACHE_SECONDS: '1', GANXUN_DATA_DIR: '/nonexistent' }));
        const bearer = `Bearer ${await sign(privateKey, 'ES256', { role: 'ADMIN' }, 'k1')}`;
        for (let i = 0; i < 5; i++) await expect(verifier.verify(bearer)).resolves.toMatchObject({ role: 'ADMIN' });
        expect({ verifications: verifier.verifications, fetches: jwks.state.fetches }).toEqual({ verifications: 1, fetches: 1 });
        await pause(1100);
        await expect(verifier.verify(bearer)).resolves.toMatchObject({ role: 'ADMIN' });
        await expect(verifier.verify(bearer)).resolves.toMatchObject({ role: 'ADMIN' });
        // Past the bound: verified again, against a JWKS fetched again.
        expect({ verifications: verifier.verifications, fetches: jwks.state.fetches }).toEqual({ verifications: 2, fetches: 2 });
      } finally {
        await jwks.close();
      }
    });

    it('refuses a cached token within the bound once its key is removed from the JWKS', async () => {
      const jwks = await jwksServer();
      try {
        const old = await generateKeyPair('ES256');
        const next = await generateKeyPair('ES256');
        const jwk = async (key: typeof old.publicKey, kid: string) => ({ ...(await exportJWK(key)), kid, alg: 'ES256', use: 'sig' });
        jwks.state.keys = [await jwk(old.publicKey, 'old')];
        const verifier = createVerifier(loadConfig({ JWT_JWKS_URL: jwks.url, TOKEN_CACHE_SECONDS: '1', GANXUN_DATA_DIR: '/nonexistent' }));
        const bearer = `Bearer ${await sign(old.privateKey, 'ES256', { role: 'ADMIN' }, 'old')}`;
        await expect(verifier.verify(bearer)).resolves.toMatchObject({ role: 'ADMIN' });
        // Rotation: the old key leaves the set, a new one arrives.
        jwks.state.keys = [await jwk(next.publicKey, 'next')];
        await pause(1100);
        await expect(verifier.verify(bearer)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
        await expect(verifier.verify(`Bearer ${await sign(next.privateKey, 'ES256', { role: 'ADMIN' }, 'next')}`)).resolves.toMatchObject({ role: 'ADMIN' });
      } finally {
        await jwks.close();
      }
    });

    it('is off with TOKEN_CACHE_SECONDS=0: every presentation is verified', async () => {
      const verifier = createVerifier(loadConfig({ JWT_SECRET: 'a-test-secret-that-is-long-enough-0123456789', TOKEN_CACHE_SECONDS: '0', GANXUN_DATA_DIR: '/nonexistent' }));
      const bearer = `Bearer ${await sign(new TextEncoder().encode('a-test-secret-that-is-long-enough-0123456789'), 'HS256', { role: 'ADMIN' })}`;
      for (let i = 0; i < 3; i++) await expect(verifier.verify(bearer)).resolves.toMatchObject({ role: 'ADMIN' });
      expect(verifier.verifications).toBe(3);
    });
  });
});
