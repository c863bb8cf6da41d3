/**
 * PostGraphile v4 over the bench database (the peer installs into bench/.peers/pg4, never the hub).
 * Run with Node 20. No JWT (no per-request transaction with set_config): PostGraphile's fastest
 * configuration. Env: DATABASE_URL, PORT.
 */
'use strict';
const http = require('node:http');
const path = require('node:path');
const { createRequire } = require('node:module');

const peerRequire = createRequire(path.join(__dirname, '..', '.peers', 'pg4', 'package.json'));
const { postgraphile } = peerRequire('postgraphile');
const { Pool } = peerRequire('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const middleware = postgraphile(pool, 'public', {
  graphqlRoute: '/graphql',
  graphiql: false,
  watchPg: false,
  disableQueryLog: true,
  ignoreRBAC: true,
  dynamicJson: false,
  setofFunctionsContainNulls: false,
  retryOnInitFail: false,
  extendedErrors: [],
});
const server = http.createServer(middleware);
server.keepAliveTimeout = 65000;
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  const a = server.address();
  if (process.send) process.send({ ready: true, port: a.port });
});
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  pool.end().then(() => process.exit(0));
});
