/**
 * How every export command starts and ends: runs the command's work with a progress line on
 * stderr, prints its failure as one line that starts with the command's name, and exits with
 * the failure's code. An unexpected failure is a bug: `DEBUG=1` prints its stack.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitCode, exitCodeOf, ExportError, failureLine } from '../node/exit-codes.ts';
import { NoChromiumError } from './chromium-path.ts';
import { progressOn, type Progress } from './pdf-progress.ts';

/** The project the commands belong to (they live in src/cli/), wherever they are run from. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `work` as the command `command` and sets the process's exit code from its result. */
export async function runCommand(command: string, work: (argv: readonly string[], progress: Progress) => Promise<number>): Promise<void> {
  const progress = progressOn(process.stderr, command);
  try {
    process.exitCode = await work(process.argv.slice(2), progress);
  } catch (error) {
    progress.end();
    const failure = error instanceof NoChromiumError ? new ExportError(ExitCode.noBrowser, error.message) : error;
    process.stderr.write(`${failureLine(failure, command)}\n`);
    if (exitCodeOf(failure) === ExitCode.unexpected && process.env.DEBUG) console.error(error);
    process.exitCode = exitCodeOf(failure);
  }
}

/** The path as typed relative to here when it is below here, else in full. */
export function shortPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near === '' || near.startsWith('..') ? path : near;
}
