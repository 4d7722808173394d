import { describe, expect, it } from 'vitest';
import { measured, meetsTarget, unavailable } from './figure.ts';
import { summarize } from './measure.ts';
import { formatNumber, formatTable, rowCells } from './table.ts';

describe('formatNumber', () => {
  it('rounds large times to whole numbers and keeps a decimal for small ones', () => {
    expect(formatNumber(1234.4, 'ms')).toBe('1234');
    expect(formatNumber(56.84, 'ms')).toBe('56.8');
    expect(formatNumber(34.296, 'kB')).toBe('34.3');
  });

  it('prints ratios with two decimals below 10', () => {
    expect(formatNumber(0.5234, '×')).toBe('0.52');
    expect(formatNumber(12.34, '×')).toBe('12.3');
  });
});

describe('meetsTarget', () => {
  const ours = summarize([300, 310, 320]);
  const reference = summarize([600, 600, 600]);

  it('compares the ratio to the named reference', () => {
    const fast = measured('First slide', 'ours', 'ms', ours, [{ against: 'runtime-md', summary: reference }], { atMost: 0.6, on: 'ratio', against: 'runtime-md' });
    expect(fast.comparisons).toEqual([{ against: 'runtime-md', ratio: 310 / 600 }]);
    expect(meetsTarget(fast)).toBe(true);
    const slow = measured('First slide', 'ours', 'ms', ours, [{ against: 'runtime-md', summary: summarize([400]) }], { atMost: 0.6, on: 'ratio', against: 'runtime-md' });
    expect(meetsTarget(slow)).toBe(false);
  });

  it('compares the median itself for absolute targets', () => {
    expect(meetsTarget(measured('Bytes', 'JS gzip', 'kB', summarize([46]), [], { atMost: 45, on: 'median' }))).toBe(false);
    expect(meetsTarget(measured('Bytes', 'JS gzip', 'kB', summarize([45]), [], { atMost: 45, on: 'median' }))).toBe(true);
  });

  it('has no verdict without a figure or a reference', () => {
    expect(meetsTarget(measured('First slide', 'ours', 'ms', ours, [{ against: 'runtime-md', summary: undefined }], { atMost: 0.6, on: 'ratio', against: 'runtime-md' }))).toBeUndefined();
    expect(meetsTarget(unavailable('PDF', 'export', 's', 'no src/cli/pdf.ts'))).toBeUndefined();
  });
});

describe('rowCells', () => {
  it('shows median, min, max, the ratios and the verdict', () => {
    const figure = measured('First slide', 'ours', 'ms', summarize([300, 320, 310]), [{ against: 'runtime-md', summary: summarize([620]) }, { against: 'floor', summary: summarize([155]) }], { atMost: 0.6, on: 'ratio', against: 'runtime-md' });
    expect(rowCells(figure)).toEqual(['  ours', '310', '300', '320', 'ms', '0.50× runtime-md, 2.00× floor; target ≤ 0.6× runtime-md: met']);
  });

  it('leaves min and max empty for a figure measured once', () => {
    expect(rowCells(measured('Bytes', 'JS gzip', 'kB', summarize([34.3]), [], { atMost: 45, on: 'median' }))).toEqual(['  JS gzip', '34.3', '', '', 'kB', 'target ≤ 45 kB: met']);
  });

  it('says why a figure is missing', () => {
    expect(rowCells(unavailable('PDF', 'export', 's', 'not available: no src/cli/pdf.ts'))).toEqual(['  export', 'n/a', '', '', 's', 'not available: no src/cli/pdf.ts']);
  });
});

describe('formatTable', () => {
  it('groups figures under their section and aligns the columns', () => {
    const table = formatTable([
      measured('Build', 'vite build', 'ms', summarize([1200, 1100, 1300])),
      measured('Bytes', 'JS gzip', 'kB', summarize([34.3])),
    ]);
    expect(table.split('\n')).toEqual([
      'figure        median   min   max  unit  ratio / target',
      'Build',
      '  vite build    1200  1100  1300  ms',
      'Bytes',
      '  JS gzip       34.3              kB',
    ]);
  });
});
