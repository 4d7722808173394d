/**
 * Fenced code blocks as CommonMark (and marked) read them, for the one line scan that runs
 * before marked: the search for the `Notes:` line, which a fence hides. Everything after it
 * reads marked's own tokens (markdown.ts).
 */

/** An opening fence: up to three spaces, three or more ` or ~, then an optional info string. */
const OPENING = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)/;
/** A closing fence: the same character, at least as many, and nothing else on the line. */
const CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/** An open fence: its marker (``` or ~~~~) and its info string (```matrix → `matrix`). */
export interface Fence {
  marker: string;
  info: string;
}

/** The fence a line opens, if it opens one. */
export function openingFence(line: string): Fence | undefined {
  const match = OPENING.exec(line);
  if (!match) return undefined;
  // A backtick fence's info string may not contain backticks; `OPENING` stops at one, so check.
  if (match[1]![0] === '`' && line.slice(match[0].length).includes('`')) return undefined;
  return { marker: match[1]!, info: match[2]! };
}

/** Whether a line closes an open fence. */
export function closesFence(line: string, fence: Fence): boolean {
  const marker = CLOSING.exec(line)?.[1];
  return marker !== undefined && marker[0] === fence.marker[0] && marker.length >= fence.marker.length;
}
