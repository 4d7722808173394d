import { describe, expect, it } from 'vitest';
import { formatNumber, formatTable, formatTargets, loadNote, reportFigures, VARIANT, type Measurements } from './report.ts';
import type { BuildSizes } from './stats.ts';

const bytes = (js: number, css: number): BuildSizes => ({ js: { raw: js * 3, gzip: js }, css: { raw: css * 5, gzip: css }, fonts: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 }, total: { raw: 0, gzip: 0 } });
const loads = (ours: number, floor: number, runtime: number, grown: number) => ({
  [VARIANT.floor]: { firstPaint: [floor], firstSlide: [floor] },
  [VARIANT.styledFloor]: { firstPaint: [ours - 10] },
  [VARIANT.runtimeMarkdown]: { firstSlide: [runtime], revealReady: [runtime] },
  [VARIANT.ours]: { htmlParsed: [ours / 2], firstPaint: [ours], firstSlide: [ours], revealReady: [ours], deckReady: [ours] },
  [VARIANT.grown]: { htmlParsed: [grown], firstSlide: [grown], revealReady: [grown], deckReady: [grown] },
});
const measurements: Measurements = {
  slides: { real: 13, grown: 300 },
  builds: { real: { value: [1000, 1200, 1100] }, grown: { value: [2200] } },
  sizes: { value: { real: bytes(41_000, 21_000), grown: bytes(60_000, 21_000), runtimeMarkdown: bytes(80_000, 0) } },
  loads: [
    { cpuSlowdown: 1, result: { value: loads(120, 100, 200, 150) } },
    { cpuSlowdown: 4, result: { error: 'failed: the page threw' } },
  ],
  hotUpdate: { value: [80, 90, 70] },
  pdf: { slides: { value: [2000] }, handout: { value: [2500] }, marp: { value: [5000] }, decktape: { error: 'DeckTape could not be installed: offline' }, printFloor: { value: [1000] } },
};
const { figures, targets } = reportFigures(measurements);
const verdicts = Object.fromEntries(formatTargets(targets).split('\n').slice(1).map((line) => [line.trim().split(/\s{2,}/)[0], line.trim().split(/\s{2,}/).slice(1).join(' | ')]));

describe('reportFigures', () => {
  it('sets each figure beside the reference points of the same run', () => {
    const ours = figures.find((f) => f.name === 'this deck: reveal.js ready')!;
    expect(ours.note).toBe('0.60× runtime-md');
    expect(figures.find((f) => f.name === 'this deck: first contentful paint')!.note).toBe('1.20× floor, 1.09× styled floor');
    expect(figures.find((f) => f.name === 'slides PDF (npm run pdf)')!.note).toBe('0.40× marp-cli, 2.00× Chromium print');
  });

  it('sets the HTML parse of the grown deck beside that of the real deck, with no target', () => {
    const parsed = (name: string) => figures.find((f) => f.section.startsWith('Page load') && !f.section.includes('CPU') && f.name === `${name}: HTML parsed (DOM interactive)`);
    expect(parsed('this deck')!.summary!.median).toBe(60);
    expect(parsed('grown deck (300 slides)')!.note).toBe('2.50× real deck');
    expect(targets.some((t) => t.name.includes('parsed'))).toBe(false);
  });

  it('gives every target of the issue a line with the measured value, the limit and the verdict', () => {
    expect(verdicts['JS, gzip']).toBe('41.0 kB | ≤ 45.0 kB | met');
    expect(verdicts['CSS, gzip']).toBe('21.0 kB | ≤ 20.0 kB | NOT MET');
    expect(verdicts['first contentful paint, this deck ÷ floor, CPU 1×']).toBe('1.20× | ≤ 1.30× | met');
    expect(verdicts['reveal.js ready, this deck ÷ runtime-md, CPU 1×']).toBe('0.60× | ≤ 0.80× | met');
    expect(verdicts['deck ready, 300 ÷ 13 slides, CPU 1×']).toBe('1.25× | ≤ 1.50× | met');
    expect(verdicts['npm run pdf ÷ marp-cli']).toBe('0.40× | ≤ 0.50× | met');
    expect(verdicts['npm run pdf ÷ Chromium print of a static page']).toBe('2.00× | ≤ 1.30× | NOT MET');
  });

  it('marks what could not be measured, with the reason in the table, and never guesses', () => {
    expect(verdicts['reveal.js ready, this deck ÷ runtime-md, CPU 4×']).toBe('n/a | ≤ 0.80× | not measured');
    expect(figures.find((f) => f.section.includes('CPU 4×'))!.note).toBe('failed: the page threw');
    expect(figures.find((f) => f.name.startsWith('DeckTape'))!.note).toBe('DeckTape could not be installed: offline');
  });
});

describe('target ranges', () => {
  const spread = (median: number) => [0.85, 0.9, 0.95, 1, 1, 1, 1.05, 1.1, 1.15].map((share) => share * median);
  const runs = reportFigures({ ...measurements, loads: [{ cpuSlowdown: 1, result: { value: {
    [VARIANT.floor]: { firstPaint: spread(100), firstSlide: spread(100) },
    [VARIANT.runtimeMarkdown]: { firstSlide: spread(200), revealReady: spread(200) },
    [VARIANT.ours]: { firstPaint: spread(120), firstSlide: spread(120), revealReady: spread(158), deckReady: spread(120) },
    [VARIANT.grown]: { deckReady: spread(150) },
  } } }] }).targets;

  it('gives a ratio of several runs a side the range its runs allow, and a size none', () => {
    const ready = runs.find((t) => t.name === 'reveal.js ready, this deck ÷ runtime-md, CPU 1×')!;
    expect(ready.value).toBeCloseTo(0.79, 5);
    expect(ready.range![0]).toBeLessThan(0.79);
    expect(ready.range![1]).toBeGreaterThan(0.8);
    expect(runs.find((t) => t.name === 'JS, gzip')!.range).toBeUndefined();
    // One PDF run a side: no range.
    expect(runs.find((t) => t.name === 'npm run pdf ÷ marp-cli')!.range).toBeUndefined();
  });

  it('prints the range, and says so when the limit lies inside it', () => {
    const lines = formatTargets([
      { name: 'near the limit', value: 0.79, limit: 0.8, unit: '×', range: [0.7, 0.86] },
      { name: 'clear of it', value: 0.6, limit: 0.8, unit: '×', range: [0.55, 0.66] },
      { name: 'clearly over', value: 2.2, limit: 1.3, unit: '×', range: [1.9, 2.5] },
    ]).split('\n');
    expect(lines[0]).toMatch(/range: 5th–95th percentile/);
    expect(lines[1]).toMatch(/0\.79× {2}≤ 0\.80× {4}met {6}range 0\.70–0\.86×, limit inside: undecided$/);
    expect(lines[2]).toMatch(/met {6}range 0\.55–0\.66×$/);
    expect(lines[3]).toMatch(/NOT MET {2}range 1\.90–2\.50×$/);
  });
});

describe('formatTable', () => {
  it('groups figures under their section, aligns the columns and leaves min and max empty for one run', () => {
    const table = formatTable(figures.slice(0, 3)).split('\n');
    expect(table[0]).toMatch(/^figure\s+median\s+min\s+max\s+unit\s+ratio$/);
    expect(table[1]).toBe('Build: vite build, fresh process');
    expect(table[2]).toMatch(/^ {2}real deck \(13 slides\)\s+1100\s+1000\s+1200\s+ms$/);
    expect(table[3]).toMatch(/^ {2}grown deck \(300 slides\)\s+2200\s+ms\s+2\.00× real deck$/);
  });
});

describe('formatNumber', () => {
  it('rounds large times to whole numbers and keeps a decimal for small ones', () => {
    expect([formatNumber(1234.4, 'ms'), formatNumber(56.84, 'ms'), formatNumber(34.296, 'kB'), formatNumber(2.345, 's')]).toEqual(['1234', '56.8', '34.3', '2.35']);
  });

  it('prints ratios with two decimals below 10', () => {
    expect([formatNumber(0.5234, '×'), formatNumber(12.34, '×')]).toEqual(['0.52', '12.3']);
  });
});

describe('loadNote', () => {
  it('says nothing when only the bench itself kept the machine busy', () => {
    expect(loadNote({ before: 0.3, peak: 2.9 }, 2)).toBeUndefined();
  });

  it('warns with the load when other work ran before or during the run', () => {
    expect(loadNote({ before: 11.6, peak: 19.1 }, 2)).toMatch(/^note: the machine was busy \(load average 11\.6 before the run, up to 19\.1 during it, on 2 CPUs\)/);
    expect(loadNote({ before: 0.2, peak: 6 }, 2)).toMatch(/^note: the machine was busy/);
  });
});
