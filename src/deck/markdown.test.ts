import type { Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { parseBibliography } from './bibliography.ts';
import { lexBlock, markdown, type CitationToken, type WidgetToken } from './markdown.ts';
import { parseSlide } from './parse.ts';
import { formatProblem } from './problem.ts';
import { renderSlide, type RenderContext } from './render.ts';

const FILE = 'slides/wealth.md';
const parse = (...lines: string[]) => parseSlide(FILE, lines.join('\n'), { widgetKinds: ['matrix'] });
const HEAD = ['---', 'title: Wealth', '---'];

/** Every token of a kind in the block, in document order, with its file position. */
function placed(markdownText: string, type: string, line = 1) {
  const lexed = lexBlock({ markdown: markdownText, line }, ['matrix']);
  const found: { raw: string; line: number; column: number }[] = [];
  markdown.walkTokens(lexed.tokens, (token: Token) => {
    if (token.type === type) found.push({ raw: token.raw, ...lexed.at(token) });
  });
  return found;
}

describe('the citation extension', () => {
  it('lexes a citation as a token of its own, with key and page', () => {
    const [paragraph] = lexBlock({ markdown: 'Power {Nye 1996@ 27 } rises.', line: 1 }, []).tokens;
    const citation = (paragraph as { tokens: Token[] }).tokens.find((token) => token.type === 'citation') as CitationToken;
    expect(citation).toMatchObject({ raw: '{Nye 1996@ 27 }', closed: true, key: 'Nye1996', locator: '27' });
  });

  it('places citations on the line and column they are written, in a multi-line body', () => {
    expect(placed('## Title\n\nFirst line,\nthen {Nye 1996@27} and\n  - a list {Benkler 2006}\n', 'citation', 10)).toEqual([
      { raw: '{Nye 1996@27}', line: 13, column: 6 },
      { raw: '{Benkler 2006}', line: 14, column: 12 },
    ]);
  });

  it('gives the same positions for a file saved with CRLF line endings', () => {
    const lines = [...HEAD, '', 'Power', 'is {Nye 1996@27}.', 'Notes:', 'See {Benkler 2006}.'];
    const lf = parseSlide(FILE, lines.join('\n')).value!.citations;
    const crlf = parseSlide(FILE, lines.join('\r\n')).value!.citations;
    expect(crlf).toEqual(lf);
    expect(crlf.map((citation) => citation.at)).toEqual([
      { file: FILE, line: 6, column: 4 },
      { file: FILE, line: 8, column: 5 },
    ]);
  });

  it('is no citation inside a code span, a fenced block, an indented block or raw HTML', () => {
    const { value, problems } = parse(...HEAD, 'Code: `{Nye 1996}` and ``a {Nye 1996} b``.', '', '```', '{Nye 1996}', '```', '', '    {Nye 1996}', '', '<div>{Nye 1996}</div>');
    expect(problems).toEqual([]);
    expect(value!.citations).toEqual([]);
  });

  it('finds a citation inside a blockquote, a table cell and a link text', () => {
    const at = placed('> quoted\n> {Nye 1996}\n\n| a | b |\n|---|---|\n| x | {Benkler 2006} |\n\n[see {Nye 1996@3}](#x)\n', 'citation');
    expect(at).toEqual([
      { raw: '{Nye 1996}', line: 2, column: 3 },
      { raw: '{Benkler 2006}', line: 6, column: 7 },
      { raw: '{Nye 1996@3}', line: 8, column: 6 },
    ]);
  });

  it('reports a citation left open at the end of its line, where it starts', () => {
    const { problems, value } = parse(...HEAD, 'Power {Nye 1996@27.', 'and {Benkler 2006}.');
    expect(problems.map(formatProblem)).toEqual([`${FILE}:4:7 the citation "{Nye 1996@27." is never closed with "}" (write it as {Key year@page} on one line, e.g. {Nye 1996@27})`]);
    expect(value!.citations.map((citation) => citation.key)).toEqual(['Benkler2006']);
  });
});

describe('widget fences', () => {
  it('are marked fenced code blocks of a widget kind, found inside a list too', () => {
    const { value, problems } = parse(...HEAD, '- the table:', '', '  ```matrix', '  show: varieties', '  reveal: rows', '  ```', '- after it');
    expect(problems).toEqual([]);
    expect(value!.widgets).toEqual([{ kind: 'matrix', text: 'show: varieties\nreveal: rows', at: { file: FILE, line: 7 } }]);
  });

  it('report a kind a typo away from a widget at its info string, inside a blockquote too', () => {
    const { problems } = parse(...HEAD, '> ```matrx', '> show: varieties', '> ```');
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^slides\/wealth\.md:4:6 unknown block kind "matrx"/)]);
  });

  it('an indented code block places no widget', () => {
    expect(parse(...HEAD, 'Text.', '', '    ```matrix', '    show: varieties', '    ```').value!.widgets).toEqual([]);
  });
});

describe('token positions', () => {
  it('place a picture inside a blockquote, and a fence inside a blockquote is code for the raw-HTML check', () => {
    const { value, problems } = parse(...HEAD, '> “A quote”', '>', '> ![A ship](../assets/ship.svg)', '', '> ```html', '> <script>alert(1)</script>', '> ```');
    expect(problems).toEqual([]);
    expect(value!.assets[0]!.at).toEqual({ file: FILE, line: 6, column: 3 });
  });

  it('place links in list items and nested lists for the URL check', () => {
    const { problems } = parse(...HEAD, '- one', '  - two [x](javascript:alert(1))', '', '  more [y](vbscript:x)');
    expect(problems.map((problem) => `${problem.line}:${problem.column}`)).toEqual(['5:9', '7:8']);
  });
});

describe('the widget extension', () => {
  const widgets = (markdownText: string, kinds = ['matrix']) => {
    const lexed = lexBlock({ markdown: markdownText, line: 10 }, kinds);
    const found: (Pick<WidgetToken, 'kind' | 'text'> & { line: number; column: number })[] = [];
    markdown.walkTokens(lexed.tokens, (token: Token) => {
      if (token.type === 'widget') found.push({ kind: (token as WidgetToken).kind, text: (token as WidgetToken).text, ...lexed.at(token) });
    });
    return found;
  };

  it('lexes a fence whose info word is a widget kind as a widget, with its text and place', () => {
    expect(widgets('Intro\n\n```matrix compact\nshow: varieties\n```\n')).toEqual([{ kind: 'matrix', text: 'show: varieties', line: 12, column: 1 }]);
  });

  it('finds a widget inside a list item and a blockquote, at the column of its fence', () => {
    expect(widgets('- item\n\n  ```matrix\n  show: a\n  ```\n\n> ```matrix\n> show: b\n> ```\n')).toEqual([
      { kind: 'matrix', text: 'show: a', line: 12, column: 3 },
      { kind: 'matrix', text: 'show: b', line: 16, column: 3 },
    ]);
  });

  it('leaves a fence of another info word, or of a kind this lex does not know, as code', () => {
    const block = { markdown: '```yaml\nshow: a\n```\n\n~~~matrix\nshow: b\n~~~\n', line: 1 };
    expect(lexBlock(block, ['matrix']).tokens.filter((token) => token.type !== 'space').map((token) => token.type)).toEqual(['code', 'widget']);
    expect(lexBlock(block, []).tokens.filter((token) => token.type !== 'space').map((token) => token.type)).toEqual(['code', 'code']);
    expect(widgets('    ```matrix\n    show: a\n    ```\n')).toEqual([]);
  });
});

describe('the renderer', () => {
  const bibliography = parseBibliography('slides/references.bib', '@book{Nye1996, author = {Nye, Joseph and Owens, William}, title = {Information Edge}, publisher = {Foreign Affairs}, year = {1996}}').value!;
  const context: RenderContext = { notes: true, bibliography, assetUrl: (path) => `/${path}`, widgets: { matrix: (block) => `<div data-line="${block.at.line}"></div>` } };

  it('renders the tokens the parse lexed, without changing them', () => {
    const slide = parse(...HEAD, '## Wealth {Nye 1996}', '![A ship](../assets/ship.svg)', '```matrix', 'show: varieties', '```', 'Notes:', '```matrix', 'show: varieties', '```').value!;
    const tokens = lexBlock(slide.body, ['matrix']).tokens;
    const before = JSON.stringify(tokens);
    const html = renderSlide(slide, 60, context);
    expect(lexBlock(slide.body, ['matrix']).tokens).toBe(tokens);
    expect(JSON.stringify(tokens)).toBe(before);
    expect(renderSlide(slide, 60, context)).toBe(html);
    expect(html).toContain('<h2>Wealth <cite class="citation">(Nye &amp; Owens, 1996)</cite></h2>');
    expect(html).toContain('<img src="/assets/ship.svg" alt="A ship">');
    expect(html).toContain('<div data-line="7"></div>');
    // A widget fence in the notes is no widget of the slide: it shows as code.
    expect(html).toContain('<aside class="notes"><pre><code class="language-matrix">show: varieties\n</code></pre></aside>');
  });

  it('shows a citation as written when there is no bibliography', () => {
    const slide = parse(...HEAD, 'Power {Nye 1996@27}.').value!;
    expect(renderSlide(slide, 60, { ...context, bibliography: undefined })).toContain('<p>Power {Nye 1996@27}.</p>');
  });
});
