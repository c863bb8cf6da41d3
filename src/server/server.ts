import { randomUUID } from 'node:crypto';
import http from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginUsageReportingDisabled, ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import type { GraphQLSchema } from 'graphql';
import type { Viewer } from '../access/viewer';
import { createVerifier, type TokenVerifier } from '../access/token';
import { loadLimits } from '../access/limits';
import type { Config } from '../core/config';
import type { Context } from '../access/request-context';
import { createContext } from './context';
import { ErrorCode, formatError, UnauthenticatedError } from '../core/errors';
import { explorerHtml } from './explorer';
import { graphqlBody, inputGuardPlugin } from './input-guard';
import { JitGateway } from './jit-gateway';
import { parsedDocumentStore, PersistedOperations } from './persisted-operations';
import type { Logger } from '../core/logger';
import { createReadPool } from '../core/read/sql';
import { DatabaseAvailability } from './availability';
import { createRateLimiter } from './rate-limit';
import { cancelOwnStatements, Shutdown } from './shutdown';
import { buildHubSchema, buildRoleSchemas } from './schema';
import { contractErrorsPlugin } from './contract-errors.plugin';
import { createOperationLimiter, operationLimitsPlugin } from './operation-limits.plugin';
import { mountReports } from './reports';

export interface Hub {
  app: express.Express;
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  orm: MikroORM;
  readPool: Pool;
  verifier: TokenVerifier;
  /** APQ cache and safelist (persisted-operations.ts). */
  persistedOperations: PersistedOperations;
  /** A context for `apollo.executeOperation` (tests, tools): same as an HTTP request's. */
  contextFor(viewer: Viewer, requestId?: string): Context;
  listen(port: number, host?: string): Promise<http.Server>;
  close(): Promise<void>;
}

interface AuthedRequest extends Request {
  viewer?: Viewer;
  requestId?: string;
}

function loggingPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(rc) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(ctx) {
          const body = ctx.response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          log.info('graphql', {
            requestId: rc.contextValue.requestId,
            operation: ctx.operationName ?? null,
            role: rc.contextValue.viewer.role,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            statements: rc.contextValue.read.counter.statements,
            errors: errors.map((e) => e.extensions?.code),
          });
        },
        async didEncounterErrors(ctx) {
          for (const err of ctx.errors) {
            const code = (err.extensions?.code as string | undefined) ?? undefined;
            if (!code || code === ErrorCode.INTERNAL_SERVER_ERROR) {
              // Full detail stays in the server log; the client sees a masked message.
              const original = (err.originalError ?? err) as Error;
              log.error('unexpected error', { requestId: ctx.contextValue.requestId, message: original.message, stack: original.stack });
            }
          }
        },
      };
    },
  };
}

/**
 * Every read of a RESTRICTED field is audited: one entry per type read (who, role, ids, fields),
 * inserted before the response leaves. If the entry cannot be written the data is withheld.
 */
function auditReadsPlugin(orm: MikroORM, log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, response }) {
          const reads = ctx.restrictedReads.byType;
          if (!reads.size) return;
          const entries = [...reads.entries()];
          const v = ctx.viewer;
          try {
            // One JSON parameter: the ORM's query builder would expand array parameters into lists.
            const rows = entries.map(([entity, e]) => ({ entity, ids: [...e.ids], fields: [...e.fields] }));
            await orm.em.getConnection().execute(
              `insert into audit_entry (actor, role, agency, region, action, entity, entity_ids, fields, sensitive_fields, request_id)
               select ?, ?, ?, ?, 'READ_RESTRICTED', e.entity, e.ids, '{}', e.fields, ?
               from json_to_recordset(?::json) as e(entity text, ids text[], fields text[])`,
              [v.subject, v.role, v.agency ?? null, v.region ?? null, ctx.requestId, JSON.stringify(rows)],
            );
          } catch (err) {
            log.error('audit write failed; response withheld', { requestId: ctx.requestId, message: (err as Error).message });
            response.body = {
              kind: 'single',
              singleResult: { errors: [{ message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] },
            };
          }
        },
      };
    },
  };
}

function unauthorized(res: Response, err: unknown): void {
  const message = err instanceof UnauthenticatedError ? err.message : 'A valid bearer token is required.';
  res
    .status(401)
    .set('WWW-Authenticate', 'Bearer realm="ganxun-hub"')
    .json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
}

interface HubParts {
  config: Config;
  orm: MikroORM;
  log: Logger;
  schema: GraphQLSchema;
  limits: ReturnType<typeof loadLimits>;
  persistedOperations: PersistedOperations;
  availability: DatabaseAvailability;
}

/** Apollo, executing with graphql-jit per role, with the hub's plugins in the order they must run; started. */
async function startApollo({ config, orm, log, schema, limits, persistedOperations, availability }: HubParts): Promise<ApolloServer<Context>> {
  const limiter = createOperationLimiter(limits, { defaultPageSize: config.defaultPageSize, maxPageSize: config.maxPageSize }, schema);
  const apollo = new ApolloServer<Context>({
    gateway: new JitGateway(schema, await buildRoleSchemas(), (role) => limits.byRole[role].errors),
    // The parser stops at the largest token limit of any role; each role's own is checked after.
    parseOptions: { maxTokens: limits.parserMaxTokens },
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    persistedQueries: persistedOperations.apolloOptions(),
    // Parsed and validated documents by hash, bounded by count (Apollo's default bounds JSON bytes,
    // which lets unique documents hold ~200 MB of AST before it evicts: found by the soak).
    documentStore: parsedDocumentStore(),
    // Shutdown order is ours (main.ts): HTTP server, then connections, then the embedded database.
    stopOnTerminationSignals: false,
    plugins: [
      // First: a safelisted token's foreign document is refused before any other check runs.
      persistedOperations.plugin(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      operationLimitsPlugin(limiter),
      contractErrorsPlugin(schema),
      auditReadsPlugin(orm, log),
      inputGuardPlugin(config),
      loggingPlugin(log),
      availability.plugin(),
    ],
  });
  await apollo.start();
  return apollo;
}

/** `/healthz` (the process answers) and `/readyz` (not draining, and the database answers). */
function mountHealth(app: express.Express, shutdown: Shutdown, availability: DatabaseAvailability, readPool: Pool): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (shutdown.isDraining) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      if (availability.isDown) throw new Error('database down');
      await readPool.query('select 1');
      res.json({ status: 'ready' });
    } catch (err) {
      availability.observe(err);
      res.status(503).json({ status: 'unavailable' });
    }
  });
}

/** Gives the request an id (the caller's, if well-formed) and a viewer from its bearer token, or answers 401. */
function authenticator(verifier: TokenVerifier, log: Logger) {
  return async (req: AuthedRequest, res: Response, next: NextFunction) => {
    const incoming = req.get('x-request-id');
    req.requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.set('x-request-id', req.requestId);
    try {
      req.viewer = await verifier.verify(req.get('authorization'));
      next();
    } catch (err) {
      log.info('unauthenticated', { requestId: req.requestId, reason: err instanceof Error ? err.message : 'unknown' });
      unauthorized(res, err);
    }
  };
}

/** Malformed JSON and other body errors: a clean client error, never a stack. */
function bodyErrorHandler(log: Logger) {
  return (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = (err as { status?: number }).status ?? 500;
    if (status >= 400 && status < 500) {
      res.status(status).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
    } else {
      log.error('http error', { message: err instanceof Error ? err.message : String(err) });
      res.status(500).json({ errors: [{ message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
    }
  };
}

/** An HTTP server for the app, handed to `shutdown` once listening. */
function listenWith(app: express.Express, shutdown: Shutdown, port: number, host: string): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const s = http.createServer(app);
    s.keepAliveTimeout = 65_000;
    s.once('error', reject);
    s.listen(port, host, () => {
      shutdown.attach(s);
      resolve(s);
    });
  });
}

/** Assembles the hub: Apollo (executing with graphql-jit), authentication, health, explorer. */
export async function createHub(opts: { config: Config; databaseUrl: string; orm: MikroORM; log: Logger }): Promise<Hub> {
  const { config, orm, log } = opts;
  const schema = await buildHubSchema();
  const readPool = createReadPool(opts.databaseUrl, config.database);
  const rateLimiter = await createRateLimiter(config.rateLimit, log);
  const shutdown = new Shutdown();
  const availability = new DatabaseAvailability({ probe: () => readPool.query('select 1'), retryAfterSeconds: config.database.retryAfterSeconds, log });
  const verifier = createVerifier(config);
  const persistedOperations = PersistedOperations.fromConfig(config);
  const limits = loadLimits(config.env);
  const apollo = await startApollo({ config, orm, log, schema, limits, persistedOperations, availability });

  const contextFor = (viewer: Viewer, requestId: string = randomUUID()): Context => createContext({ requestId, viewer, orm, readPool, limits: limits.byRole[viewer.role], records: config.records, reports: config.reports });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(shutdown.middleware);
  mountHealth(app, shutdown, availability, readPool);
  app.get(['/', '/explorer'], (_req, res) => {
    res.type('html').set('Cache-Control', 'no-store').send(explorerHtml());
  });
  app.use(
    '/graphql',
    ...graphqlBody(config),
    authenticator(verifier, log),
    rateLimiter.middleware,
    availability.middleware,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const r = req as AuthedRequest;
        return contextFor(r.viewer!, r.requestId);
      },
    }),
  );
  mountReports(app, contextFor, [authenticator(verifier, log), rateLimiter.middleware, availability.middleware]);
  app.use(bodyErrorHandler(log));

  return {
    app,
    apollo,
    schema,
    orm,
    readPool,
    verifier,
    persistedOperations,
    contextFor,
    listen: (port, host = config.host) => listenWith(app, shutdown, port, host),
    async close() {
      const { finished, cut } = await shutdown.drain(config.shutdownGraceMs);
      if (!finished) {
        const cancelled = await cancelOwnStatements(opts.databaseUrl, config.database.poolWaitMs);
        log.warn('grace period over: requests cut off', { requests: cut, statementsCancelled: cancelled });
      }
      availability.close();
      await apollo.stop();
      await rateLimiter.close();
      await readPool.end();
    },
  };
}
