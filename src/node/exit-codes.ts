/**
 * How the export commands (`npm run pdf`, `png`, `notes`, `build:article`) fail: one exit code
 * per kind of failure, so a script or CI job can tell "install a browser" from "fix a slide"
 * from "choose another --out", and one message line that starts with the command's name (the
 * way marp-cli's CLIError does it). Below both src/cli/ (the commands) and src/export/ (the
 * library), which throws these failures without knowing which command called it.
 */

/** The exit codes, documented in docs/pdf.md and in each command's `--help`. */
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

/** A failure an export expects and explains; `message` is one line without the command's name. */
export class ExportError extends Error {
  constructor(
    readonly exitCode: ExitCodeValue,
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/** The line printed for a failure: `pdf: <message>` (or `png: …`), always exactly one line. */
export function failureLine(error: unknown, command: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${command}: ${oneLine(message)}`;
}

/** The exit code for a failure; anything that is not an ExportError is unexpected. */
export function exitCodeOf(error: unknown): ExitCodeValue {
  return error instanceof ExportError ? error.exitCode : ExitCode.unexpected;
}

/** A time limit as the user gave it: `--timeout 0.5` is "0.5 s". */
export function formatLimit(ms: number): string {
  return `${Number((ms / 1000).toPrecision(6))} s`;
}

/** Folds a multi-line message (Playwright's call logs, Vite's frames) into its first line. */
function oneLine(message: string): string {
  const lines = message.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines[0] ?? 'failed';
}
