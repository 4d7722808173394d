import { describe, expect, it } from 'vitest';
import { largestFitting } from './notes-fit.ts';

/** A stand-in for the panel: notes fit up to `limit` px; counts how often it was measured. */
function panel(limit: number) {
  const measured: number[] = [];
  return { measured, fits: (px: number) => (measured.push(px), px <= limit) };
}

describe('largestFitting', () => {
  it('takes the largest size when the notes fit at it, after one measurement', () => {
    const { measured, fits } = panel(40);
    expect(largestFitting(24, 28, fits)).toBe(28);
    expect(measured).toEqual([28]);
  });

  it('finds the largest size that fits for every limit inside the range', () => {
    for (let limit = 24; limit <= 28; limit++) expect(largestFitting(24, 28, panel(limit).fits), `limit ${limit}`).toBe(limit);
  });

  it('takes the smallest size when the notes fit at none, without measuring it', () => {
    const { measured, fits } = panel(10);
    expect(largestFitting(24, 28, fits)).toBe(24);
    expect(measured).not.toContain(24);
  });

  it('measures a wide range a logarithmic number of times', () => {
    const { measured, fits } = panel(37);
    expect(largestFitting(16, 72, fits)).toBe(37);
    expect(measured.length).toBeLessThanOrEqual(1 + Math.ceil(Math.log2(72 - 16)));
  });

  it('keeps a range of one size', () => {
    expect(largestFitting(30, 30, panel(10).fits)).toBe(30);
  });
});
