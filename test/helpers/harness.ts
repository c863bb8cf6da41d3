import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client, Pool } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, type Config } from '../../src/core/config';
import { createLogger } from '../../src/core/logger';
import { createHub, type Hub } from '../../src/server/server';
import { openOrm } from '../../src/server/orm';
import { withDatabase } from '../../src/db/embedded-postgres';
import { mintToken, type HubClaims } from '../../src/access/token';
import { Role, type Viewer } from '../../src/access/viewer';
import { TEMPLATE_DB } from './template';

export const TEST_JWT_SECRET = 'test-secret-for-the-ganxun-hub-suite-0123456789';

export const ADMIN: Viewer = { subject: 'test-admin', role: Role.ADMIN };

export interface ExecResult<D = Record<string, any>> {
  data: D | null | undefined;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] | undefined;
  /** SQL statements the read path ran for this operation. */
  statements: number;
}

export interface Harness {
  hub: Hub;
  config: Config;
  orm: MikroORM;
  /** This test file's own database (a clone of the migrated, seeded template). */
  databaseUrl: string;
  /** Base URL of the real HTTP server, e.g. http://127.0.0.1:43123 */
  baseUrl: string;
  /** Runs an operation through Apollo (parse, validate, graphql-jit, formatError) as `viewer`. */
  exec<D = Record<string, any>, V = Record<string, any>>(
    doc: TypedDocumentNode<D, V> | DocumentNode | string,
    variables?: V,
    viewer?: Viewer,
  ): Promise<ExecResult<D>>;
  /** Raw SQL against this file's database (for setup and for checking what was written). */
  sql<R = Record<string, any>>(text: string, params?: unknown[]): Promise<R[]>;
  /** A token signed with the suite's secret. */
  token(viewer: Viewer, expiresInSeconds?: number): Promise<string>;
  /** POSTs to /graphql over real HTTP. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
  stop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.GANXUN_TEST_SERVER_URL;
  if (!url) throw new Error('GANXUN_TEST_SERVER_URL is not set: run the tests through jest (test/global-setup.ts).');
  return url;
}

export interface HarnessOptions {
  /**
   * Environment overrides for the hub's configuration (`loadConfig`), e.g. `{ RATE_LIMIT_PER_SUBJECT: '3' }`.
   * Rate limiting is off unless a test turns it on (`RATE_LIMIT_ENABLED: 'true'`): other tests'
   * request counts are no budget's business.
   */
  env?: Record<string, string>;
}

/** Clones the template into a fresh database and starts a hub (with a real HTTP listener) on it. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const server = serverUrl();
  const name = `ganxun_test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${TEMPLATE_DB}"`);
  } finally {
    await admin.end();
  }
  const databaseUrl = withDatabase(server, name);
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false', ...options.env });
  const orm = await openOrm(databaseUrl, config.database);
  const hub = await createHub({ config, databaseUrl, orm, log: createLogger('silent') });
  const httpServer = await hub.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  // `stop()` drops the database with (force): a connection still open then is terminated, which is
  // expected and must not surface as an unhandled pool error in the test file.
  pool.on('error', () => undefined);

  return {
    hub,
    config,
    orm,
    databaseUrl,
    baseUrl,
    async exec(doc, variables, viewer = ADMIN) {
      const query = typeof doc === 'string' ? doc : print(doc as DocumentNode);
      const contextValue = hub.contextFor(viewer);
      const res = await hub.apollo.executeOperation({ query, variables: variables as Record<string, unknown> | undefined }, { contextValue });
      if (res.body.kind !== 'single') throw new Error('incremental delivery is not used by the hub');
      const { data, errors } = res.body.singleResult;
      return { data: data as never, errors: errors as never, statements: contextValue.read.counter.statements };
    },
    async sql(text, params = []) {
      return (await pool.query(text, params)).rows;
    },
    token(viewer, expiresInSeconds = 600) {
      const claims: HubClaims = { role: viewer.role, agency: viewer.agency, region: viewer.region, sector: viewer.sector, cadre: viewer.cadre };
      return mintToken(config, viewer.subject, claims, expiresInSeconds);
    },
    async post(body, headers = {}) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // leave as text
      }
      return { status: res.status, body: parsed, headers: res.headers };
    },
    async stop() {
      await hub.close();
      await orm.close();
      await pool.end();
      const a = new Client({ connectionString: server });
      await a.connect();
      try {
        await a.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}
