/**
 * The production matrix: the talk's one table of social production (slides 6 to 8).
 * Its data lives in slides/production-matrix.yaml; slides place it with a ```matrix block.
 * Only types and small constants live here, because the browser widget imports them too.
 */
import type { SourcePosition } from '../deck/problem.ts';

/** How strongly a row has a characteristic. */
export type Mark = 'full' | 'partial' | 'none';

/** The symbol an author writes in the data file for each mark; an empty cell is `''`. */
export const MARK_SYMBOLS: Record<Mark, string> = { full: '★', partial: '◐', none: '' };

/** What a screen reader says for each mark, and the visible word beside a finding. */
export const MARK_WORDS: Record<Mark, string> = { full: 'yes', partial: 'partly', none: 'no' };

/** One column: a characteristic of social production and the criteria behind it (slide 7). */
export interface Characteristic {
  /** Kebab-case id from the name (`openness`), used in ids and in the browser. */
  id: string;
  name: string;
  criteria: string[];
  at: SourcePosition;
}

/** One ideal type of social production (slide 6): a mark per characteristic. */
export interface Variety {
  id: string;
  name: string;
  /** In column order. */
  marks: Mark[];
  at: SourcePosition;
}

/** What the cases showed (slide 8): a mark and the finding behind it, per characteristic. */
export interface Observation extends Variety {
  /** In column order. */
  findings: string[];
}

/** The whole table, checked: every row has one mark per column and every column its criteria. */
export interface ProductionMatrix {
  file: string;
  columns: Characteristic[];
  varieties: Variety[];
  observations: Observation[];
}

/** What a ```matrix block can show. */
export const MATRIX_VIEWS = ['varieties', 'characteristics', 'observations'] as const;
export type MatrixView = (typeof MATRIX_VIEWS)[number];

/** Which rows come in one clicker step at a time: none, every body row, or the observed rows. */
export const REVEAL_MODES = ['none', 'rows', 'observed'] as const;
export type RevealMode = (typeof REVEAL_MODES)[number];

/** A checked ```matrix block: what one slide shows of the table. */
export interface MatrixBlock {
  show: MatrixView;
  reveal: RevealMode;
  /** Observations only: the id of the variety the observed rows are set against at first. */
  compare?: string;
  /** Replaces the generated caption. */
  caption?: string;
}

/** What the browser widget needs, shipped as JSON on the rendered `<figure>`. */
export interface MatrixWidgetData {
  view: MatrixView;
  columns: { id: string; name: string }[];
  rows: { id: string; name: string; observed: boolean; marks: Mark[] }[];
  /** The variety selected when the slide opens and after a reset. */
  compare?: string;
}

/** Class names and attributes the render writes and the widget toggles: one spelling for both. */
export const MATRIX_DOM = {
  /** The `<figure>` holding a placed matrix; its value is the MatrixWidgetData JSON. */
  dataAttribute: 'data-matrix',
  /** On a body `<tr>` and on each cell: the row's id / the cell's column id. */
  row: 'data-row',
  column: 'data-column',
  /** On a cell: its mark. */
  mark: 'data-mark',
  /** On an observed cell: how it fares against the selected variety (see compare.ts). */
  fit: 'data-fit',
  selected: 'is-selected',
  expanded: 'is-expanded',
  comparison: 'matrix-comparison',
  criteria: 'matrix-criteria',
} as const;
