// Lint rules, kept small on purpose: each one is here because it catches a class of defect this
// code base has had or would hurt a server that many agencies share. Formatting is not linted.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'bench/.peers/', 'test/generated/', 'coverage/'] },
  // The recommended sets: unused variables and imports, `any` leaking through, `@ts-ignore`,
  // unsafe declaration merging, non-null assertions on optional chains, etc.
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', '*.js', '.*.cjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its error (an unhandled rejection takes the process down) and
      // its ordering (a write that has not finished when the transaction commits).
      '@typescript-eslint/no-floating-promises': 'error',
      // An async function where a callback returning void is expected (Express handlers, event
      // emitters): its rejection goes nowhere.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      // `_`-prefixed names are deliberately unused (positional arguments, destructuring rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // == coerces: '0' == 0, null == undefined; comparisons of ids and codes must be exact.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // type-graphql's resolver lists are arrays of classes; `Function` is the library's own type there.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/db/migrations/**'],
    rules: {
      // A function longer than a screen does several things; split it, or say beside it why not
      // (`// eslint-disable-next-line max-lines-per-function -- <reason>`).
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
      // The server logs through its structured logger (request id, level, JSON lines); console
      // output is for the command line (main.ts) only.
      'no-console': 'error',
    },
  },
  { files: ['src/main.ts'], rules: { 'no-console': 'off' } },
  {
    // Tests and the bench read GraphQL responses (JSON) whose shape the assertions themselves check;
    // typing every response would restate the schema the codegen'd documents already type.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Plain JavaScript files (this config, the bench's PostGraphile peers): Node's globals.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    // CommonJS files (the PostGraphile peers run on their own Node, outside our TypeScript).
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
  },
);
