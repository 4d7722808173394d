/**
 * Turns what the bench measured into the lines it prints: a table of figures with their ratios
 * to the reference points of the same run, then one line per target of issue 15 with the
 * measured ratio, the limit and the verdict. Pure: main.ts measures, this file names and compares.
 */
import type { LoadSamples, Milestone } from './page-load.ts';
import { ratio, summarize, type BuildSizes, type SizeKind, type Summary } from './stats.ts';

/** The page variants, by the names the table compares them with. */
export const VARIANT = { ours: 'this deck', floor: 'floor', runtimeMarkdown: 'runtime-md', grown: 'grown deck' } as const;
/** The PDF makers timed side by side. */
export const PDF_MAKERS = ['slides', 'handout', 'marp', 'decktape', 'printFloor'] as const;
export type PdfMaker = (typeof PDF_MAKERS)[number];

/** A measurement, or why it could not be made. */
export type Outcome<T> = { value: T } | { error: string };

export interface Measurements {
  slides: { real: number; grown: number };
  builds: Outcome<{ real: number[]; grown: number[] }>;
  sizes: Outcome<{ real: BuildSizes; grown: BuildSizes; runtimeMarkdown: BuildSizes }>;
  /** Page loads per CPU slowdown (1 and 4), per variant name. */
  loads: { cpuSlowdown: number; result: Outcome<Record<string, LoadSamples>> }[];
  hotUpdate: Outcome<number[]>;
  /** Fresh PDF processes, in ms. */
  pdf: Record<PdfMaker, Outcome<number[]>>;
}

export type Unit = 'ms' | 's' | 'kB';

/** One row of the table; `note` holds its ratios to the reference points or why it is missing. */
export interface Figure {
  section: string;
  name: string;
  unit: Unit;
  summary?: Summary;
  note: string;
}

/** One limit of issue 15: the measured value (a ratio or kB), or why there is none. */
export interface Target {
  name: string;
  value?: number;
  limit: number;
  unit: '×' | 'kB';
}

const KB = 1000;
const optional = (samples: readonly number[] | undefined): Summary | undefined => (samples && samples.length > 0 ? summarize(samples) : undefined);
const valueOf = <T>(outcome: Outcome<T>): T | undefined => ('value' in outcome ? outcome.value : undefined);
type Reference = [against: string, summary: Summary | undefined];

/** A row with its ratios to `references`; a missing reference is left out. */
function figure(section: string, name: string, unit: Unit, summary: Summary | undefined, references: Reference[] = [], missing = 'not measured'): Figure {
  const ratios = references.flatMap(([against, reference]) => {
    const value = ratio(summary, reference);
    return value === undefined ? [] : [`${formatNumber(value, '×')}× ${against}`];
  });
  return { section, name, unit, summary, note: summary ? ratios.join(', ') : missing };
}

/** Every row of the table and every target line, in the order they print. */
export function reportFigures(m: Measurements): { figures: Figure[]; targets: Target[] } {
  const figures: Figure[] = [];
  const targets: Target[] = [];
  const real = `real deck (${m.slides.real} slides)`;
  const grown = `grown deck (${m.slides.grown} slides)`;

  let section = 'Build: vite build, fresh process';
  const builds = valueOf(m.builds);
  const realBuild = optional(builds?.real);
  figures.push(figure(section, real, 'ms', realBuild, [], 'error' in m.builds ? m.builds.error : undefined));
  figures.push(figure(section, grown, 'ms', optional(builds?.grown), [['real deck', realBuild]]));

  section = 'Bytes shipped: audience build (kB = 1000 bytes)';
  const sizes = valueOf(m.sizes);
  const kb = (bytes: number | undefined) => (bytes === undefined ? undefined : summarize([bytes / KB]));
  const bytes = (name: string, kind: SizeKind | 'total', size: 'gzip' | 'raw') =>
    figure(section, `${name}, ${size}`, 'kB', kb(sizes?.real[kind][size]), kind === 'js' ? [[VARIANT.runtimeMarkdown, kb(sizes?.runtimeMarkdown.js[size])]] : []);
  figures.push(bytes('JS', 'js', 'gzip'), bytes('JS', 'js', 'raw'), bytes('CSS', 'css', 'gzip'), bytes('CSS', 'css', 'raw'));
  figures.push(bytes('fonts (woff2)', 'fonts', 'gzip'), bytes('fonts (woff2)', 'fonts', 'raw'), bytes('HTML, images, other', 'other', 'gzip'));
  figures.push(bytes('total', 'total', 'gzip'), bytes('total', 'total', 'raw'));
  figures.push(figure(section, 'runtime-md JS (reveal.mjs + markdown.mjs), gzip', 'kB', kb(sizes?.runtimeMarkdown.js.gzip)));
  figures.push(figure(section, `${grown} JS, gzip`, 'kB', kb(sizes?.grown.js.gzip), [['real deck', kb(sizes?.real.js.gzip)]]));
  targets.push({ name: 'JS, gzip', value: sizes && sizes.real.js.gzip / KB, limit: 45, unit: 'kB' });
  targets.push({ name: 'CSS, gzip', value: sizes && sizes.real.css.gzip / KB, limit: 20, unit: 'kB' });

  for (const { cpuSlowdown, result } of m.loads) {
    section = `Page load: ms from navigation, fresh context${cpuSlowdown === 1 ? '' : `, CPU ${cpuSlowdown}× slower`}`;
    const samples = valueOf(result);
    const of = (variant: string, milestone: Milestone) => optional(samples?.[variant]?.[milestone]);
    const row = (variant: string, label: string, milestone: Milestone, references: Reference[] = []) =>
      figures.push(figure(section, `${label}: ${MILESTONE_NAMES[milestone]}`, 'ms', of(variant, milestone), references, 'error' in result ? result.error : undefined));
    const floor: Reference = [VARIANT.floor, of(VARIANT.floor, 'firstSlide')];
    row(VARIANT.floor, 'floor (static first slide)', 'firstPaint');
    row(VARIANT.floor, 'floor (static first slide)', 'firstSlide');
    row(VARIANT.runtimeMarkdown, 'runtime-md (reveal Markdown plugin)', 'firstSlide', [floor]);
    row(VARIANT.runtimeMarkdown, 'runtime-md (reveal Markdown plugin)', 'revealReady');
    row(VARIANT.ours, VARIANT.ours, 'firstPaint', [[VARIANT.floor, of(VARIANT.floor, 'firstPaint')]]);
    row(VARIANT.ours, VARIANT.ours, 'firstSlide', [[VARIANT.runtimeMarkdown, of(VARIANT.runtimeMarkdown, 'firstSlide')], floor]);
    row(VARIANT.ours, VARIANT.ours, 'revealReady', [[VARIANT.runtimeMarkdown, of(VARIANT.runtimeMarkdown, 'revealReady')]]);
    row(VARIANT.ours, VARIANT.ours, 'deckReady');
    for (const milestone of ['firstSlide', 'revealReady', 'deckReady'] as const) row(VARIANT.grown, grown, milestone, [['real deck', of(VARIANT.ours, milestone)]]);
    const cpu = `CPU ${cpuSlowdown}×`;
    targets.push({ name: `first contentful paint, this deck ÷ floor, ${cpu}`, value: ratio(of(VARIANT.ours, 'firstPaint'), of(VARIANT.floor, 'firstPaint')), limit: 1.3, unit: '×' });
    targets.push({ name: `reveal.js ready, this deck ÷ runtime-md, ${cpu}`, value: ratio(of(VARIANT.ours, 'revealReady'), of(VARIANT.runtimeMarkdown, 'revealReady')), limit: 0.8, unit: '×' });
    targets.push({ name: `deck ready, ${m.slides.grown} ÷ ${m.slides.real} slides, ${cpu}`, value: ratio(of(VARIANT.grown, 'deckReady'), of(VARIANT.ours, 'deckReady')), limit: 1.5, unit: '×' });
  }

  section = 'Hot update: dev server, slide saved → changed slide on screen';
  figures.push(figure(section, 'save to screen', 'ms', optional(valueOf(m.hotUpdate)), [], 'error' in m.hotUpdate ? m.hotUpdate.error : undefined));

  section = 'PDF: s for a fresh process, deck already built';
  const pdf = Object.fromEntries(PDF_MAKERS.map((maker) => [maker, optional(valueOf(m.pdf[maker])?.map((ms) => ms / 1000))])) as Record<PdfMaker, Summary | undefined>;
  const missing = (maker: PdfMaker) => { const outcome = m.pdf[maker]; return 'error' in outcome ? outcome.error : undefined; };
  const comparedWith: Reference[] = [['marp-cli', pdf.marp], ['DeckTape', pdf.decktape], ['Chromium print', pdf.printFloor]];
  figures.push(figure(section, 'slides PDF (npm run pdf)', 's', pdf.slides, comparedWith, missing('slides')));
  figures.push(figure(section, 'handout PDF (npm run pdf -- --handout)', 's', pdf.handout, [], missing('handout')));
  figures.push(figure(section, 'marp-cli --pdf, same slides as one Markdown file', 's', pdf.marp, [], missing('marp')));
  figures.push(figure(section, 'DeckTape, the audience build served', 's', pdf.decktape, [], missing('decktape')));
  figures.push(figure(section, 'floor: chromium --headless --print-to-pdf, static page of all slides', 's', pdf.printFloor, [], missing('printFloor')));
  targets.push({ name: 'npm run pdf ÷ marp-cli', value: ratio(pdf.slides, pdf.marp), limit: 0.5, unit: '×' });
  targets.push({ name: 'npm run pdf ÷ Chromium print of a static page', value: ratio(pdf.slides, pdf.printFloor), limit: 1.3, unit: '×' });
  return { figures, targets };
}

const MILESTONE_NAMES: Record<Milestone, string> = {
  firstPaint: 'first contentful paint',
  firstSlide: 'first slide painted',
  revealReady: 'reveal.js ready',
  deckReady: 'deck ready (fonts loaded)',
};

/** A number at a precision that fits its size: 1234 ms, 56.8 ms, 0.52×. */
export function formatNumber(value: number, unit: Unit | '×'): string {
  if (unit === '×') return value >= 10 ? value.toFixed(1) : value.toFixed(2);
  if (unit === 's') return value.toFixed(2);
  return Math.abs(value) >= 100 ? String(Math.round(value)) : value.toFixed(1);
}

/** The table: one group per section, aligned columns; single-run figures (sizes) leave min and max empty. */
export function formatTable(figures: readonly Figure[]): string {
  const rows: (string[] | string)[] = [['figure', 'median', 'min', 'max', 'unit', 'ratio']];
  let section: string | undefined;
  for (const { section: heading, name, unit, summary, note } of figures) {
    if (heading !== section) rows.push((section = heading));
    const spread = summary && summary.runs > 1 ? [formatNumber(summary.min, unit), formatNumber(summary.max, unit)] : ['', ''];
    rows.push([`  ${name}`, summary ? formatNumber(summary.median, unit) : 'n/a', ...spread, unit, note]);
  }
  const cells = rows.filter((row): row is string[] => Array.isArray(row));
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  // Names and notes read left to right; numbers line up on their last digit.
  const cell = (text: string, column: number) => (column >= 1 && column <= 3 ? text.padStart(widths[column]!) : text.padEnd(widths[column]!));
  return rows.map((row) => (typeof row === 'string' ? row : row.map(cell).join('  ').trimEnd())).join('\n');
}

/** One line per target: `  JS, gzip   41.2 kB   ≤ 45 kB   met`. */
export function formatTargets(targets: readonly Target[]): string {
  const width = Math.max(...targets.map((target) => target.name.length));
  const lines = targets.map(({ name, value, limit, unit }) => {
    const shown = (n: number) => (unit === '×' ? `${formatNumber(n, '×')}×` : `${formatNumber(n, 'kB')} kB`);
    const verdict = value === undefined ? 'not measured' : value <= limit ? 'met' : 'NOT MET';
    return `  ${name.padEnd(width)}  ${(value === undefined ? 'n/a' : shown(value)).padStart(8)}  ≤ ${shown(limit).padEnd(7)}  ${verdict}`;
  });
  return ['Targets (issue 15), ratios of medians measured in this run', ...lines].join('\n');
}

/**
 * A warning when other work competed with the run (1-minute load average before it, and its peak
 * during it, against the CPUs; the bench itself keeps about 1.5 busy), or undefined on a quiet machine.
 */
export function loadNote(load: { before: number; peak: number }, cpuCount: number): string | undefined {
  if (load.before < cpuCount / 2 && load.peak < cpuCount + 1.5) return undefined;
  return `note: the machine was busy (load average ${load.before.toFixed(1)} before the run, up to ${load.peak.toFixed(1)} during it, on ${cpuCount} CPUs): absolute figures are slower and wider than on an idle machine; compare the ratios`;
}
