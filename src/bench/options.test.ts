import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseOptions } from './options.ts';

describe('parseOptions', () => {
  it("defaults to the issue's run counts", () => {
    expect(parseOptions([])).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS.runs).toBeGreaterThanOrEqual(9);
  });

  it('reads counts written either way', () => {
    expect(parseOptions(['--runs', '11', '--build-runs=3', '--slides', '50'])).toMatchObject({ runs: 11, buildRuns: 3, slides: 50 });
  });

  it('lets explicit counts win over --quick, wherever they stand', () => {
    expect(parseOptions(['--runs', '5', '--quick'])).toMatchObject({ runs: 5, buildRuns: 2, exportRuns: 1 });
  });

  it('refuses counts that are not whole numbers of at least 1', () => {
    expect(() => parseOptions(['--runs', '0'])).toThrow(/--runs needs a whole number of at least 1, not "0"/);
    expect(() => parseOptions(['--runs', 'many'])).toThrow(/not "many"/);
    expect(() => parseOptions(['--runs'])).toThrow(/--runs/);
  });

  it('asks for the usage with --help or -h', () => {
    expect([parseOptions(['--help']), parseOptions(['-h'])]).toEqual([undefined, undefined]);
  });

  it('names an unknown option', () => {
    expect(() => parseOptions(['--fast'])).toThrow(/--fast/);
  });
});
