import { readFileSync } from 'node:fs';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseProductionMatrix } from './data.ts';
import type { MatrixBlock, MatrixWidgetData } from './model.ts';
import { defaultCaption, renderMatrix } from './render.ts';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode;

const matrix = parseProductionMatrix('slides/production-matrix.yaml', readFileSync('slides/production-matrix.yaml', 'utf8')).value!;
const block = (options: Partial<MatrixBlock> & Pick<MatrixBlock, 'show'>): MatrixBlock => ({ reveal: 'none', ...options });

/** The rendered HTML as a tree, read back the way a browser would, so tests ask about elements, not strings. */
function render(options: Partial<MatrixBlock> & Pick<MatrixBlock, 'show'>): Element {
  return parseFragment(renderMatrix(matrix, block(options), 'm')).childNodes.find((node): node is Element => 'tagName' in node)!;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
function all(root: Element, test: (element: Element) => boolean): Element[] {
  return root.childNodes.filter(isElement).flatMap((child) => [...(test(child) ? [child] : []), ...all(child, test)]);
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const byTag = (root: Element, tag: string) => all(root, (element) => element.tagName === tag);
const classed = (root: Element, name: string) => all(root, (element) => (attr(element, 'class') ?? '').split(' ').includes(name));
/** Text as a screen reader gets it: everything but what is aria-hidden. */
function spoken(node: Node): string {
  if (!isElement(node)) return 'value' in node ? node.value : '';
  if (attr(node, 'aria-hidden') === 'true') return '';
  return node.childNodes.map(spoken).join('');
}
const rowOf = (root: Element, id: string) => byTag(root, 'tr').find((row) => attr(row, 'data-row') === id)!;

describe('renderMatrix: slide 6, the varieties', () => {
  const figure = render({ show: 'varieties', reveal: 'rows' });

  it('is a real table with a caption', () => {
    const [table] = byTag(figure, 'table');
    expect(table).toBeDefined();
    expect(spoken(byTag(table!, 'caption')[0]!)).toBe(defaultCaption(matrix, block({ show: 'varieties' })));
    expect(spoken(byTag(table!, 'caption')[0]!)).toBe('4 varieties of social production and which of the characteristics distributiveness, openness and socialness each one has');
  });

  it('scopes the column headers to columns and the row headers to rows', () => {
    const headers = byTag(figure, 'th');
    expect(headers.filter((th) => attr(th, 'scope') === 'col').map(spoken)).toEqual(['Distributiveness', 'Openness', 'Socialness']);
    expect(headers.filter((th) => attr(th, 'scope') === 'row').map(spoken)).toEqual(['Social production', 'Peer production', 'Commons-based peer production', 'Social crowdsourcing']);
    expect(headers.every((th) => attr(th, 'scope'))).toBe(true);
  });

  it('draws ★ where a variety has a characteristic and says so in words', () => {
    const cells = byTag(rowOf(figure, 'peer-production'), 'td');
    expect(cells.map(spoken)).toEqual(['yes', 'no', 'yes']);
    expect(cells.map((cell) => classed(cell, 'matrix-mark').length)).toEqual([1, 0, 1]);
    // The star is drawn for the eye only (an empty element the theme paints); the word is what is read.
    expect(classed(figure, 'matrix-mark').every((mark) => mark.childNodes.length === 0)).toBe(true);
  });

  it('makes every row a fragment, in table order', () => {
    const rows = byTag(byTag(figure, 'tbody')[0]!, 'tr');
    expect(rows.map((row) => [attr(row, 'class'), attr(row, 'data-fragment-index')])).toEqual([
      ['fragment', '0'],
      ['fragment', '1'],
      ['fragment', '2'],
      ['fragment', '3'],
    ]);
    expect(byTag(byTag(figure, 'thead')[0]!, 'tr').some((row) => attr(row, 'class')?.includes('fragment'))).toBe(false);
  });

  it('has no fragments when the block reveals nothing', () => {
    expect(classed(render({ show: 'varieties' }), 'fragment')).toEqual([]);
  });

  it("has each characteristic's criteria, hidden until asked for and labelled by its name", () => {
    const panels = classed(figure, 'matrix-criteria');
    expect(panels.map((panel) => [attr(panel, 'role'), attr(panel, 'hidden')])).toEqual([
      ['region', ''],
      ['region', ''],
      ['region', ''],
    ]);
    const openness = panels[1]!;
    const title = all(figure, (element) => attr(element, 'id') === attr(openness, 'aria-labelledby'))[0]!;
    expect(spoken(title)).toBe('Openness: criteria');
    expect(byTag(openness, 'li').map(spoken)).toEqual(matrix.columns[1]!.criteria);
  });

  it('ships what the browser widget needs as JSON', () => {
    const data = JSON.parse(attr(figure, 'data-matrix')!) as MatrixWidgetData;
    expect(data.view).toBe('varieties');
    expect(data.rows.map((row) => row.id)).toEqual(['social-production', 'peer-production', 'commons-based-peer-production', 'social-crowdsourcing']);
    expect(data.rows.every((row) => !row.observed)).toBe(true);
  });

  it('escapes text from the data file', () => {
    const name = `A <b>bold</b> & "quoted" row's name`;
    const tricky = { ...matrix, varieties: [{ ...matrix.varieties[0]!, name }] };
    const html = renderMatrix(tricky, block({ show: 'varieties' }), 'm');
    expect(html).toContain('A &#60;b&#62;bold&#60;/b&#62; &#38; &#34;quoted&#34; row&#39;s name');
    expect(html).not.toContain('<b>');
    // The widget's JSON (in single quotes) reads back as written, apostrophe and all.
    const figure = parseFragment(html).childNodes.find((node): node is Element => 'tagName' in node)!;
    expect((JSON.parse(attr(figure, 'data-matrix')!) as MatrixWidgetData).rows[0]!.name).toBe(name);
  });
});

describe('renderMatrix: slide 7, the characteristics', () => {
  const figure = render({ show: 'characteristics', reveal: 'rows' });

  it('lists each characteristic with its criteria from the same data', () => {
    expect(byTag(figure, 'th').filter((th) => attr(th, 'scope') === 'col').map(spoken)).toEqual(['Characteristic', 'Criteria']);
    const rows = byTag(byTag(figure, 'tbody')[0]!, 'tr');
    expect(rows.map((row) => spoken(byTag(row, 'th')[0]!))).toEqual(['Distributiveness', 'Openness', 'Socialness']);
    expect(rows.map((row) => byTag(row, 'li').map(spoken))).toEqual(matrix.columns.map((column) => column.criteria));
    expect(rows.map((row) => attr(row, 'data-fragment-index'))).toEqual(['0', '1', '2']);
  });

  it('has a caption and nothing for the browser to make live', () => {
    expect(spoken(byTag(figure, 'caption')[0]!)).toMatch(/^The criteria behind each characteristic/);
    expect(attr(figure, 'data-matrix')).toBeUndefined();
  });

  it('takes the caption the block gives', () => {
    expect(spoken(byTag(render({ show: 'characteristics', caption: 'What the words mean' }), 'caption')[0]!)).toBe('What the words mean');
  });
});

describe('renderMatrix: slide 8, the observations', () => {
  const figure = render({ show: 'observations', reveal: 'observed', compare: 'commons-based-peer-production' });
  const observed = () => rowOf(figure, 'internet-security-communities');

  it('puts the observed row under the ideal types, marked as observed', () => {
    expect(byTag(figure, 'tbody')).toHaveLength(2);
    expect(spoken(byTag(observed(), 'th')[0]!)).toBe('Internet security communities, as observed');
  });

  it('tells partial from full marks in visible text and in what is read', () => {
    const cells = byTag(observed(), 'td');
    const words = cells.map((cell) => spoken(classed(cell, 'matrix-word')[0]!));
    expect(words).toEqual(['partly', 'partly', 'yes']);
    expect(cells.map(spoken)).toEqual([
      'partly: Hybrid of decentrality and distributiveness',
      'partly: Gated openness, in practice and idea; club characteristics',
      'yes: Strong elements of socialness',
    ]);
    // And in shape: each cell has one mark, whose star the theme draws by the cell's data-mark
    // (src/theme/marks.css; e2e/matrix/comparison.spec.ts looks at the pixels).
    expect(cells.map((cell) => [attr(cell, 'data-mark'), classed(cell, 'matrix-mark').length])).toEqual([
      ['partial', 1],
      ['partial', 1],
      ['full', 1],
    ]);
  });

  it('reveals only the observed row and the sentence with it, in one step', () => {
    expect(classed(figure, 'fragment').map((element) => [element.tagName, attr(element, 'data-fragment-index')])).toEqual([
      ['tr', '0'],
      ['p', '0'],
    ]);
  });

  it('sets the observed row against the variety the block names, already in the HTML', () => {
    expect(attr(rowOf(figure, 'commons-based-peer-production'), 'class')).toContain('is-selected');
    expect(byTag(observed(), 'td').map((cell) => attr(cell, 'data-fit'))).toEqual(['partly', 'partly', 'met']);
    const line = classed(figure, 'matrix-comparison')[0]!;
    expect(attr(line, 'role')).toBe('status');
    expect(spoken(line)).toBe('Internet security communities against commons-based peer production: socialness as required; distributiveness and openness only partly.');
  });

  it('says how to choose a variety when the block names none', () => {
    const plain = render({ show: 'observations' });
    expect(spoken(classed(plain, 'matrix-comparison')[0]!)).toBe('Select a variety to set Internet security communities against it.');
    expect(byTag(rowOf(plain, 'internet-security-communities'), 'td').map((cell) => attr(cell, 'data-fit'))).toEqual([undefined, undefined, undefined]);
  });

  it('reveals the ideal types first and then the observed row with "reveal: rows"', () => {
    const rows = byTag(render({ show: 'observations', reveal: 'rows' }), 'tr').filter((row) => attr(row, 'data-row'));
    expect(rows.map((row) => attr(row, 'data-fragment-index'))).toEqual(['0', '1', '2', '3', '4']);
  });
});
