/**
 * Prints the figures as a plain-text table: one group per section, aligned columns, the
 * reference ratios and the verdict against each target on the figure's own line.
 */
import { meetsTarget, type Figure, type Target, type Unit } from './figure.ts';

const HEADINGS = ['figure', 'median', 'min', 'max', 'unit', 'ratio / target'] as const;
/** Two spaces between columns and before a figure's name under its section. */
const GAP = '  ';

/** A number at a precision that fits its size: 1 234 ms, 56.8 ms, 0.52×. */
export function formatNumber(value: number, unit: Unit | '×'): string {
  if (unit === 'slides') return String(Math.round(value));
  if (unit === '×') return value >= 10 ? value.toFixed(1) : value.toFixed(2);
  if (unit === 's') return value.toFixed(2);
  return Math.abs(value) >= 100 ? String(Math.round(value)) : value.toFixed(1);
}

/** `0.52× runtime-md, 1.9× floor`. */
export function formatComparisons(figure: Figure): string {
  return figure.comparisons.map((c) => `${formatNumber(c.ratio, '×')}× ${c.against}`).join(', ');
}

/** `target ≤ 0.6× runtime-md: met`. */
export function formatTarget(target: Target, unit: Unit, met: boolean | undefined): string {
  const limit = target.on === 'median' ? `${target.atMost} ${unit}` : `${target.atMost}× ${target.against}`;
  const verdict = met === undefined ? 'not measured' : met ? 'met' : 'MISSED';
  return `target ≤ ${limit}: ${verdict}`;
}

/** The cells of one figure's row. Single-run figures (sizes) leave min and max empty. */
export function rowCells(figure: Figure): string[] {
  const name = GAP + figure.name;
  if (!figure.summary) return [name, 'n/a', '', '', figure.unit, figure.unavailable ?? ''];
  const { median, min, max, runs } = figure.summary;
  const spread = runs > 1 ? [formatNumber(min, figure.unit), formatNumber(max, figure.unit)] : ['', ''];
  const notes = [formatComparisons(figure), figure.target ? formatTarget(figure.target, figure.unit, meetsTarget(figure)) : '']
    .filter((note) => note !== '')
    .join('; ');
  return [name, formatNumber(median, figure.unit), ...spread, figure.unit, notes];
}

/** The whole table, sections in the order their first figure appears. */
export function formatTable(figures: readonly Figure[]): string {
  const rows: (string[] | string)[] = [[...HEADINGS]];
  let section: string | undefined;
  for (const figure of figures) {
    if (figure.section !== section) rows.push((section = figure.section));
    rows.push(rowCells(figure));
  }
  const cellRows = rows.filter((row): row is string[] => Array.isArray(row));
  const widths = HEADINGS.map((_, column) => Math.max(...cellRows.map((row) => row[column]!.length)));
  // Names and notes read left to right; numbers line up on their last digit.
  const alignRight = [false, true, true, true, false, false];
  return rows
    .map((row) =>
      typeof row === 'string'
        ? row
        : row
            .map((cell, column) => (alignRight[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
            .join(GAP)
            .trimEnd(),
    )
    .join('\n');
}
