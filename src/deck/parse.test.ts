import { describe, expect, it } from 'vitest';
import { parseSlide, resolveFrom } from './parse.ts';
import { formatProblem } from './problem.ts';

const FILE = 'slides/the-puzzle.md';
const slide = (...lines: string[]) => lines.join('\n');
const parse = (text: string, file = FILE) => parseSlide(file, text, { widgetKinds: ['matrix'] });
const messages = (text: string, file = FILE) => parse(text, file).problems.map(formatProblem);

describe('parseSlide', () => {
  it('reads front matter, body and notes with the lines they start on', () => {
    const { value, problems } = parse(slide('---', 'title: The puzzle', 'timing: 1m30s', '---', '', '## The puzzle', '', 'Notes:', 'Say it.'));
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ title: 'The puzzle', slug: 'the-puzzle', layout: 'default', timing: 90, file: FILE });
    expect(value!.body).toEqual({ markdown: '\n## The puzzle\n', line: 5 });
    expect(value!.notes).toEqual({ markdown: 'Say it.', line: 9 });
    expect(value!.optionsAt.timing).toEqual({ file: FILE, line: 3, column: 9 });
  });

  it('finds citations with their key, page and column, in body and notes', () => {
    const { value } = parse(slide('---', 'title: T', '---', 'Power {Nye 1996@27}.', 'Notes:', 'See {Benkler 2006}.'));
    expect(value!.citations).toEqual([
      { raw: '{Nye 1996@27}', key: 'Nye1996', locator: '27', at: { file: FILE, line: 4, column: 7 } },
      { raw: '{Benkler 2006}', key: 'Benkler2006', locator: undefined, at: { file: FILE, line: 6, column: 5 } },
    ]);
  });

  it('ignores citations, separators and widgets inside code', () => {
    const { value, problems } = parse(slide('---', 'title: T', '---', '`{Nye 1996}`', '```text', 'Notes:', '{Nye 1996}', '```'));
    expect(problems).toEqual([]);
    expect(value!.citations).toEqual([]);
    expect(value!.notes).toBeUndefined();
  });

  it('resolves image paths against the slide file and keeps widget blocks with their first line', () => {
    const { value } = parse(slide('---', 'title: T', '---', '![A ship](../assets/art/ship.svg)', '```matrix', 'show: varieties', '```'));
    expect(value!.assets).toEqual([{ href: '../assets/art/ship.svg', path: 'assets/art/ship.svg', alt: 'A ship', at: { file: FILE, line: 4, column: 1 } }]);
    expect(value!.widgets).toEqual([{ kind: 'matrix', text: 'show: varieties', at: { file: FILE, line: 6 } }]);
  });

  it('reads CRLF files and a BOM as plain lines', () => {
    const { value, problems } = parse('\uFEFF---\r\ntitle: T\r\n---\r\nBody\r\nNotes:\r\nSaid.\r\n');
    expect(problems).toEqual([]);
    expect(value!.notes).toEqual({ markdown: 'Said.\n', line: 6 });
  });

  it('says where the front matter went wrong and still checks the body', () => {
    expect(messages(slide('---', 'title: T', '--', '## T', '{Nye 1996'))).toEqual([
      'slides/the-puzzle.md:1:1 the front matter is never closed (line 3 reads "--": write exactly "---" there)',
    ]);
    const broken = parse(slide('---', 'title: [T', '---', '![](x.svg)'));
    expect(broken.value?.title).toBe('the-puzzle');
    expect(broken.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^front matter is not valid YAML/), 'image "x.svg" has no alt text']);
  });

  it('suggests the key or value meant', () => {
    expect(messages(slide('---', 'title: T', 'layot: quotes', 'transition: fades', '---', 'x'))).toEqual([
      'slides/the-puzzle.md:3:1 unknown front-matter key "layot" (did you mean "layout"?)',
      'slides/the-puzzle.md:4:13 unknown transition "fades" (did you mean "fade"?)',
    ]);
  });

  it('reports notes-separator slips, a second separator and empty notes', () => {
    expect(messages(slide('---', 'title: T', '---', 'x', 'notes:', 'a'))).toEqual([
      'slides/the-puzzle.md:5:1 "notes:" is not the notes separator, so the notes after it would show on the slide (write "Notes:" alone on its own line, then the notes below it)',
    ]);
    expect(messages(slide('---', 'title: T', '---', 'x', 'Notes:', 'a', 'Notes:', 'b'))).toEqual([
      'slides/the-puzzle.md:7:1 a second "Notes:" line (a slide has one notes section: merge the two)',
    ]);
    expect(messages(slide('---', 'title: T', '---', 'x', 'Notes:', ''))).toEqual([
      'slides/the-puzzle.md:5:1 the "Notes:" line is followed by no notes (write what you will say, or remove the "Notes:" line)',
    ]);
  });

  it('reports a misspelt widget fence and an unclosed citation', () => {
    expect(messages(slide('---', 'title: T', '---', '```matirx', 'show: varieties', '```', 'Edge {Nye 1996@27.'))).toEqual([
      'slides/the-puzzle.md:4:4 unknown block kind "matirx": the block would show as code (did you mean ```matrix? Widget blocks: matrix)',
      'slides/the-puzzle.md:7:6 the citation "{Nye 1996@27." is never closed with "}" (write it as {Key year@page} on one line, e.g. {Nye 1996@27})',
    ]);
  });

  it('takes the slug from the file name unless the front matter sets one', () => {
    expect(parse(slide('---', 'title: Varieties of production', '---', 'x'), 'slides/varieties.md').value!.slug).toBe('varieties');
    expect(parse(slide('---', 'title: T', 'slug: other', '---', 'x'), 'slides/varieties.md').value!.slug).toBe('other');
  });

  it('returns no slide for an empty file, and says so', () => {
    const { value, problems } = parse('\n  \n');
    expect(value).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual(['the slide file is empty']);
  });
});

describe('resolveFrom', () => {
  it('resolves relative paths without touching the disk', () => {
    expect(resolveFrom('slides/03-the-book.md', '../assets/art/book-cover.svg')).toBe('assets/art/book-cover.svg');
    expect(resolveFrom('slides/03-the-book.md', './x/../y.svg')).toBe('slides/y.svg');
  });
});
