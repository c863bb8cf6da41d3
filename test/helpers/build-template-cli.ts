import { parseCli } from '../../src/core/cli';
import { buildTemplate } from './template';

// Run by test/global-setup.ts in a child process: MikroORM must not load in jest's main process,
// where a test file may later run in-band with its own module registry.
const run = async () => {
  const { positionals } = parseCli(process.argv.slice(2), { options: {}, allowPositionals: true });
  if (positionals.length !== 2) throw new Error('Usage: build-template-cli <server url> <template database name>');
  const [serverUrl, name] = positionals;
  await buildTemplate(serverUrl, name);
};
run().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
