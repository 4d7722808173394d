/**
 * Setting an observed row against an ideal type (slide 8): per characteristic, does the
 * observation meet what the ideal type requires? Pure and small: the loader renders the
 * slide's first comparison with it and the browser widget every later one.
 */
import type { Mark } from './model.ts';

/** How an observed cell fares against the ideal type's cell in the same column. */
export type Fit = 'met' | 'partly' | 'missing' | 'not-required';

/** One fit per column. */
export function compareMarks(ideal: readonly Mark[], observed: readonly Mark[]): Fit[] {
  return ideal.map((required, index) => {
    if (required === 'none') return 'not-required';
    const mark = observed[index] ?? 'none';
    return mark === 'full' ? 'met' : mark === 'partial' ? 'partly' : 'missing';
  });
}

/** Words as a list in prose: `distributiveness and openness`, `a, b and c`. */
export function listOf(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * The comparison as one sentence the audience can read and a screen reader announces:
 * `Internet security communities against commons-based peer production: socialness as
 * required; distributiveness and openness only partly.`
 */
export function comparisonSentence(observed: string, ideal: string, columns: readonly string[], fits: readonly Fit[]): string {
  const named = (fit: Fit) => listOf(columns.filter((_, index) => fits[index] === fit).map((name) => name.toLowerCase()));
  const parts = [
    named('met') && `${named('met')} as required`,
    named('partly') && `${named('partly')} only partly`,
    named('missing') && `${named('missing')} missing`,
  ].filter(Boolean);
  return `${observed} against ${ideal.toLowerCase()}: ${parts.length > 0 ? parts.join('; ') : 'nothing required'}.`;
}

/** A row as the comparison needs it. */
export interface ComparedRow {
  name: string;
  marks: readonly Mark[];
}

/**
 * What the line under the table says: one sentence per observed row against the selected
 * variety, or, with none selected, how to choose one.
 */
export function comparisonText(observed: readonly ComparedRow[], ideal: ComparedRow | undefined, columns: readonly string[]): string {
  if (!ideal) return `Select a variety to set ${listOf(observed.map((row) => row.name))} against it.`;
  return observed.map((row) => comparisonSentence(row.name, ideal.name, columns, compareMarks(ideal.marks, row.marks))).join(' ');
}
