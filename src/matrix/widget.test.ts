import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Slide } from '../deck/model.ts';
import { formatProblem } from '../deck/problem.ts';
import { MATRIX_DATA_FILE, matrixSource } from './widget.ts';

const text = readFileSync(MATRIX_DATA_FILE, 'utf8');
const slide = { slug: 'gated-openness' } as Slide;
const block = (...lines: string[]) => ({ kind: 'matrix', text: lines.join('\n'), at: { file: 'slides/08-gated-openness.md', line: 11 } });

describe('matrixSource', () => {
  it('makes a widget from the data file that checks and renders blocks', () => {
    const { value: widget, problems } = matrixSource.create(MATRIX_DATA_FILE, text);
    expect(problems).toEqual([]);
    expect(widget!.check(block('show: observations'))).toEqual([]);
    // The id is unique per placed block: the slide's slug and the block's line.
    expect(widget!.render(block('show: observations'), slide)).toMatch(/^<figure class="matrix" id="matrix-gated-openness-11"/);
  });

  it("passes a block's problems on with their place in the slide file", () => {
    const widget = matrixSource.create(MATRIX_DATA_FILE, text).value!;
    expect(widget.check(block('show: rows')).map(formatProblem)).toEqual(['slides/08-gated-openness.md:11:7 unknown matrix view "rows" (use one of: varieties, characteristics, observations)']);
    expect(() => widget.render(block('show: rows'), slide)).toThrow(/slides\/08-gated-openness\.md:11 matrix block rendered before it was checked/);
  });

  it('makes no widget from bad data, and says why', () => {
    const { value, problems } = matrixSource.create(MATRIX_DATA_FILE, text.replace("marks: [★, '', ★]", "marks: [★, '', ★, ★]"));
    expect(value).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^slides\/production-matrix\.yaml:\d+:12 row "Peer production" has 4 cells but the matrix has 3 columns/)]);
  });
});
