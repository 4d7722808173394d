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
import { closest } from './suggest.ts';

/** citation-js's BibTeX parser reports `... at line 7 col 1`. */
const PARSER_POSITION = /at line (\d+) col (\d+)/;
const FORMAT = { template: 'apa', lang: 'en-US' } as const;
/** Bare URLs in a formatted reference become links, so the PDF's links work too. */
const URL = /(https?:\/\/[^\s<]+[^\s<.,;])/g;

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
    const entry = citation.locator ? [{ id, locator: citation.locator, label: 'page' }] : [id];
    return this.cite.format('citation', { ...FORMAT, entry }) as string;
  }

  /** The reference list for the cited keys, as HTML entries in the style's order. */
  references(citations: readonly Citation[]): string[] {
    const ids = [...new Set(citations.map((c) => this.resolve(c.key)).filter((id): id is string => id !== undefined))];
    if (ids.length === 0) return [];
    const html = this.cite.format('bibliography', { ...FORMAT, format: 'html', entry: ids }) as string;
    return [...html.matchAll(/<div data-csl-entry-id="[^"]*" class="csl-entry">([\s\S]*?)<\/div>/g)].map((match) =>
      match[1]!.trim().replace(URL, '<a href="$1">$1</a>'),
    );
  }
}

/** Parses a BibTeX file; a syntax error becomes a problem at its line. */
export function parseBibliography(file: string, text: string): Outcome<Bibliography | undefined> {
  try {
    const cite = new Cite(text, { forceType: '@biblatex/text' });
    if (cite.data.length === 0)
      return { value: undefined, problems: [problemAt({ file, line: 1, column: 1 }, 'the bibliography has no entries', 'write BibTeX entries such as @article{Nye1996, …}')] };
    return { value: new Bibliography(file, cite), problems: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = PARSER_POSITION.exec(message);
    return {
      value: undefined,
      problems: [
        problemAt(
          { file, line: where ? Number(where[1]) : 1, column: where ? Number(where[2]) : 1 },
          `the bibliography is not valid BibTeX: ${message.split('\n')[0]!.replace(PARSER_POSITION, '').replace(/\s*:?\s*$/, '')}`,
          'check the braces and commas of the entry around this line',
        ),
      ],
    };
  }
}
