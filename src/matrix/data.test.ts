import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../deck/problem.ts';
import { parseProductionMatrix } from './data.ts';

const FILE = 'slides/production-matrix.yaml';

/** A small, valid matrix; each test breaks one line of it. Line numbers are in the comments. */
const VALID = [
  'columns:', //                                   1
  '  - name: Distributiveness', //                 2
  '    criteria: [Distributed network]', //        3
  '  - name: Openness', //                         4
  '    criteria: [Low access restrictions]', //    5
  'varieties:', //                                 6
  '  - name: Peer production', //                  7
  "    marks: [★, '']", //                         8
  '  - name: Commons-based peer production', //    9
  '    marks: [★, ★]', //                          10
  'observations:', //                              11
  '  - name: Security communities', //             12
  '    marks: [◐, ◐]', //                          13
  '    findings:', //                              14
  '      Distributiveness: Hybrid', //             15
  '      Openness: Gated', //                      16
].join('\n');

/** VALID with line `line` (1-based) replaced by `lines`. */
function withLine(line: number, ...lines: string[]): string {
  const all = VALID.split('\n');
  all.splice(line - 1, 1, ...lines);
  return all.join('\n');
}

const problemsOf = (text: string) => parseProductionMatrix(FILE, text).problems.map(formatProblem);

describe('parseProductionMatrix', () => {
  it('reads columns, varieties and observations in file order', () => {
    const { value, problems } = parseProductionMatrix(FILE, VALID);
    expect(problems).toEqual([]);
    expect(value!.columns.map((column) => [column.id, column.criteria])).toEqual([
      ['distributiveness', ['Distributed network']],
      ['openness', ['Low access restrictions']],
    ]);
    expect(value!.varieties.map((row) => [row.id, row.marks])).toEqual([
      ['peer-production', ['full', 'none']],
      ['commons-based-peer-production', ['full', 'full']],
    ]);
    expect(value!.observations[0]).toMatchObject({ name: 'Security communities', marks: ['partial', 'partial'], findings: ['Hybrid', 'Gated'] });
    expect(value!.varieties[0]!.at).toEqual({ file: FILE, line: 7, column: 5 });
  });

  it('reports an unknown mark at its cell, naming row and column', () => {
    expect(problemsOf(withLine(8, "    marks: [★, '**']"))).toEqual([
      `${FILE}:8:16 unknown mark "**" in row "Peer production", column Openness (use ★, or leave the cell empty with '')`,
    ]);
  });

  it('explains that an ideal type cannot have a characteristic partly', () => {
    expect(problemsOf(withLine(10, '    marks: [★, ◐]'))).toEqual([
      `${FILE}:10:16 unknown mark "◐" in row "Commons-based peer production", column Openness (◐ (partly) is only for observed rows: an ideal type has a characteristic (★) or not (''))`,
    ]);
  });

  it('accepts ◐ in an observed row but no other symbol', () => {
    expect(problemsOf(withLine(13, '    marks: [◐, x]'))).toEqual([
      `${FILE}:13:16 unknown mark "x" in row "Security communities", column Openness (use ★, ◐ for partly, or leave the cell empty with '')`,
    ]);
  });

  it('reports a row with the wrong number of cells at its marks', () => {
    expect(problemsOf(withLine(10, '    marks: [★]'))).toEqual([
      `${FILE}:10:12 row "Commons-based peer production" has 1 cell but the matrix has 2 columns (one mark per column, in order: Distributiveness, Openness)`,
    ]);
    expect(problemsOf(withLine(8, "    marks: [★, '', ★]"))[0]).toMatch(/^slides\/production-matrix\.yaml:8:12 row "Peer production" has 3 cells but the matrix has 2 columns/);
  });

  it('reports a row without marks', () => {
    expect(problemsOf(withLine(8))).toEqual([
      `${FILE}:7:5 row "Peer production" has no marks (add "marks: [...]" with one mark per column: Distributiveness, Openness)`,
    ]);
  });

  it('reports an unknown column in the findings, and not again as a missing finding', () => {
    expect(problemsOf(withLine(16, '      Opennes: Gated'))).toEqual([
      `${FILE}:16:7 unknown column "Opennes" in the findings of "Security communities" (did you mean "Openness"?)`,
    ]);
  });

  it('reports a missing finding at the findings', () => {
    expect(problemsOf(withLine(16))).toEqual([
      `${FILE}:15:7 observation "Security communities" has no finding for Openness (write what the cases showed: "Openness: …")`,
    ]);
  });

  it('reports a column whose criteria are missing or empty', () => {
    const hint = '(list what the characteristic means under "criteria:", one "- …" line a criterion)';
    expect(problemsOf(withLine(5))).toEqual([`${FILE}:4:5 column "Openness" has no criteria: a criterion is missing ${hint}`]);
    expect(problemsOf(withLine(5, '    criteria: []'))).toEqual([`${FILE}:5:15 column "Openness" has no criteria: a criterion is missing ${hint}`]);
  });

  it('reports a criterion without text at its line', () => {
    expect(problemsOf(withLine(5, '    criteria:', '      - Low access restrictions', "      - ''"))).toEqual([
      `${FILE}:7:9 criterion 2 of column "Openness" is missing its text (write the criterion, or remove its "-" line)`,
    ]);
  });

  it('reports a duplicate row at its name, pointing to the first', () => {
    expect(problemsOf(withLine(9, '  - name: Peer production'))).toEqual([
      `${FILE}:9:11 duplicate row "Peer production" (the first is at line 7; give each row one entry)`,
    ]);
    // An observation may not reuse a variety's name either: the browser tells rows apart by it.
    expect(problemsOf(withLine(12, '  - name: peer production'))[0]).toBe(`${FILE}:12:11 duplicate row "peer production" (the first is at line 7; give each row one entry)`);
  });

  it('reports a duplicate column', () => {
    expect(problemsOf(withLine(4, '  - name: Distributiveness'))[0]).toBe(
      `${FILE}:4:11 column "Distributiveness" appears twice (the first is at line 2; give each characteristic one entry)`,
    );
  });

  it('reports a misspelt key once, as a misspelling', () => {
    expect(problemsOf(withLine(8, "    mark: [★, '']"))).toEqual([`${FILE}:8:5 unknown variety key "mark" (did you mean "marks"?)`]);
    expect(problemsOf(withLine(6, 'varietes:'))).toEqual([`${FILE}:6:1 unknown section "varietes" (did you mean "varieties"?)`]);
  });

  it('reports malformed YAML once, at the slip', () => {
    const problems = problemsOf(withLine(10, '    marks: [★, ★'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^slides\/production-matrix\.yaml:11:\d+ not valid YAML: .*\(check the indentation, and quote an empty cell as ''\)$/);
  });

  it('has no value when anything is wrong, so no slide renders half-checked data', () => {
    expect(parseProductionMatrix(FILE, withLine(8, "    marks: [★, '**']")).value).toBeUndefined();
  });
});

describe('slides/production-matrix.yaml', () => {
  const { value: matrix, problems } = parseProductionMatrix(FILE, readFileSync(FILE, 'utf8'));
  const marksOf = (rows: readonly { name: string; marks: string[] }[]) => Object.fromEntries(rows.map((row) => [row.name, row.marks.join(' ')]));

  it('is valid', () => expect(problems.map(formatProblem)).toEqual([]));

  it("holds the talk's table: three characteristics, four varieties and the observed row", () => {
    expect(matrix!.columns.map((column) => [column.name, column.criteria.length])).toEqual([
      ['Distributiveness', 2],
      ['Openness', 4],
      ['Socialness', 3],
    ]);
    expect(marksOf(matrix!.varieties)).toEqual({
      'Social production': 'none none full',
      'Peer production': 'full none full',
      'Commons-based peer production': 'full full full',
      'Social crowdsourcing': 'none none full',
    });
    expect(marksOf(matrix!.observations)).toEqual({ 'Internet security communities': 'partial partial full' });
  });
});
