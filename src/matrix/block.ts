/**
 * The ```matrix block a slide places the table with: YAML inside the fence, every key in one
 * typed table (its values, default and a line of doc), checked against the data so that a
 * misspelt view or row is reported at its line in the slide file.
 */
import { slugify } from '../deck/front-matter.ts';
import type { Outcome, WidgetBlock } from '../deck/model.ts';
import { problemAt, type Problem } from '../deck/problem.ts';
import { didYouMean } from '../deck/suggest.ts';
import { MATRIX_VIEWS, REVEAL_MODES, type MatrixBlock, type ProductionMatrix } from './model.ts';
import { entriesOf, parseYamlText, textOf } from './yaml-text.ts';

/** A key's answer for one raw value: the clean value, or what is wrong and how to fix it. */
type Normalised<T> = { ok: true; value: T } | { ok: false; message: string; hint: string };

interface BlockKey<T> {
  /** The values as the README shows them. */
  type: string;
  doc: string;
  defaultValue: string;
  normalise(raw: string, matrix: ProductionMatrix): Normalised<T>;
}

const ok = <T>(value: T): Normalised<T> => ({ ok: true, value });

function oneOf<T extends string>(values: readonly T[], what: string) {
  return (raw: string): Normalised<T> =>
    (values as readonly string[]).includes(raw)
      ? ok(raw as T)
      : { ok: false, message: `unknown ${what} "${raw}"`, hint: didYouMean(raw, values, 'use one of') };
}

/** Every key a ```matrix block may set. The README's table of the block syntax is this one. */
export const MATRIX_BLOCK_KEYS = {
  show: {
    type: MATRIX_VIEWS.join(' | '),
    doc: 'What to show: the varieties against the characteristics (slide 6), the characteristics with their criteria (slide 7), or the observed rows set against the varieties (slide 8).',
    defaultValue: '(required)',
    normalise: oneOf(MATRIX_VIEWS, 'matrix view'),
  } satisfies BlockKey<MatrixBlock['show']>,
  reveal: {
    type: REVEAL_MODES.join(' | '),
    doc: 'Which rows come one clicker step at a time: none, every row, or only the observed rows.',
    defaultValue: 'none',
    normalise: oneOf(REVEAL_MODES, 'reveal mode'),
  } satisfies BlockKey<MatrixBlock['reveal']>,
  compare: {
    type: 'a variety, by name or id',
    doc: 'With `show: observations`: the variety the observed rows are set against when the slide opens, and again after a reset.',
    defaultValue: 'none',
    normalise: (raw: string, matrix: ProductionMatrix): Normalised<string> => {
      const id = slugify(raw);
      if (matrix.varieties.some((variety) => variety.id === id)) return ok(id);
      const names = matrix.varieties.map((variety) => variety.name);
      return { ok: false, message: `unknown variety "${raw}"`, hint: didYouMean(raw, names, 'the varieties are') };
    },
  } satisfies BlockKey<string>,
  caption: {
    type: 'text',
    doc: "The table's caption, read by screen readers; replaces the one generated for the view.",
    defaultValue: 'generated',
    normalise: (raw: string): Normalised<string> => ok(raw),
  } satisfies BlockKey<string>,
};
type BlockKeyName = keyof typeof MATRIX_BLOCK_KEYS;
const KEY_NAMES = Object.keys(MATRIX_BLOCK_KEYS) as BlockKeyName[];

/** Parses and checks one ```matrix block against the data. */
export function parseMatrixBlock(block: WidgetBlock, matrix: ProductionMatrix): Outcome<MatrixBlock | undefined> {
  const yaml = parseYamlText(block.at.file, block.text, block.at.line, 'write one "key: value" a line, e.g. "show: varieties"');
  if (yaml.problems.length > 0) return { value: undefined, problems: yaml.problems };
  const entries = entriesOf(yaml.root);
  if (!entries)
    return { value: undefined, problems: [problemAt(yaml.at(yaml.root), 'a matrix block needs "show: …"', `e.g. "show: ${MATRIX_VIEWS[0]}"; views: ${MATRIX_VIEWS.join(', ')}`)] };

  const problems: Problem[] = [];
  const values: Partial<Record<BlockKeyName, string>> = {};
  const positions: Partial<Record<BlockKeyName, ReturnType<typeof yaml.at>>> = {};
  for (const entry of entries) {
    if (!(KEY_NAMES as string[]).includes(entry.key)) {
      problems.push(problemAt(yaml.at(entry.keyNode), `unknown matrix key "${entry.key}"`, didYouMean(entry.key, KEY_NAMES, 'the keys are')));
      continue;
    }
    const name = entry.key as BlockKeyName;
    const raw = textOf(entry.value);
    const at = yaml.at(entry.value ?? entry.keyNode);
    positions[name] = at;
    if (raw === undefined) {
      problems.push(problemAt(at, `matrix key "${name}" has no value`, `${name}: ${MATRIX_BLOCK_KEYS[name].type}`));
      continue;
    }
    const normalised = MATRIX_BLOCK_KEYS[name].normalise(raw, matrix);
    if (normalised.ok) values[name] = normalised.value;
    else problems.push(problemAt(at, normalised.message, normalised.hint));
  }

  const show = values.show as MatrixBlock['show'] | undefined;
  // A misspelt key already says what to write; "needs show" on top of it would be its echo.
  const unknownKeys = problems.some((problem) => problem.message.startsWith('unknown matrix key'));
  if (!show && !positions.show && !unknownKeys)
    problems.push(problemAt(yaml.at(yaml.root), 'a matrix block needs "show: …"', `views: ${MATRIX_VIEWS.join(', ')}`));
  if (show && show !== 'observations') {
    if (values.compare && positions.compare) problems.push(problemAt(positions.compare, '"compare" needs "show: observations"', 'remove "compare", or show the observations'));
    if (values.reveal === 'observed' && positions.reveal) problems.push(problemAt(positions.reveal, '"reveal: observed" needs "show: observations"', 'use "reveal: rows" to reveal every row'));
  }
  if (show === 'observations' && matrix.observations.length === 0 && positions.show)
    problems.push(problemAt(positions.show, `${matrix.file} has no observations to show`, 'add "observations:" to the data file'));

  if (problems.length > 0 || !show) return { value: undefined, problems };
  const reveal = (values.reveal as MatrixBlock['reveal'] | undefined) ?? 'none';
  return { value: { show, reveal, compare: values.compare, caption: values.caption }, problems };
}
