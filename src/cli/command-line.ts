/**
 * What the export commands' command lines share: Node's parseArgs with its long messages cut
 * to one line that says where the options are listed, and `--timeout <seconds>`. Every bad
 * line is a usage failure (exit code 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ExitCode, ExportError } from '../node/exit-codes.ts';

/**
 * How long the page may take to load, lay out and print. A cold Chromium on a slow, busy
 * machine needs a few seconds; a deck that never signals ready should not hang a CI job.
 */
export const DEFAULT_TIMEOUT_SECONDS = 60;

/** The options every export command takes besides its own. */
const COMMON_OPTIONS = {
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `argv` for `npm run <script>` with `options` besides --out and --help. */
export function parseCommandLine<T extends Options>(script: string, argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], strict: true, allowPositionals: true, options: { ...COMMON_OPTIONS, ...options } });
  } catch (error) {
    // Node's messages are good but long ("Unknown option '--x'. To specify a positional…").
    throw usage(`${(error as Error).message.split('. ')[0]!.replace(/\.$/, '')} (npm run ${script} -- --help lists the options)`);
  }
}

/** The only output option of a command that takes no arguments: `--out`, or `fallback`. */
export function onlyOut(script: string, argv: readonly string[], fallback: string, what: 'file' | 'folder'): { out: string; help: boolean } {
  const { values, positionals } = parseCommandLine(script, argv, {});
  if (positionals.length > 0) throw usage(`unexpected argument "${positionals[0]}" (npm run ${script} -- --help lists the options)`);
  if (values.out === '') throw usage(`--out needs a ${what} name`);
  return { out: values.out ?? fallback, help: values.help ?? false };
}

/** `--timeout <seconds>` in milliseconds; the default when not given. */
export function timeoutMs(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_SECONDS * 1000;
  const seconds = Number(text);
  if (text.trim() === '' || !Number.isFinite(seconds) || seconds <= 0) throw usage(`--timeout takes a number of seconds above 0, not "${text}"`);
  return seconds * 1000;
}

/** A usage failure with `message`. */
export function usage(message: string): ExportError {
  return new ExportError(ExitCode.usage, message);
}
