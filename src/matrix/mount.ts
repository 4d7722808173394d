/**
 * The live production matrix, browser side. The loader rendered a complete static table; this
 * makes it answer the presenter: a characteristic's header shows its criteria, a variety's
 * header highlights its marks and, on slide 8, sets the observed rows against it. Rows come
 * with the clicker through reveal.js fragments, which need nothing here.
 *
 * State (the open column, the selected row) lives in this instance, not in the DOM, and the DOM
 * is drawn from it, so it survives leaving and returning to the slide. No global state: every
 * placed matrix gets its own instance.
 */
import type { BrowserWidget, MountedWidget } from '../widgets/mount.ts';
import { compareMarks, comparisonText } from './compare.ts';
import { MATRIX_DOM, type MatrixWidgetData } from './model.ts';

/** What the presenter has selected. */
interface MatrixState {
  /** The characteristic whose criteria are shown. */
  column?: string;
  /** The variety whose marks are highlighted (and, on slide 8, compared). */
  row?: string;
}

/**
 * A mounted matrix: `update` keeps the selection when it still exists; `destroy` removes the
 * buttons and listeners, leaving the static table as rendered.
 */
export type MountedMatrix = MountedWidget<MatrixWidgetData>;

/** The matrix for the generic widget mount (src/widgets/mounts.ts lists it). */
export const matrixMount: BrowserWidget<MatrixWidgetData> = { dataAttribute: MATRIX_DOM.dataAttribute, mount: mountMatrix };

/** Keys a focused button of the table answers; reveal.js must not also act on them. */
const ACTIVATION_KEYS = new Set(['Enter', ' ']);

/** Makes the static matrix under `figure` interactive. */
export function mountMatrix(figure: HTMLElement, data: MatrixWidgetData): MountedMatrix {
  let current = data;
  const initial = (): MatrixState => ({ row: current.compare });
  let state = initial();
  const isInitial = () => state.column === undefined && state.row === current.compare;

  const columnButtons = [...figure.querySelectorAll<HTMLTableCellElement>('thead th[data-column]')].map((header) => {
    const panel = figure.querySelector<HTMLElement>(`.${MATRIX_DOM.criteria}[${MATRIX_DOM.column}="${header.getAttribute(MATRIX_DOM.column)}"]`);
    return wrapInButton(header, { 'aria-expanded': 'false', 'aria-controls': panel?.id ?? '' });
  });
  const rowButtons = current.rows
    .filter((row) => !row.observed)
    .flatMap((row) => {
      const header = figure.querySelector<HTMLElement>(`tbody tr[${MATRIX_DOM.row}="${row.id}"] > th`);
      return header ? [wrapInButton(header, { 'aria-pressed': 'false' })] : [];
    });
  // A figure can come back with its buttons already in place (see wrapInButton): reuse them.
  const reset = figure.querySelector<HTMLButtonElement>(':scope > button.matrix-reset') ?? document.createElement('button');
  reset.type = 'button';
  reset.className = 'matrix-reset';
  reset.textContent = 'Reset table';
  figure.append(reset);

  const draw = () => {
    for (const button of columnButtons) {
      const id = columnOf(button);
      const open = id === state.column;
      button.setAttribute('aria-expanded', String(open));
      figure.querySelectorAll(`[${MATRIX_DOM.column}="${id}"]`).forEach((element) => element.classList.toggle(MATRIX_DOM.expanded, open));
      const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !open;
    }
    for (const button of rowButtons) {
      const id = button.closest('tr')!.getAttribute(MATRIX_DOM.row);
      button.setAttribute('aria-pressed', String(id === state.row));
      button.closest('tr')!.classList.toggle(MATRIX_DOM.selected, id === state.row);
    }
    drawComparison(figure, current, state.row);
    reset.hidden = isInitial();
  };

  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element).closest('button');
    if (!button || !figure.contains(button)) return;
    if (button === reset) resetState(columnButtons[0]);
    else if (columnButtons.includes(button)) state = { ...state, column: toggled(state.column, columnOf(button)) };
    else if (rowButtons.includes(button)) state = { ...state, row: toggled(state.row, button.closest('tr')!.getAttribute(MATRIX_DOM.row) ?? undefined) };
    draw();
  };

  const onKeydown = (event: KeyboardEvent) => {
    if (!(event.target as Element).closest('button')) return;
    // In reveal.js's overview the keys are the overview's (Escape closes it, Enter picks a
    // slide), even when a table button kept the focus from before it opened.
    if (figure.closest('.reveal.overview')) return;
    // The button's own click does the work; without this reveal.js would also go to the next slide on Space.
    if (ACTIVATION_KEYS.has(event.key)) event.stopPropagation();
    // Escape resets the table; with nothing to reset it is left to reveal.js (the overview).
    if (event.key === 'Escape' && !isInitial()) {
      event.stopPropagation();
      event.preventDefault();
      resetState(event.target === reset ? columnButtons[0] : undefined);
      draw();
    }
  };

  /** Back to the slide's first state; the reset button hides, so focus moves to `focus`. */
  const resetState = (focus: HTMLElement | undefined) => {
    state = initial();
    focus?.focus();
  };

  figure.addEventListener('click', onClick);
  figure.addEventListener('keydown', onKeydown);
  draw();

  return {
    update(next) {
      current = next;
      if (state.row && !next.rows.some((row) => row.id === state.row)) state = initial();
      draw();
    },
    destroy() {
      figure.removeEventListener('click', onClick);
      figure.removeEventListener('keydown', onKeydown);
      state = initial();
      draw();
      reset.remove();
      for (const button of [...columnButtons, ...rowButtons]) button.replaceWith(...button.childNodes);
    },
  };
}

/** Puts a header's content inside a `<button>`, so it is focusable and speaks its state. */
function wrapInButton(header: HTMLElement, state: Record<string, string>): HTMLButtonElement {
  // reveal.js's scroll view ends by putting back the slides' HTML as it was, buttons included
  // but without their listeners; the widget then mounts again on that HTML.
  const mounted = header.querySelector<HTMLButtonElement>(':scope > button.matrix-toggle');
  if (mounted) return mounted;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'matrix-toggle';
  for (const [name, value] of Object.entries(state)) button.setAttribute(name, value);
  button.append(...header.childNodes);
  header.append(button);
  return button;
}

function columnOf(button: HTMLElement): string | undefined {
  return button.closest('th')?.getAttribute(MATRIX_DOM.column) ?? undefined;
}

/** Selecting what is selected unselects it. */
function toggled(current: string | undefined, chosen: string | undefined): string | undefined {
  return current === chosen ? undefined : chosen;
}

/** Slide 8: each observed cell's fit against the selected variety, and the sentence saying it. */
function drawComparison(figure: HTMLElement, data: MatrixWidgetData, selected: string | undefined): void {
  const line = figure.querySelector(`.${MATRIX_DOM.comparison}`);
  if (!line) return;
  const ideal = data.rows.find((row) => row.id === selected && !row.observed);
  const observed = data.rows.filter((row) => row.observed);
  for (const row of observed) {
    const fits = ideal ? compareMarks(ideal.marks, row.marks) : [];
    data.columns.forEach((column, index) => {
      const cell = figure.querySelector(`tr[${MATRIX_DOM.row}="${row.id}"] > td[${MATRIX_DOM.column}="${column.id}"]`);
      const fit = fits[index];
      if (fit) cell?.setAttribute(MATRIX_DOM.fit, fit);
      else cell?.removeAttribute(MATRIX_DOM.fit);
    });
  }
  const text = comparisonText(observed, ideal, data.columns.map((column) => column.name));
  if (line.textContent !== text) line.textContent = text;
}
