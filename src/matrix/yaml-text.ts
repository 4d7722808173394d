/**
 * YAML with positions: the data file and every ```matrix block are YAML, and every problem in
 * them must name the line and column in the file the author edits. A block's text starts some
 * lines into its slide file, so positions are shifted by the block's first line.
 */
import { LineCounter, parseDocument, isMap, isScalar, type Node, type Pair } from 'yaml';
import { problemAt, type Problem, type SourcePosition } from '../deck/problem.ts';

export interface YamlText {
  /** The parsed document's root, or null when the text is empty or not valid YAML. */
  root: Node | null;
  /** Where a node starts in the file; the text's first line when there is no node. */
  at(node: Node | null | undefined): SourcePosition;
  /** Malformed YAML, one problem per error. */
  problems: Problem[];
}

/** Parses YAML found at `firstLine` of `file`. */
export function parseYamlText(file: string, text: string, firstLine: number, hint: string): YamlText {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const position = (offset: number): SourcePosition => {
    const { line, col } = counter.linePos(offset);
    return { file, line: firstLine + line - 1, column: col };
  };
  // One slip (a missing `]`) makes the yaml parser report several errors at once; only the
  // first is where the author went wrong, the rest are its echo.
  const problems = document.errors.slice(0, 1).map((error) => problemAt(position(error.pos[0]), `not valid YAML: ${error.message.split('\n')[0]}`, hint));
  return {
    root: problems.length > 0 ? null : ((document.contents as Node | null) ?? null),
    at: (node) => (node?.range ? position(node.range[0]) : { file, line: firstLine, column: 1 }),
    problems,
  };
}

/** A mapping's entries with their key text and nodes, in file order. */
export interface Entry {
  key: string;
  keyNode: Node;
  value: Node | null;
}

/** The entries of a mapping node, or undefined when the node is not a mapping. */
export function entriesOf(node: Node | null | undefined): Entry[] | undefined {
  if (!isMap(node)) return undefined;
  return (node.items as Pair<Node, Node | null>[]).map((pair) => ({
    key: isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
    keyNode: pair.key,
    value: pair.value ?? null,
  }));
}

/** A scalar's text, trimmed; undefined for anything but a non-empty string or number. */
export function textOf(node: Node | null | undefined): string | undefined {
  if (!isScalar(node) || node.value === null) return undefined;
  const text = String(node.value).trim();
  return text === '' ? undefined : text;
}
