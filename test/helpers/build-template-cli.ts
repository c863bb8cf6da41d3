import { buildTemplate } from './template';

// Run by test/global-setup.ts in a child process: MikroORM must not load in jest's main process,
// where a test file may later run in-band with its own module registry.
const [serverUrl, name] = process.argv.slice(2);
buildTemplate(serverUrl, name).then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
