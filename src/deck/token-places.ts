/**
 * Where marked's tokens stand in the text they were lexed from. marked's tokens carry their
 * `raw` text but no offsets, so each token is found once, after the lex, in document order:
 * its `raw` is looked for after the token before it and inside its parent's span. A token
 * inside a blockquote or a list item was lexed from text with the `>` or the indentation taken
 * off; when its `raw` spans lines it is matched line by line, each line at the end of a source
 * line whose start holds only that container's marks. Pure: tokens and text in, spans out.
 */
import type { Token, Tokens } from 'marked';

/** A token's place in the text: `start` inclusive, `end` exclusive, as string offsets. */
export interface Span {
  start: number;
  end: number;
}

/** What a container puts before each of its lines: indentation and blockquote marks. */
const CONTAINER_MARKS = /^[ \t>]*$/;

/** The span of every token that could be placed in `source`, children included. */
export function placeTokens(tokens: readonly Token[], source: string): Map<Token, Span> {
  const spans = new Map<Token, Span>();
  const visit = (list: readonly Token[], from: number, to: number): number => {
    let cursor = from;
    for (const token of list) {
      const span = findRaw(source, token.raw, cursor, to);
      if (span) spans.set(token, span);
      let inner = span?.start ?? cursor;
      for (const children of childLists(token)) inner = visit(children, inner, span?.end ?? to);
      cursor = span?.end ?? Math.max(cursor, inner);
    }
    return cursor;
  };
  visit(tokens, 0, source.length);
  return spans;
}

/** The tokens inside a token, in document order (marked's `walkTokens` order). */
function childLists(token: Token): Token[][] {
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    return [...table.header, ...table.rows.flat()].map((cell) => cell.tokens);
  }
  if (token.type === 'list') return [(token as Tokens.List).items];
  return 'tokens' in token && token.tokens ? [token.tokens] : [];
}

/** The first place at or after `from` (ending by `to`) where `raw` stands, as written or inside a container. */
function findRaw(source: string, raw: string, from: number, to: number): Span | undefined {
  const exact = source.indexOf(raw, from);
  if (exact !== -1 && exact + raw.length <= to) return { start: exact, end: exact + raw.length };
  if (!raw.includes('\n')) return undefined;
  const [first, ...rest] = raw.split('\n');
  for (let start = source.indexOf(first!, from); start !== -1 && start < to; start = source.indexOf(first!, start + 1)) {
    const end = matchLines(source, start + first!.length, rest);
    if (end !== undefined && end <= to) return { start, end };
  }
  return undefined;
}

/**
 * Matches the lines after a token's first line, each line break in `raw` at a line break in
 * `source`: a middle line must end its source line, the last may be followed by more text.
 */
function matchLines(source: string, offset: number, lines: readonly string[]): number | undefined {
  let position = offset;
  for (const [index, line] of lines.entries()) {
    if (source[position] !== '\n') return undefined;
    const lineStart = position + 1;
    const lineEnd = source.indexOf('\n', lineStart) === -1 ? source.length : source.indexOf('\n', lineStart);
    const text = source.slice(lineStart, lineEnd);
    const last = index === lines.length - 1;
    const at = last ? text.indexOf(line) : text.length - line.length;
    if (at < 0 || (!last && !text.endsWith(line)) || !CONTAINER_MARKS.test(text.slice(0, at))) return undefined;
    position = lineStart + at + line.length;
  }
  return position;
}

/** 0-based line and column of an offset, by the line starts found once. */
export function lineLocator(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low, column: offset - starts[low]! };
  };
}
