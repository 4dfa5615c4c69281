import { ParseArgsConfig, parseArgs } from 'node:util';
import { ConfigError } from '../shared/config/config-error';

/** A failure the user can act on; its message says what happened and what to do. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** A command-line tool: its name (as in `npm run <name>`), its help text and its options. */
export interface CliProgram<T extends Options> {
  name: string;
  /** Printed by `--help`: what it does, its usage line(s) and options. */
  help: string;
  options: T;
  positionals?: boolean;
}

/**
 * Parses the arguments the common way for every tool: `--help` (or `-h`) prints the help and exits
 * 0; an unknown option or a missing value is one line pointing at `--help`.
 */
export function parseCli<T extends Options>(program: CliProgram<T>, args = process.argv.slice(2)) {
  const options = { ...program.options, ...HELP_OPTION };
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: program.positionals ?? false, strict: true });
  } catch (error) {
    // Node's own advice (positionals, `--`) does not fit an npm script's usage; the help does.
    const reason = (error as Error).message.replace(/\. (This command|To specify) .*$/, '');
    throw new CliError(`${reason.charAt(0).toLowerCase()}${reason.slice(1)} (see npm run ${program.name} -- --help)`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${program.help.trim()}\n`);
    process.exit(0);
  }
  return parsed;
}

/**
 * Runs a tool's `main`: a failure ends it with exit code 1 and its message on stderr, prefixed with
 * the tool's name, never a stack trace (LOG_LEVEL=debug adds it, for a bug report).
 */
export function runCli(name: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const prefix = error instanceof ConfigError ? 'configuration error: ' : '';
    process.stderr.write(`${name}: ${prefix}${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.LOG_LEVEL === 'debug' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  });
}
