import { describe, expect, it } from 'vitest';
import { ratio, sample, summarize } from './measure.ts';

describe('summarize', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(summarize([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, runs: 3, samples: [30, 10, 20] });
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('summarises a single run as itself', () => {
    expect(summarize([7])).toMatchObject({ median: 7, min: 7, max: 7, runs: 1 });
  });

  it('refuses no samples and samples that are not numbers', () => {
    expect(() => summarize([])).toThrow(/no samples/);
    expect(() => summarize([1, Number.NaN])).toThrow(/not a number/);
  });
});

describe('ratio', () => {
  it('divides the medians', () => {
    expect(ratio(summarize([1, 2, 3]), summarize([4, 4, 4]))).toBe(0.5);
  });

  it('is undefined when a side is missing or the reference is zero', () => {
    expect(ratio(undefined, summarize([1]))).toBeUndefined();
    expect(ratio(summarize([1]), undefined)).toBeUndefined();
    expect(ratio(summarize([1]), summarize([0]))).toBeUndefined();
  });
});

describe('sample', () => {
  it('runs the warm-up first and keeps only the measured runs', async () => {
    const calls: number[] = [];
    const samples = await sample(3, 1, async (run) => {
      calls.push(run);
      return run * 10;
    });
    expect(calls).toEqual([-1, 0, 1, 2]);
    expect(samples).toEqual([0, 10, 20]);
  });
});
