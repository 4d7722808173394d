/**
 * Reads slides/production-matrix.yaml into a checked ProductionMatrix. Pure: text in, model and
 * problems out, each problem at the line and column of the file where the author can fix it.
 */
import { isSeq, isScalar, type Node } from 'yaml';
import { slugify } from '../deck/front-matter.ts';
import type { Outcome } from '../deck/model.ts';
import { problemAt, type Problem } from '../deck/problem.ts';
import { closest, didYouMean } from '../deck/suggest.ts';
import { MARK_SYMBOLS, type Characteristic, type Mark, type Observation, type ProductionMatrix, type Variety } from './model.ts';
import { entriesOf, parseYamlText, textOf, type Entry, type YamlText } from './yaml-text.ts';

const SECTIONS = ['columns', 'varieties', 'observations'] as const;
const COLUMN_KEYS = ['name', 'criteria'] as const;
const VARIETY_KEYS = ['name', 'marks'] as const;
const OBSERVATION_KEYS = ['name', 'marks', 'findings'] as const;

/** Ideal types have a characteristic or not; only observations can have it partly. */
const VARIETY_MARKS: readonly Mark[] = ['full', 'none'];
const OBSERVATION_MARKS: readonly Mark[] = ['full', 'partial', 'none'];
const MARK_HINTS = {
  variety: "use ★, or leave the cell empty with ''",
  observation: "use ★, ◐ for partly, or leave the cell empty with ''",
  /** ◐ is a known symbol, but an ideal type cannot have a characteristic partly. */
  partialVariety: "◐ (partly) is only for observed rows: an ideal type has a characteristic (★) or not ('')",
};

/** Everything one reading collects; the functions below add to it. */
interface Reading {
  yaml: YamlText;
  problems: Problem[];
  /**
   * Per mapping, the known keys its misspelt keys most likely meant. A missing key that was
   * only misspelt is reported once, as the misspelling, not again as missing.
   */
  meant: WeakMap<Node, string[]>;
}

/** Parses and checks the data file. `value` is undefined when any problem was found. */
export function parseProductionMatrix(file: string, text: string): Outcome<ProductionMatrix | undefined> {
  const yaml = parseYamlText(file, text, 1, "check the indentation, and quote an empty cell as ''");
  const reading: Reading = { yaml, problems: [...yaml.problems], meant: new WeakMap() };
  if (yaml.problems.length > 0) return { value: undefined, problems: reading.problems };
  const sections = entriesOf(yaml.root);
  if (!sections) {
    const problem = problemAt(yaml.at(yaml.root), 'the production matrix must be a mapping', `give it the keys ${SECTIONS.join(', ')}`);
    return { value: undefined, problems: [problem] };
  }
  checkKeys(reading, yaml.root!, sections, SECTIONS, 'section');
  const section = (name: (typeof SECTIONS)[number]) => sections.find((entry) => entry.key === name);

  const columns = readColumns(reading, section('columns'));
  const ids = new Map<string, number>();
  const varieties = listOf(reading, section('varieties'), 'varieties', true)
    .map((node) => readRow(reading, node, columns, 'variety', ids))
    .filter((row): row is Variety => row !== undefined);
  const observations = listOf(reading, section('observations'), 'observations', false)
    .map((node) => readRow(reading, node, columns, 'observation', ids))
    .filter((row): row is Observation => row !== undefined);

  const matrix: ProductionMatrix = { file, columns, varieties, observations };
  return { value: reading.problems.length === 0 ? matrix : undefined, problems: reading.problems };
}

/** Flags keys that are not in `known`, with a did-you-mean hint. */
function checkKeys(reading: Reading, mapping: Node, entries: readonly Entry[], known: readonly string[], what: string): void {
  const meant: string[] = [];
  for (const entry of entries) {
    if (known.includes(entry.key)) continue;
    reading.problems.push(problemAt(reading.yaml.at(entry.keyNode), `unknown ${what} "${entry.key}"`, didYouMean(entry.key, known, 'known keys are')));
    const guess = closest(entry.key, known);
    if (guess) meant.push(guess);
  }
  reading.meant.set(mapping, meant);
}

/** True when `key` is missing from `mapping` only because it was misspelt (already reported). */
function misspelt(reading: Reading, mapping: Node, key: string): boolean {
  return reading.meant.get(mapping)?.includes(key) ?? false;
}

/** The items of a section that must be a list; a missing required section is a problem. */
function listOf(reading: Reading, entry: Entry | undefined, name: string, required: boolean): Node[] {
  if (!entry) {
    if (required && !misspelt(reading, reading.yaml.root!, name)) reading.problems.push(problemAt(reading.yaml.at(reading.yaml.root), `the production matrix has no "${name}"`, `add "${name}:" with one "- name: …" entry a row`));
    return [];
  }
  if (isSeq(entry.value)) return entry.value.items as Node[];
  reading.problems.push(problemAt(reading.yaml.at(entry.value ?? entry.keyNode), `"${name}" must be a list`, 'write each entry on a line starting with "- "'));
  return [];
}

function readColumns(reading: Reading, entry: Entry | undefined): Characteristic[] {
  const columns: Characteristic[] = [];
  for (const node of listOf(reading, entry, 'columns', true)) {
    const fields = readFields(reading, node, COLUMN_KEYS, 'column');
    if (!fields) continue;
    const name = textOf(fields.name);
    if (!name) continue;
    const id = slugify(name);
    const first = columns.find((column) => column.id === id);
    if (first) {
      reading.problems.push(problemAt(reading.yaml.at(fields.name), `column "${name}" appears twice`, `the first is at line ${first.at.line}; give each characteristic one entry`));
      continue;
    }
    const criteria = readCriteria(reading, fields.criteria, name, node);
    columns.push({ id, name, criteria, at: reading.yaml.at(node) });
  }
  return columns;
}

function readCriteria(reading: Reading, node: Node | null | undefined, column: string, columnNode: Node): string[] {
  const hint = 'list what the characteristic means under "criteria:", one "- …" line a criterion';
  if (!isSeq(node) || node.items.length === 0) {
    if (!node && misspelt(reading, columnNode, 'criteria')) return [];
    reading.problems.push(problemAt(reading.yaml.at(node ?? columnNode), `column "${column}" has no criteria: a criterion is missing`, hint));
    return [];
  }
  return (node.items as Node[]).flatMap((item, index) => {
    const criterion = textOf(item);
    if (criterion) return [criterion];
    reading.problems.push(problemAt(reading.yaml.at(item), `criterion ${index + 1} of column "${column}" is missing its text`, 'write the criterion, or remove its "-" line'));
    return [];
  });
}

/**
 * A row's mapping as fields by key, after checking its keys and that it has a name.
 * Undefined when the node is not a mapping.
 */
function readFields<K extends string>(reading: Reading, node: Node, keys: readonly K[], what: string): Partial<Record<K, Node | null>> | undefined {
  const entries = entriesOf(node);
  if (!entries) {
    reading.problems.push(problemAt(reading.yaml.at(node), `a ${what} must be a mapping`, `write "- name: …" and then ${keys.slice(1).map((k) => `"${k}: …"`).join(' and ')}`));
    return undefined;
  }
  checkKeys(reading, node, entries, keys, `${what} key`);
  const fields = Object.fromEntries(entries.map((entry) => [entry.key, entry.value])) as Partial<Record<K, Node | null>>;
  if (!textOf(fields['name' as K]) && !misspelt(reading, node, 'name')) reading.problems.push(problemAt(reading.yaml.at(node), `a ${what} has no name`, 'add "name: …" with the words the slide shows'));
  return fields;
}

function readRow(reading: Reading, node: Node, columns: readonly Characteristic[], kind: 'variety', ids: Map<string, number>): Variety | undefined;
function readRow(reading: Reading, node: Node, columns: readonly Characteristic[], kind: 'observation', ids: Map<string, number>): Observation | undefined;
function readRow(reading: Reading, node: Node, columns: readonly Characteristic[], kind: 'variety' | 'observation', ids: Map<string, number>): Variety | Observation | undefined {
  const fields = readFields(reading, node, kind === 'variety' ? VARIETY_KEYS : OBSERVATION_KEYS, kind === 'variety' ? 'variety' : 'observation');
  const name = fields && textOf(fields.name);
  if (!fields || !name) return undefined;
  const at = reading.yaml.at(node);
  const id = slugify(name);
  const first = ids.get(id);
  if (first !== undefined) {
    reading.problems.push(problemAt(reading.yaml.at(fields.name), `duplicate row "${name}"`, `the first is at line ${first}; give each row one entry`));
    return undefined;
  }
  ids.set(id, at.line);
  const marks = readMarks(reading, fields.marks, node, name, columns, kind);
  if (kind === 'variety') return marks && { id, name, marks, at };
  const findings = readFindings(reading, (fields as Record<string, Node | null>).findings, node, name, columns);
  return marks && findings && { id, name, marks, findings, at };
}

function readMarks(reading: Reading, node: Node | null | undefined, rowNode: Node, row: string, columns: readonly Characteristic[], kind: 'variety' | 'observation'): Mark[] | undefined {
  const order = columns.map((column) => column.name).join(', ');
  if (!isSeq(node)) {
    if (!node && misspelt(reading, rowNode, 'marks')) return undefined;
    reading.problems.push(problemAt(reading.yaml.at(node ?? rowNode), `row "${row}" has no marks`, `add "marks: [...]" with one mark per column: ${order}`));
    return undefined;
  }
  const cells = node.items as Node[];
  let valid = true;
  if (columns.length > 0 && cells.length !== columns.length) {
    reading.problems.push(problemAt(reading.yaml.at(node), `row "${row}" has ${cells.length} cell${cells.length === 1 ? '' : 's'} but the matrix has ${columns.length} columns`, `one mark per column, in order: ${order}`));
    valid = false;
  }
  const allowed = kind === 'variety' ? VARIETY_MARKS : OBSERVATION_MARKS;
  const marks = cells.map((cell, index) => {
    const mark = markOf(cell);
    if (mark && allowed.includes(mark)) return mark;
    const written = isScalar(cell) ? JSON.stringify(String(cell.value)) : 'a list or mapping';
    const column = columns[index]?.name;
    const hint = kind === 'variety' && mark === 'partial' ? MARK_HINTS.partialVariety : MARK_HINTS[kind];
    reading.problems.push(problemAt(reading.yaml.at(cell), `unknown mark ${written} in row "${row}"${column ? `, column ${column}` : ''}`, hint));
    valid = false;
    return 'none';
  });
  return valid ? marks : undefined;
}

/** The mark a cell's symbol stands for; an empty cell (`''` or nothing) is `none`. */
function markOf(cell: Node): Mark | undefined {
  if (!isScalar(cell)) return undefined;
  const symbol = cell.value === null ? '' : String(cell.value).trim();
  return (Object.keys(MARK_SYMBOLS) as Mark[]).find((mark) => MARK_SYMBOLS[mark] === symbol);
}

function readFindings(reading: Reading, node: Node | null | undefined, rowNode: Node, row: string, columns: readonly Characteristic[]): string[] | undefined {
  const hint = `add "findings:" with one "<column>: …" line for each of ${columns.map((column) => column.name).join(', ')}`;
  const entries = entriesOf(node);
  if (!entries) {
    if (!node && misspelt(reading, rowNode, 'findings')) return undefined;
    reading.problems.push(problemAt(reading.yaml.at(node ?? rowNode), `observation "${row}" has no findings`, hint));
    return undefined;
  }
  const names = columns.map((column) => column.name);
  let valid = true;
  const meant: string[] = [];
  for (const entry of entries) {
    if (columns.some((column) => column.id === slugify(entry.key))) continue;
    reading.problems.push(problemAt(reading.yaml.at(entry.keyNode), `unknown column "${entry.key}" in the findings of "${row}"`, didYouMean(entry.key, names, 'the columns are')));
    meant.push(closest(entry.key, names) ?? '');
    valid = false;
  }
  const findings = columns.map((column) => {
    const entry = entries.find((candidate) => slugify(candidate.key) === column.id);
    const finding = textOf(entry?.value);
    if (finding) return finding;
    valid = false;
    if (!entry && meant.includes(column.name)) return '';
    reading.problems.push(problemAt(reading.yaml.at(entry?.value ?? entry?.keyNode ?? node), `observation "${row}" has no finding for ${column.name}`, `write what the cases showed: "${column.name}: …"`));
    return '';
  });
  return valid ? findings : undefined;
}
