import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../deck/problem.ts';
import { parseMatrixBlock } from './block.ts';
import { parseProductionMatrix } from './data.ts';

const FILE = 'slides/08-gated-openness.md';
const matrix = parseProductionMatrix('slides/production-matrix.yaml', readFileSync('slides/production-matrix.yaml', 'utf8')).value!;

/** A block whose first line inside the fence is line 11 of the slide file. */
const block = (...lines: string[]) => ({ kind: 'matrix', text: lines.join('\n'), at: { file: FILE, line: 11 } });
const parse = (...lines: string[]) => parseMatrixBlock(block(...lines), matrix);
const problemsOf = (...lines: string[]) => parse(...lines).problems.map(formatProblem);

describe('parseMatrixBlock', () => {
  it('reads what to show, the reveal mode and the variety to compare', () => {
    expect(parse('show: observations', 'reveal: observed', 'compare: Commons-based peer production')).toEqual({
      value: { show: 'observations', reveal: 'observed', compare: 'commons-based-peer-production', caption: undefined },
      problems: [],
    });
  });

  it('defaults to no reveal and no comparison', () => {
    expect(parse('show: varieties').value).toEqual({ show: 'varieties', reveal: 'none', compare: undefined, caption: undefined });
  });

  it('accepts a variety by id as well as by name, and a caption', () => {
    expect(parse('show: observations', 'compare: peer-production', 'caption: Where they land').value).toMatchObject({ compare: 'peer-production', caption: 'Where they land' });
  });

  it('reports an unknown key at its line in the slide file', () => {
    expect(problemsOf('show: varieties', 'revael: rows')).toEqual([`${FILE}:12:1 unknown matrix key "revael" (did you mean "reveal"?)`]);
    expect(problemsOf('show: varieties', 'colour: red')).toEqual([`${FILE}:12:1 unknown matrix key "colour" (the keys are: show, reveal, compare, caption)`]);
  });

  it('reports a misspelt "show" once, not again as missing', () => {
    expect(problemsOf('shwo: varieties')).toEqual([`${FILE}:11:1 unknown matrix key "shwo" (did you mean "show"?)`]);
  });

  it('reports bad values at the value', () => {
    expect(problemsOf('show: varietes')).toEqual([`${FILE}:11:7 unknown matrix view "varietes" (did you mean "varieties"?)`]);
    expect(problemsOf('show: varieties', 'reveal: sometimes')).toEqual([`${FILE}:12:9 unknown reveal mode "sometimes" (use one of: none, rows, observed)`]);
    expect(problemsOf('show: observations', 'compare: Peer prodution')).toEqual([`${FILE}:12:10 unknown variety "Peer prodution" (did you mean "Peer production"?)`]);
  });

  it('reports a key without a value', () => {
    expect(problemsOf('show:')).toEqual([`${FILE}:11:6 matrix key "show" has no value (show: varieties | characteristics | observations)`]);
  });

  it('needs "show"', () => {
    const needsShow = `${FILE}:11:1 a matrix block needs "show: …"`;
    expect(problemsOf('')).toEqual([`${needsShow} (e.g. "show: varieties"; views: varieties, characteristics, observations)`]);
    expect(problemsOf('reveal: rows')).toEqual([`${needsShow} (views: varieties, characteristics, observations)`]);
  });

  it('reports options that only make sense on the observations', () => {
    expect(problemsOf('show: varieties', 'compare: Peer production')).toEqual([`${FILE}:12:10 "compare" needs "show: observations" (remove "compare", or show the observations)`]);
    expect(problemsOf('show: characteristics', 'reveal: observed')).toEqual([`${FILE}:12:9 "reveal: observed" needs "show: observations" (use "reveal: rows" to reveal every row)`]);
  });

  it('reports malformed YAML at its line', () => {
    const problems = problemsOf('show: varieties', 'reveal: [rows');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^slides\/08-gated-openness\.md:1[23]:\d+ not valid YAML: .* \(write one "key: value" a line, e\.g\. "show: varieties"\)$/);
  });

  it('reports every problem of a block, not only the first', () => {
    expect(problemsOf('show: varietes', 'reveal: sometimes', 'size: big')).toHaveLength(3);
  });
});
