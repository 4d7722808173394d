/**
 * Turns what the bench measured into the lines it prints: a table of figures with their ratios
 * to the reference points of the same run, then one line per target of issue 15 with the
 * measured ratio, the limit and the verdict. Pure: main.ts measures, this file names and compares.
 */
import type { LoadSamples, Milestone } from './page-load.ts';
import type { PdfMaker } from './peers.ts';
import { ratio, ratioRange, summarize, type BuildSizes, type Outcome, type SizeKind, type Summary } from './stats.ts';

/** The page variants, by the names the table compares them with. */
export const VARIANT = { ours: 'this deck', floor: 'floor', styledFloor: 'styled floor', runtimeMarkdown: 'runtime-md', grown: 'grown deck' } as const;

/** What main.ts measured: samples in ms (page loads per CPU slowdown, per variant name), or why a stage failed. */
export interface Measurements {
  slides: { real: number; grown: number };
  builds: Record<'real' | 'grown', Outcome<number[]>>;
  sizes: Outcome<{ real: BuildSizes; grown: BuildSizes; runtimeMarkdown: BuildSizes }>;
  loads: { cpuSlowdown: number; result: Outcome<Record<string, LoadSamples>> }[];
  hotUpdate: Outcome<number[]>;
  pdf: Record<PdfMaker, Outcome<number[]>>;
}

type Unit = 'ms' | 's' | 'kB';
/** One row of the table; `note` holds its ratios to the reference points or why it is missing. */
export type Figure = { section: string; name: string; unit: Unit; summary?: Summary; note: string };
/**
 * One limit of issue 15: the measured value (a ratio or kB), or why there is none; for a ratio of
 * several runs a side, the range the run's spread allows (`ratioRange`).
 */
export type Target = { name: string; value?: number; limit: number; unit: '×' | 'kB'; range?: [low: number, high: number] };
/** A figure's name, its summary, and the reference points its ratios divide by. */
type Row = [name: string, summary: Summary | undefined, references?: [against: string, summary: Summary | undefined][]];

const valueOf = <T>(outcome: Outcome<T>): T | undefined => ('value' in outcome ? outcome.value : undefined);
const errorOf = (outcome: Outcome<unknown>): string | undefined => ('error' in outcome ? outcome.error : undefined);
const optional = (samples: readonly number[] | undefined) => (samples?.length ? summarize(samples) : undefined);
const kB = (bytes: number | undefined) => (bytes === undefined ? undefined : summarize([bytes / 1000]));
const MILESTONE_NAMES: Record<Milestone, string> = { htmlParsed: 'HTML parsed (DOM interactive)', firstPaint: 'first contentful paint', firstSlide: 'first slide painted', revealReady: 'reveal.js ready', deckReady: 'deck ready (fonts loaded)' };

/** Every row of the table and every target line, in the order they print. */
export function reportFigures(m: Measurements): { figures: Figure[]; targets: Target[] } {
  const figures: Figure[] = [];
  const targets: Target[] = [];
  /** Rows of one section; a row without a summary says why: the stage's error, or "not measured". */
  const section = (heading: string, unit: Unit, rows: Row[], missing = 'not measured') => {
    for (const [name, summary, references = []] of rows) {
      const ratios = references.flatMap(([against, reference]) => { const value = ratio(summary, reference); return value === undefined ? [] : [`${formatNumber(value, '×')}× ${against}`]; });
      figures.push({ section: heading, name, unit, summary, note: summary ? ratios.join(', ') : missing });
    }
  };
  const target = (name: string, value: number | undefined, limit: number, unit: Target['unit'] = 'kB') => targets.push({ name, value, limit, unit });
  const ratioTarget = (name: string, a: Summary | undefined, b: Summary | undefined, limit: number) => targets.push({ name, value: ratio(a, b), limit, unit: '×', range: ratioRange(a, b) });
  const real = `real deck (${m.slides.real} slides)`;
  const grown = `grown deck (${m.slides.grown} slides)`;

  const realBuild = optional(valueOf(m.builds.real));
  section('Build: vite build, fresh process', 'ms', [[real, realBuild], [grown, optional(valueOf(m.builds.grown)), [['real deck', realBuild]]]]);

  const sizes = valueOf(m.sizes);
  const bytes = (name: string, kind: SizeKind | 'total', size: 'gzip' | 'raw'): Row => [`${name}, ${size}`, kB(sizes?.real[kind][size]), kind === 'js' ? [[VARIANT.runtimeMarkdown, kB(sizes?.runtimeMarkdown.js[size])]] : []];
  section('Bytes shipped: audience build (kB = 1000 bytes)', 'kB', [
    bytes('JS', 'js', 'gzip'), bytes('JS', 'js', 'raw'), bytes('CSS', 'css', 'gzip'), bytes('CSS', 'css', 'raw'),
    bytes('fonts (woff2)', 'fonts', 'gzip'), bytes('fonts (woff2)', 'fonts', 'raw'), bytes('HTML, images, other', 'other', 'gzip'),
    bytes('total', 'total', 'gzip'), bytes('total', 'total', 'raw'),
    ['runtime-md JS (reveal.mjs + markdown.mjs), gzip', kB(sizes?.runtimeMarkdown.js.gzip)],
    [`${grown} JS, gzip`, kB(sizes?.grown.js.gzip), [['real deck', kB(sizes?.real.js.gzip)]]],
  ], errorOf(m.sizes));
  target('JS, gzip', sizes && sizes.real.js.gzip / 1000, 45);
  target('CSS, gzip', sizes && sizes.real.css.gzip / 1000, 20);

  const { ours, floor, styledFloor, runtimeMarkdown: runtime, grown: grownPage } = VARIANT;
  for (const { cpuSlowdown, result } of m.loads) {
    const of = (variant: string, milestone: Milestone) => optional(valueOf(result)?.[variant]?.[milestone]);
    // [variant, label, milestone, the references as [variant, milestone] pairs]
    const rows: [string, string, Milestone, [string, Milestone][]?][] = [
      [floor, 'floor (static first slide)', 'firstPaint'],
      [floor, 'floor (static first slide)', 'firstSlide'],
      // Not a target: where the gap to the floor lies (the stylesheet and fonts, or the rest).
      [styledFloor, 'static first slide with the deck\'s stylesheet', 'firstPaint', [[floor, 'firstPaint']]],
      [runtime, 'runtime-md (reveal Markdown plugin)', 'firstSlide', [[floor, 'firstSlide']]],
      [runtime, 'runtime-md (reveal Markdown plugin)', 'revealReady'],
      // Not a target: the page's own HTML parsed, which every slide in index.html makes grow with the talk.
      [ours, ours, 'htmlParsed'],
      [ours, ours, 'firstPaint', [[floor, 'firstPaint'], [styledFloor, 'firstPaint']]],
      [ours, ours, 'firstSlide', [[runtime, 'firstSlide'], [floor, 'firstSlide']]],
      [ours, ours, 'revealReady', [[runtime, 'revealReady']]],
      [ours, ours, 'deckReady'],
      ...(['htmlParsed', 'firstSlide', 'revealReady', 'deckReady'] as const).map((milestone): [string, string, Milestone, [string, Milestone][]] => [grownPage, grown, milestone, [[ours, milestone]]]),
    ];
    // Only the grown deck divides by this deck, which its growth figures call the real deck.
    section(`Page load: ms from navigation, fresh context${cpuSlowdown === 1 ? '' : `, CPU ${cpuSlowdown}× slower`}`, 'ms',
      rows.map(([variant, label, milestone, references = []]) => [`${label}: ${MILESTONE_NAMES[milestone]}`, of(variant, milestone), references.map(([other, at]) => [other === ours ? 'real deck' : other, of(other, at)])]),
      errorOf(result));
    const cpu = `CPU ${cpuSlowdown}×`;
    ratioTarget(`first contentful paint, this deck ÷ floor, ${cpu}`, of(ours, 'firstPaint'), of(floor, 'firstPaint'), 1.3);
    ratioTarget(`reveal.js ready, this deck ÷ runtime-md, ${cpu}`, of(ours, 'revealReady'), of(runtime, 'revealReady'), 0.8);
    ratioTarget(`deck ready, ${m.slides.grown} ÷ ${m.slides.real} slides, ${cpu}`, of(grownPage, 'deckReady'), of(ours, 'deckReady'), 1.5);
  }

  section('Hot update: dev server, slide saved → changed slide on screen', 'ms', [['save to screen', optional(valueOf(m.hotUpdate))]], errorOf(m.hotUpdate));

  const pdf = (maker: PdfMaker) => optional(valueOf(m.pdf[maker])?.map((ms) => ms / 1000));
  const pdfSection = (name: string, maker: PdfMaker, references: Row[2] = []) => section('PDF: s for a fresh process, deck already built', 's', [[name, pdf(maker), references]], errorOf(m.pdf[maker]));
  pdfSection('slides PDF (npm run pdf)', 'slides', [['marp-cli', pdf('marp')], ['DeckTape', pdf('decktape')], ['Chromium print', pdf('printFloor')]]);
  pdfSection('handout PDF (npm run pdf -- --handout)', 'handout');
  pdfSection('marp-cli --pdf, same slides as one Markdown file', 'marp');
  pdfSection('DeckTape, the audience build served', 'decktape');
  pdfSection('floor: chromium --headless --print-to-pdf, static page of all slides', 'printFloor');
  ratioTarget('npm run pdf ÷ marp-cli', pdf('slides'), pdf('marp'), 0.5);
  ratioTarget('npm run pdf ÷ Chromium print of a static page', pdf('slides'), pdf('printFloor'), 1.3);
  return { figures, targets };
}

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

/**
 * One line per target: `  JS, gzip   41.2 kB   ≤ 45 kB   met`, and for a ratio of several runs
 * a side its range, flagged when the limit lies inside it: the verdict could go either way.
 */
export function formatTargets(targets: readonly Target[]): string {
  const width = Math.max(...targets.map((target) => target.name.length));
  const lines = targets.map(({ name, value, limit, unit, range }) => {
    const shown = (n: number) => (unit === '×' ? `${formatNumber(n, '×')}×` : `${formatNumber(n, 'kB')} kB`);
    const verdict = value === undefined ? 'not measured' : value <= limit ? 'met' : 'NOT MET';
    const spread = range && value !== undefined ? `range ${formatNumber(range[0], '×')}–${shown(range[1])}${range[0] <= limit && limit < range[1] ? ', limit inside: undecided' : ''}` : '';
    return `  ${name.padEnd(width)}  ${(value === undefined ? 'n/a' : shown(value)).padStart(8)}  ≤ ${shown(limit).padEnd(7)}  ${verdict.padEnd(7)}  ${spread}`.trimEnd();
  });
  return ['Targets (issue 15): ratios of medians measured in this run; range: 5th–95th percentile of the ratio over resamples of the runs', ...lines].join('\n');
}

/**
 * A warning when other work competed with the run (1-minute load average before it, and its peak
 * during it, against the CPUs; the bench itself keeps about 1.5 busy), or undefined on a quiet machine.
 */
export function loadNote(load: { before: number; peak: number }, cpuCount: number): string | undefined {
  if (load.before < cpuCount / 2 && load.peak < cpuCount + 1.5) return undefined;
  return `note: the machine was busy (load average ${load.before.toFixed(1)} before the run, up to ${load.peak.toFixed(1)} during it, on ${cpuCount} CPUs): absolute figures are slower and wider than on an idle machine; compare the ratios`;
}
