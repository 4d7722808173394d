/**
 * The production matrix as HTML: a real `<table>` with a caption and scoped headers, marks
 * drawn by the theme and spoken as words, rows as reveal.js fragments when the block asks for it.
 * Pure. The HTML is complete without JavaScript (the print view and the PDF show it as it is);
 * the browser widget only adds buttons and toggles the classes named in MATRIX_DOM.
 */
import { attributes, escapeHtml, jsonAttribute } from '../deck/html.ts';
import { compareMarks, comparisonText, listOf } from './compare.ts';
import { markHtml } from './marks.ts';
import {
  MARK_WORDS,
  MATRIX_DOM,
  type Characteristic,
  type MatrixBlock,
  type MatrixWidgetData,
  type Observation,
  type ProductionMatrix,
  type Variety,
} from './model.ts';

/** Renders one placed matrix. `id` must be unique in the deck; it prefixes every id inside. */
export function renderMatrix(matrix: ProductionMatrix, block: MatrixBlock, id: string): string {
  const caption = `<caption><span class="visually-hidden">${escapeHtml(block.caption ?? defaultCaption(matrix, block))}</span></caption>`;
  if (block.show === 'characteristics') {
    const table = `<table class="matrix-table">\n${caption}\n${characteristicsBody(matrix, block)}\n</table>`;
    return `<figure${attributes({ class: 'matrix', id, 'data-view': block.show })}>\n${table}\n</figure>`;
  }
  const data = widgetData(matrix, block);
  const observed = block.show === 'observations' ? matrix.observations : [];
  const compared = matrix.varieties.find((variety) => variety.id === block.compare);
  const head = `<thead><tr><td class="matrix-corner"></td>${matrix.columns.map((column) => columnHeader(column, id)).join('')}</tr></thead>`;
  const varieties = matrix.varieties.map((variety, index) => varietyRow(variety, matrix, block.reveal === 'rows' ? index : undefined, variety === compared));
  const firstObserved = block.reveal === 'rows' ? matrix.varieties.length : 0;
  const observations = observed.map((row, index) =>
    observationRow(row, matrix, block.reveal === 'none' ? undefined : firstObserved + index, compared),
  );
  const body = [`<tbody>\n${varieties.join('\n')}\n</tbody>`, ...(observations.length > 0 ? [`<tbody class="matrix-observed">\n${observations.join('\n')}\n</tbody>`] : [])];
  const table = `<table class="matrix-table">\n${caption}\n${head}\n${body.join('\n')}\n</table>`;
  const panels = matrix.columns.map((column) => criteriaPanel(column, id)).join('\n');
  const lastObserved = block.reveal === 'none' ? undefined : firstObserved + observed.length - 1;
  const comparison = observed.length > 0 ? comparisonLine(observed, compared, matrix, lastObserved) : '';
  const figure = `${attributes({ class: 'matrix', id, 'data-view': block.show })}${jsonAttribute(MATRIX_DOM.dataAttribute, data)}`;
  return `<figure${figure}>\n${table}\n${panels}${comparison ? `\n${comparison}` : ''}\n</figure>`;
}

/** The caption screen readers announce for the table; the slide's heading shows the same idea. */
export function defaultCaption(matrix: ProductionMatrix, block: MatrixBlock): string {
  const characteristics = listOf(matrix.columns.map((column) => column.name.toLowerCase()));
  const varieties = `${matrix.varieties.length} varieties of social production`;
  if (block.show === 'characteristics') return `The criteria behind each characteristic of social production: ${characteristics}`;
  if (block.show === 'varieties') return `${capitalise(varieties)} and which of the characteristics ${characteristics} each one has`;
  return `${listOf(matrix.observations.map((row) => row.name))} as observed, set against the ${varieties}`;
}

/** What the browser widget needs to know; everything else it reads from the HTML. */
export function widgetData(matrix: ProductionMatrix, block: MatrixBlock): MatrixWidgetData {
  const observed = block.show === 'observations' ? matrix.observations : [];
  return {
    view: block.show,
    columns: matrix.columns.map(({ id, name }) => ({ id, name })),
    rows: [
      ...matrix.varieties.map(({ id, name, marks }) => ({ id, name, observed: false, marks })),
      ...observed.map(({ id, name, marks }) => ({ id, name, observed: true, marks })),
    ],
    compare: block.compare,
  };
}

function columnHeader(column: Characteristic, id: string): string {
  return `<th${attributes({ scope: 'col', [MATRIX_DOM.column]: column.id, id: `${id}-${column.id}` })}>${escapeHtml(column.name)}</th>`;
}

/**
 * A fragment's class and explicit index, so rows come in table order whatever else the slide
 * has; `classes` are added to it.
 */
function fragment(index: number | undefined, ...classes: string[]): Record<string, string | number | undefined> {
  const names = [index === undefined ? '' : 'fragment', ...classes].filter(Boolean).join(' ');
  return { class: names || undefined, 'data-fragment-index': index };
}

function varietyRow(variety: Variety, matrix: ProductionMatrix, fragmentIndex: number | undefined, selected: boolean): string {
  const row = attributes({ ...fragment(fragmentIndex, selected ? MATRIX_DOM.selected : ''), [MATRIX_DOM.row]: variety.id });
  const cells = variety.marks.map((mark, index) => {
    const cell = attributes({ [MATRIX_DOM.column]: matrix.columns[index]!.id, [MATRIX_DOM.mark]: mark });
    return `<td${cell}>${markHtml(mark)}<span class="visually-hidden">${MARK_WORDS[mark]}</span></td>`;
  });
  return `<tr${row}><th scope="row">${escapeHtml(variety.name)}</th>${cells.join('')}</tr>`;
}

function observationRow(row: Observation, matrix: ProductionMatrix, fragmentIndex: number | undefined, compared: Variety | undefined): string {
  const fits = compared ? compareMarks(compared.marks, row.marks) : [];
  const cells = row.marks.map((mark, index) => {
    const cell = attributes({ [MATRIX_DOM.column]: matrix.columns[index]!.id, [MATRIX_DOM.mark]: mark, [MATRIX_DOM.fit]: fits[index] });
    const word = `<span class="matrix-word">${MARK_WORDS[mark]}</span><span class="visually-hidden">: </span>`;
    return `<td${cell}>${markHtml(mark)}${word}<span class="matrix-finding">${escapeHtml(row.findings[index]!)}</span></td>`;
  });
  const label = `${escapeHtml(row.name)}<span class="matrix-observed-label"><span class="visually-hidden">, </span>as observed</span>`;
  return `<tr${attributes({ ...fragment(fragmentIndex), [MATRIX_DOM.row]: row.id })}><th scope="row">${label}</th>${cells.join('')}</tr>`;
}

function criteriaPanel(column: Characteristic, id: string): string {
  const panelId = `${id}-${column.id}-criteria`;
  const panel = attributes({ class: MATRIX_DOM.criteria, id: panelId, [MATRIX_DOM.column]: column.id, role: 'region', 'aria-labelledby': `${panelId}-title`, hidden: true });
  const items = column.criteria.map((criterion) => `<li>${escapeHtml(criterion)}</li>`).join('');
  return `<div${panel}><p class="matrix-criteria-title" id="${panelId}-title">${escapeHtml(column.name)}: criteria</p><ul>${items}</ul></div>`;
}

/** The sentence under the table on slide 8; it comes with the last observed row. */
function comparisonLine(observed: readonly Observation[], compared: Variety | undefined, matrix: ProductionMatrix, fragmentIndex: number | undefined): string {
  const text = comparisonText(observed, compared, matrix.columns.map((column) => column.name));
  const line = attributes({ ...fragment(fragmentIndex, MATRIX_DOM.comparison), role: 'status' });
  return `<p${line}>${escapeHtml(text)}</p>`;
}

function characteristicsBody(matrix: ProductionMatrix, block: MatrixBlock): string {
  const rows = matrix.columns.map((column, index) => {
    const items = column.criteria.map((criterion) => `<li>${escapeHtml(criterion)}</li>`).join('');
    const row = attributes({ ...fragment(block.reveal === 'rows' ? index : undefined), [MATRIX_DOM.row]: column.id });
    return `<tr${row}><th scope="row">${escapeHtml(column.name)}</th><td><ul class="matrix-criteria-list">${items}</ul></td></tr>`;
  });
  return `<thead><tr><th scope="col">Characteristic</th><th scope="col">Criteria</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
