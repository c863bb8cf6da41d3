import { SignJWT } from 'jose';
import { startHarness, type Harness } from './helpers/harness';
import { Role } from '../src/access/viewer';
import { formatError } from '../src/core/errors';
import { GraphQLError } from 'graphql';

const ME = { query: '{ me { role subject } }' };

describe('HTTP transport and authentication', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it('answers health and readiness', async () => {
    const health = await fetch(`${h.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${h.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves the explorer without any external asset', async () => {
    const res = await fetch(`${h.baseUrl}/explorer`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('干训数据枢纽');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
  });

  it('accepts a valid token and puts the viewer in the context', async () => {
    const token = await h.token({ subject: 'xm-org', role: Role.ORG_DEPT, region: '350200', agency: 'xm' });
    const res = await h.post({ query: '{ me { role subject region agency } }' }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { me: { role: 'ORG_DEPT', subject: 'xm-org', region: '350200', agency: 'xm' } } });
  });

  const rejected = async (headers: Record<string, string>) => {
    const res = await h.post(ME, headers);
    expect(res.status).toBe(401);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(res.body.data).toBeUndefined();
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
    return res.body.errors[0].message as string;
  };

  it('rejects a request without a token', async () => {
    expect(await rejected({})).toMatch(/bearer token/i);
  });

  it('rejects a token signed with another key (a forged role)', async () => {
    const forged = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer('ganxun-hub')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-secret-not-the-secret-not-the-secret'));
    expect(await rejected({ authorization: `Bearer ${forged}` })).toBe('The token is not valid.');
  });

  it('rejects an expired token', async () => {
    const expired = await h.token({ subject: 'late', role: Role.ADMIN }, -60);
    expect(await rejected({ authorization: `Bearer ${expired}` })).toBe('The token has expired.');
  });

  it('rejects alg: none', async () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'mallory', role: 'ADMIN', iss: 'ganxun-hub', exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
    expect(await rejected({ authorization: `Bearer ${none}` })).toBe('The token is not valid.');
  });

  it('rejects a token with an unknown role', async () => {
    const token = await new SignJWT({ role: 'SUPERUSER' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('ganxun-hub')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(h.config.jwt.secret!));
    expect(await rejected({ authorization: `Bearer ${token}` })).toBe('The token names no known role.');
  });

  it('executes nothing for an unauthenticated mutation', async () => {
    const before = await h.sql('select count(*)::int as n from region');
    const res = await h.post({ query: 'mutation { createRegion(input: { code: "350999", name: "测试", level: PROVINCE }) { region { id } } }' });
    expect(res.status).toBe(401);
    expect(await h.sql('select count(*)::int as n from region')).toEqual(before);
  });

  it('answers malformed JSON with a clean client error', async () => {
    const token = await h.token({ subject: 'a', role: Role.ADMIN });
    const res = await h.post('{"query": ', { authorization: `Bearer ${token}` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js|node_modules|SyntaxError/);
  });

  it('maps GraphQL syntax and validation errors to BAD_USER_INPUT', async () => {
    const token = await h.token({ subject: 'a', role: Role.ADMIN });
    const syntax = await h.post({ query: '{ cadres( }' }, { authorization: `Bearer ${token}` });
    expect(syntax.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await h.post({ query: '{ cadres { nodes { salary } } }' }, { authorization: `Bearer ${token}` });
    expect(unknown.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('masks unexpected errors: no message, stack or SQL reaches the client', () => {
    const dbError = Object.assign(new Error('insert into "cadre" ("name") values ($1) - duplicate key value violates unique constraint'), { code: '23505' });
    const wrapped = new GraphQLError(dbError.message, { originalError: dbError, path: ['createCadre'] });
    const formatted = formatError({ message: dbError.message, path: ['createCadre'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, wrapped);
    expect(formatted).toEqual({ message: 'Internal server error.', path: ['createCadre'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('hands out request ids', async () => {
    const token = await h.token({ subject: 'a', role: Role.ADMIN });
    const res = await h.post(ME, { authorization: `Bearer ${token}`, 'x-request-id': 'req-123' });
    expect(res.headers.get('x-request-id')).toBe('req-123');
  });
});
