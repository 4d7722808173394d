/**
 * The bibliography behind `{Nye 1996@27}`: BibTeX in, citations and the References slide out,
 * formatted by citation-js with its APA template (a citation library, not string-gluing).
 * Runs at build time only.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { Citation, Outcome } from './model.ts';
import { problemAt, type Problem } from './problem.ts';
import { safeReferenceHtml } from './reference-html.ts';
import { closest } from './suggest.ts';

/** citation-js's BibTeX parser reports `... at line 7 col 1`. */
const PARSER_POSITION = /at line (\d+) col (\d+)/;
const FORMAT = { template: 'apa', lang: 'en-US' } as const;

export class Bibliography {
  /** Lower-cased key → the key as the .bib file writes it. */
  private readonly keys: Map<string, string>;

  constructor(
    readonly file: string,
    private readonly cite: Cite,
  ) {
    this.keys = new Map(cite.data.map((entry: { id: string }) => [entry.id.toLowerCase(), entry.id]));
  }

  /** The .bib key a citation names, if it exists (matching ignores case). */
  resolve(key: string): string | undefined {
    return this.keys.get(key.toLowerCase());
  }

  /** A problem for each citation whose key the bibliography lacks. */
  check(citations: readonly Citation[]): Problem[] {
    return citations
      .filter((citation) => this.resolve(citation.key) === undefined)
      .map((citation) => {
        const guess = closest(citation.key, [...this.keys.values()]);
        return problemAt(
          citation.at,
          `unknown citation key "${citation.key}" in ${citation.raw}`,
          guess ? `did you mean {${guess}}? Keys come from ${this.file}` : `add an entry with key "${citation.key}" to ${this.file}`,
        );
      });
  }

  /** `{Nye 1996@27}` → `(Nye & Owens, 1996, p. 27)`. */
  format(citation: Citation): string {
    const id = this.resolve(citation.key);
    if (id === undefined) return citation.raw;
    // BibTeX writes a page range `20--36`; the reader should see the en dash it stands for.
    const locator = citation.locator?.replace(/--/g, '\u2013');
    const entry = locator ? [{ id, locator, label: 'page' }] : [id];
    return this.cite.format('citation', { ...FORMAT, entry }) as string;
  }

  /** The reference list for the cited keys, as HTML entries in the style's order. */
  references(citations: readonly Citation[]): string[] {
    const ids = [...new Set(citations.map((c) => this.resolve(c.key)).filter((id): id is string => id !== undefined))];
    if (ids.length === 0) return [];
    const html = this.cite.format('bibliography', { ...FORMAT, format: 'html', entry: ids }) as string;
    // Bare http(s) URLs become links, so the PDF's links work too; nothing else of a field is markup.
    return [...html.matchAll(/<div data-csl-entry-id="[^"]*" class="csl-entry">([\s\S]*?)<\/div>/g)].map((match) => safeReferenceHtml(match[1]!.trim()));
  }
}

/** An entry's start, `@article{Nye1996,`, for positions citation-js does not give. */
const ENTRY_START = /^[ \t]*@([A-Za-z]+)[ \t]*\{[ \t]*([^,\s{}]+)/gm;
/** citation-js's grammar names for what it expected or found, as an author would say them. */
const TOKEN_NAMES: Record<string, string> = { rbrace: '"}"', lbrace: '"{"', comma: '","', label: 'a key', EOF: 'the end of the file', equals: '"="' };

/** Parses a BibTeX file; a syntax error becomes a problem at its line. */
export function parseBibliography(file: string, text: string): Outcome<Bibliography | undefined> {
  let cite: Cite;
  try {
    cite = new Cite(text, { forceType: '@biblatex/text' });
  } catch (error) {
    return { value: undefined, problems: [syntaxProblem(file, text, error instanceof Error ? error.message : String(error))] };
  }
  if (cite.data.length === 0)
    return { value: undefined, problems: [problemAt({ file, line: 1, column: 1 }, 'the bibliography has no entries', 'write BibTeX entries such as @article{Nye1996, …}')] };
  const duplicates = duplicateKeys(file, text);
  return { value: duplicates.length === 0 ? new Bibliography(file, cite) : undefined, problems: duplicates };
}

function syntaxProblem(file: string, text: string, message: string): Problem {
  const where = PARSER_POSITION.exec(message);
  const line = where ? Number(where[1]) : 1;
  const detail = message
    .split('\n')[0]!
    .replace(PARSER_POSITION, '')
    .replace(/\s*:?\s*$/, '')
    .replace(/"(\w+)"|\b(EOF)\b/g, (whole, quoted?: string, bare?: string) => TOKEN_NAMES[quoted ?? bare ?? ''] ?? whole);
  const entries = [...text.matchAll(ENTRY_START)].map((match) => ({ line: lineOf(text, match.index), key: match[2]! }));
  const entry = entries.filter((candidate) => candidate.line <= line).at(-1);
  return problemAt(
    { file, line, column: where ? Number(where[2]) : 1 },
    `the bibliography is not valid BibTeX: ${detail}`,
    entry ? `check the braces and commas of the entry ${entry.key}, which starts on line ${entry.line}` : 'check the braces and commas of the entry around this line',
  );
}

/** citation-js keeps one of two entries with the same key without a word; a citation could then mean either. */
function duplicateKeys(file: string, text: string): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  for (const match of text.matchAll(ENTRY_START)) {
    const key = match[2]!;
    const line = lineOf(text, match.index);
    const first = seen.get(key.toLowerCase());
    if (first === undefined) seen.set(key.toLowerCase(), line);
    else problems.push(problemAt({ file, line, column: match[0].lastIndexOf(key) + 1 }, `the key "${key}" is used twice in the bibliography`, `rename one of the entries on lines ${first} and ${line}`));
  }
  return problems;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
