import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kindOf, measureBytes, ratio, ratioRange, summarize, takeTurns, timed } from './stats.ts';

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

describe('ratioRange', () => {
  // Nine loads each, as the bench takes them: ours around 240 ms, the reference around 200 ms.
  const steady = summarize([238, 240, 242, 239, 241, 240, 243, 237, 240]);
  const reference = summarize([199, 201, 200, 198, 202, 200, 201, 199, 200]);
  const noisy = summarize([180, 300, 236, 262, 205, 240, 320, 214, 251]);

  it('holds the ratio of the medians, and is narrow when the runs agree', () => {
    const [low, high] = ratioRange(steady, reference)!;
    expect(low).toBeLessThanOrEqual(ratio(steady, reference)!);
    expect(high).toBeGreaterThanOrEqual(ratio(steady, reference)!);
    expect(high - low).toBeLessThan(0.03);
  });

  it('widens with the spread of the runs, so a ratio near its limit shows as undecided', () => {
    const [low, high] = ratioRange(noisy, reference)!;
    expect(ratio(noisy, reference)).toBeCloseTo(1.2, 2);
    expect(high - low).toBeGreaterThan(0.15);
    expect(low).toBeLessThan(1.15);
    expect(high).toBeGreaterThan(1.25);
  });

  it('gives the same range for the same runs', () => {
    expect(ratioRange(noisy, reference)).toEqual(ratioRange(noisy, reference));
  });

  it('is undefined below three runs a side, or without a side', () => {
    expect(ratioRange(summarize([1, 2]), reference)).toBeUndefined();
    expect(ratioRange(steady, summarize([5]))).toBeUndefined();
    expect(ratioRange(undefined, reference)).toBeUndefined();
  });
});

describe('takeTurns', () => {
  it('runs a warm-up round first, then lets every measure take its turn in each round, keeping only measured runs', async () => {
    const calls: string[] = [];
    const measure = (key: string) => async (run: number) => (calls.push(`${key}${run}`), run * 10);
    const results = await takeTurns(2, { a: measure('a'), b: measure('b') });
    expect(calls).toEqual(['a-1', 'b-1', 'a0', 'b0', 'a1', 'b1']);
    expect(results).toEqual({ a: { value: [0, 10] }, b: { value: [0, 10] } });
  });

  it('keeps the reason of a measure that fails and leaves it out of later rounds, the others going on', async () => {
    let calls = 0;
    const results = await takeTurns(3, { broken: async () => (calls++, Promise.reject(new Error('no deck\nstack'))), fine: async () => 5 });
    expect(calls).toBe(1);
    expect(results).toEqual({ broken: { error: 'broken failed: no deck' }, fine: { value: [5, 5, 5] } });
  });
});

describe('kindOf', () => {
  it('counts scripts, stylesheets and fonts by extension and everything else as other', () => {
    expect(['a.js', 'b.mjs', 'c.css', 'd.woff2', 'e.WOFF', 'f.svg', 'index.html', 'g.png'].map(kindOf)).toEqual(['js', 'js', 'css', 'fonts', 'fonts', 'other', 'other', 'other']);
  });
});

describe('measureBytes', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('adds raw and gzip bytes per kind and in total, for every file under a folder', () => {
    mkdirSync(join(folder, 'assets'));
    writeFileSync(join(folder, 'assets', 'a.js'), 'x'.repeat(1000));
    writeFileSync(join(folder, 'b.css'), 'body{}');
    const sizes = measureBytes(folder);
    expect(sizes.js.raw).toBe(1000);
    expect(sizes.js.gzip).toBeLessThan(100);
    expect(sizes.css.raw).toBe(6);
    expect(sizes.fonts).toEqual({ raw: 0, gzip: 0 });
    expect(sizes.total).toEqual({ raw: 1006, gzip: sizes.js.gzip + sizes.css.gzip });
  });
});

describe('timed', () => {
  it('times a fresh process and keeps what it wrote to stderr', async () => {
    const { ms, stderr } = await timed(process.execPath, ['-e', 'console.error("made")'], tmpdir());
    expect(ms).toBeGreaterThan(0);
    expect(stderr).toBe('made\n');
  });

  it('fails with the output of a command that exits non-zero', async () => {
    await expect(timed(process.execPath, ['-e', 'console.error("no deck"); process.exit(3)'], tmpdir())).rejects.toThrow(/failed: no deck/);
  });
});
