import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The option declarations of one command (node:util `parseArgs` `options`). */
export type CliOptions = NonNullable<ParseArgsConfig['options']>;

interface CliConfig<O extends CliOptions> {
  options: O;
  /** Positional arguments are allowed (the command checks how many it got). */
  allowPositionals?: boolean;
  /**
   * Options whose value may be left out (`--wait-quiet` or `--wait-quiet 2`): the value used when
   * the option stands last or before another option. parseArgs itself has no optional values.
   */
  bare?: Partial<Record<keyof O & string, string>>;
}

/**
 * The command line of every script (the CLI, the bench, test helpers): node:util `parseArgs`,
 * strict and typed, with its errors turned into one line that names the option (and, for an
 * unknown one, the options there are).
 */
export function parseCli<const O extends CliOptions>(argv: readonly string[], config: CliConfig<O>) {
  const { options, allowPositionals = false, bare = {} } = config;
  const args = argv.map((a, i) => {
    const name = a.startsWith('--') ? a.slice(2) : undefined;
    const value = name === undefined ? undefined : (bare as Record<string, string | undefined>)[name];
    return value !== undefined && (i + 1 === argv.length || argv[i + 1].startsWith('-')) ? `${a}=${value}` : a;
  });
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    throw new Error(cliMessage(err, options), { cause: err });
  }
}

/** The one-line reason for a parseArgs error. */
function cliMessage(err: unknown, options: CliOptions): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string }).code;
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const known = Object.keys(options).map((o) => `--${o}`).join(', ');
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${quoted}; use one of ${known}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected argument: ${quoted}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('does not take an argument') ? `Option ${quoted.split(' ')[0]} takes no value` : `Missing value for ${quoted.split(' ')[0]}`;
    default:
      return message;
  }
}

/** A whole or decimal number given for `--name`; a clear error for anything else. */
export function numberOption(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new Error(`--${name} must be a number, not ${text}`);
  return n;
}
