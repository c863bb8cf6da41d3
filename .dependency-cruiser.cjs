/**
 * The floors of src/ (README "Layout"): each floor imports only the floors below it, and nothing
 * imports in a circle. `npm run deps` checks it; CI fails on any violation.
 *
 *   main.ts        the command line: serve, migrate, seed, token, schema, import
 *   server/        assembly: schema build, jit executor, request context, HTTP, explorer, plugins
 *   reporting/     compliance and the plan's reports, over the modules' records
 *   modules/       one folder per domain (entity, read type, loaders, inputs, resolvers) + kit/
 *   access/ db/    who may see what (roles, policy, row scope, tokens) | PostgreSQL, ORM, migrations
 *   core/          the kernel: errors, enums, scalars, ids, config, logger, SQL, read/write plumbing
 */
const FLOORS = {
  core: [],
  access: ['core'],
  db: ['core'],
  modules: ['core', 'access', 'db'],
  reporting: ['core', 'access', 'db', 'modules'],
  server: ['core', 'access', 'db', 'modules', 'reporting'],
};

const ALL = Object.keys(FLOORS);

module.exports = {
  forbidden: [
    ...Object.entries(FLOORS).map(([floor, below]) => ({
      name: `${floor}-stands-on-${below.length ? below.join('-') : 'nothing-of-ours'}`,
      comment: `src/${floor}/ may import only ${below.length ? below.map((f) => `src/${f}/`).join(', ') : 'itself'} (and packages).`,
      severity: 'error',
      from: { path: `^src/${floor}/` },
      to: { path: `^src/(?!(${[floor, ...below].join('|')})/)` },
    })),
    {
      name: 'only-main-imports-main',
      comment: 'src/main.ts is the top: nothing in src/ imports it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/main\\.ts$' },
    },
    {
      name: 'no-floor-outside-the-list',
      comment: `Every folder of src/ is one of the floors: ${ALL.join(', ')}.`,
      severity: 'error',
      from: { path: '^src/' },
      to: { path: `^src/(?!(${ALL.join('|')})/|main\\.ts$)` },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles, within a floor or across floors.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'src-does-not-import-tests-seeds-or-bench',
      comment: 'Only the command line (main.ts) reaches the demo seed (`npm run seed`, the first start).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/main\\.ts$' },
      to: { path: '^(test|bench|seeds)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '^src/db/migrations/' },
  },
};
