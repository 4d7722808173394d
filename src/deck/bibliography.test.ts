import { describe, expect, it } from 'vitest';
import { parseBibliography } from './bibliography.ts';
import { parseSlide } from './parse.ts';
import { formatProblem } from './problem.ts';

const FILE = 'slides/references.bib';
const ENTRY = '@book{Benkler2006,\n  author = {Benkler, Yochai},\n  title = {The Wealth of Networks},\n  year = {2006}\n}\n';
const citationsOf = (text: string) => parseSlide('slides/01-a.md', `---\ntitle: A\n---\n${text}`).value!.citations;

describe('parseBibliography', () => {
  it('formats citations with a page, a page range and in any case of the key', () => {
    const bibliography = parseBibliography(FILE, ENTRY).value!;
    expect(citationsOf('{Benkler 2006@27} {benkler2006@2--3} {Benkler 2006}').map((c) => bibliography.format(c))).toEqual([
      '(Benkler, 2006, p. 27)',
      '(Benkler, 2006, pp. 2–3)',
      '(Benkler, 2006)',
    ]);
  });

  it('reports an unknown key at the citation, with the key meant', () => {
    const bibliography = parseBibliography(FILE, ENTRY).value!;
    expect(bibliography.check(citationsOf('x {Benkler 2060}')).map(formatProblem)).toEqual([
      'slides/01-a.md:4:3 unknown citation key "Benkler2060" in {Benkler 2060} (did you mean {Benkler2006}? Keys come from slides/references.bib)',
    ]);
  });

  it('reports a syntax error near its line, naming the entry', () => {
    const { value, problems } = parseBibliography(FILE, ENTRY.replace('Networks}', 'Networks'));
    expect(value).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^the bibliography is not valid BibTeX/);
    expect(problems[0]!.hint).toBe('check the braces and commas of the entry Benkler2006, which starts on line 1');
  });

  it('reports a key used twice, at the second entry', () => {
    expect(parseBibliography(FILE, ENTRY + '\n' + ENTRY).problems.map(formatProblem)).toEqual([
      'slides/references.bib:7:7 the key "Benkler2006" is used twice in the bibliography (rename one of the entries on lines 1 and 7)',
    ]);
  });

  it('reports a file with no entries', () => {
    expect(parseBibliography(FILE, '% nothing yet\n').problems.map((p) => p.message)).toEqual(['the bibliography has no entries']);
  });
});
