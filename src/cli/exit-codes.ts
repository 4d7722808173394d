/**
 * How the export commands (`npm run pdf`, `npm run png`) fail: one exit code per kind of failure, so a script or CI job can tell
 * "install a browser" from "fix a slide" from "choose another --out", and one message line
 * that starts with the command's name (the way marp-cli's CLIError does it).
 */

/** The exit codes, documented in the README and in `--help`. */
export const ExitCode = {
  ok: 0,
  /** A failure none of the kinds below describes: a bug, or Chromium crashing. */
  unexpected: 1,
  /** Unknown option, missing or bad value. */
  usage: 2,
  noBrowser: 3,
  buildFailed: 4,
  timedOut: 5,
  outputNotWritable: 6,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** The PDF command's name, the first word of every message it prints. */
export const COMMAND = 'pdf';

/**
 * A failure an export command expects and explains; `message` is one line without the prefix.
 * (Named for the first command; `npm run png` fails the same way, with the same codes.)
 */
export class PdfError extends Error {
  constructor(
    readonly exitCode: ExitCodeValue,
    message: string,
  ) {
    super(message);
    this.name = 'PdfError';
  }
}

/** The line printed for a failure: `pdf: <message>` (or `png: …`), always exactly one line. */
export function failureLine(error: unknown, command: string = COMMAND): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${command}: ${oneLine(message)}`;
}

/** The exit code for a failure; anything that is not a PdfError is unexpected. */
export function exitCodeOf(error: unknown): ExitCodeValue {
  return error instanceof PdfError ? error.exitCode : ExitCode.unexpected;
}

/** Folds a multi-line message (Playwright's call logs, Vite's frames) into its first line. */
function oneLine(message: string): string {
  const lines = message.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines[0] ?? 'failed';
}
