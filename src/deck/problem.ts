/**
 * Problems are data with a place: every stage of the loader collects them instead of
 * throwing, so one bad slide never hides the others and the build can list them all.
 */
export interface Problem {
  /** Path as the author knows it, relative to the project root (e.g. `slides/the-puzzle.md`). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, when the problem has a precise start. */
  column?: number;
  message: string;
  /** How to fix it, in one sentence. */
  hint?: string;
  /** Warnings are reported but do not fail the build. */
  severity?: 'error' | 'warning';
}

/** A position inside a source file. */
export interface SourcePosition {
  file: string;
  line: number;
  column?: number;
}

/** Builds a problem at a position. */
export function problemAt(
  at: SourcePosition,
  message: string,
  hint?: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return { file: at.file, line: at.line, column: at.column, message, hint, severity };
}

/** `slides/varieties-of-social-production.md:14:3 unknown mark "**" (use ★ or leave the cell empty)` */
export function formatProblem(problem: Problem): string {
  const place = `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  const level = problem.severity === 'warning' ? 'warning: ' : '';
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `${place} ${level}${problem.message}${hint}`;
}

/** True when at least one problem must stop the build. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity !== 'warning');
}

/** Sorts problems by file, then line, then column, so reports read top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 1) - (b.column ?? 1),
  );
}

/** Thrown by the loader's file-reading edge when the deck cannot be built. */
export class DeckProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `the deck has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        sortProblems(problems).map(formatProblem).join('\n'),
    );
    this.name = 'DeckProblems';
    // The problems are the author's to fix, not the loader's: a stack trace would only bury them.
    this.stack = `${this.name}: ${this.message}`;
  }
}
