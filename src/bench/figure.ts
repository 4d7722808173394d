/**
 * One line of the benchmark's result: what was measured, its runs, how it compares with a
 * reference point, and whether it meets the target the issue set. Pure data, printed by
 * table.ts and written as JSON by main.ts.
 */
import { ratio, type Summary } from './measure.ts';

/** Units the bench reports in; kB is 1000 bytes, as Vite prints it. */
export type Unit = 'ms' | 's' | 'kB' | 'slides';

/** A limit from the issue, for a ratio (`0.6×`) or an absolute figure (`45 kB`). */
export type Target =
  /** The figure's own median is at most `atMost` (`45 kB`). */
  | { atMost: number; on: 'median' }
  /** The ratio to the named reference is at most `atMost` (`0.6×` of `runtime-md`). */
  | { atMost: number; on: 'ratio'; against: string };

/** A comparison with a reference point in the same run. */
export interface Comparison {
  /** Short name of the reference (`floor`, `runtime-md`, `13 slides`). */
  against: string;
  ratio: number;
}

export interface Figure {
  /** Group heading in the table (`Build`, `First slide`, …). */
  section: string;
  name: string;
  unit: Unit;
  /** Missing when the figure could not be measured; `unavailable` says why. */
  summary?: Summary;
  unavailable?: string;
  comparisons: Comparison[];
  target?: Target;
}

/** Whether a figure meets its target; undefined when there is no target or no figure. */
export function meetsTarget(figure: Figure): boolean | undefined {
  const { target, summary } = figure;
  if (!target || !summary) return undefined;
  const value = target.on === 'median' ? summary.median : figure.comparisons.find((c) => c.against === target.against)?.ratio;
  return value === undefined ? undefined : value <= target.atMost;
}

/** A figure compared with references; comparisons with a missing reference are left out. */
export function measured(
  section: string,
  name: string,
  unit: Unit,
  summary: Summary | undefined,
  references: { against: string; summary: Summary | undefined }[] = [],
  target?: Target,
): Figure {
  const comparisons = references
    .map(({ against, summary: reference }) => ({ against, ratio: ratio(summary, reference) }))
    .filter((c): c is Comparison => c.ratio !== undefined);
  return { section, name, unit, summary, comparisons, ...(target ? { target } : {}) };
}

/** A figure that could not be measured, with the reason in the table. */
export function unavailable(section: string, name: string, unit: Unit, reason: string): Figure {
  return { section, name, unit, unavailable: reason, comparisons: [] };
}
