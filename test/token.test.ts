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
});
