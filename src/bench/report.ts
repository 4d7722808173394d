/**
 * Turns what the bench measured into the figures of the table, with the issue's reference
 * ratios and targets. Pure: main.ts measures, this file only names and compares.
 */
import { measured, unavailable, type Figure, type Unit } from './figure.ts';
import type { LoadSamples, Milestone } from './first-slide.ts';
import { summarize, type Summary } from './measure.ts';
import type { BuildSizes, SizeKind } from './sizes.ts';

/** The page variants, by the names the table compares them with. */
export const VARIANT = { ours: 'this deck', floor: 'floor', runtimeMarkdown: 'runtime-md', grown: 'grown deck' } as const;

/** The issue's targets on this machine. */
export const TARGETS = {
  firstSlideOfRuntimeMarkdown: 0.6,
  jsGzipKB: 45,
  cssGzipKB: 20,
  pdfSeconds: 2,
  grownBuildOfReal: 4,
} as const;

/** A measurement, or why it could not be made. */
export type Outcome<T> = { value: T } | { error: string };

export interface Measurements {
  slides: { real: number; grown: number };
  builds: Outcome<{ real: number[]; grown: number[] }>;
  sizes: Outcome<{ real: BuildSizes; grown: BuildSizes; runtimeMarkdown: BuildSizes }>;
  /** Page loads per CPU slowdown (1 and 4), per variant name. */
  loads: { cpuSlowdown: number; result: Outcome<Record<string, LoadSamples>> }[];
  hotUpdate: Outcome<number[]>;
  exports: { slides: Outcome<number[]>; handout: Outcome<number[]> };
}

const KB = 1000;
const optional = (samples: readonly number[] | undefined): Summary | undefined => (samples && samples.length > 0 ? summarize(samples) : undefined);

/** Every figure of the table, in the order it prints. */
export function reportFigures(m: Measurements): Figure[] {
  return [...buildFigures(m), ...sizeFigures(m), ...m.loads.flatMap((load) => loadFigures(m, load)), ...hotUpdateFigures(m), ...exportFigures(m)];
}

function buildFigures(m: Measurements): Figure[] {
  const section = 'Build: vite build, fresh process';
  const real = `real deck (${m.slides.real} slides)`;
  const grown = `grown deck (${m.slides.grown} slides)`;
  if ('error' in m.builds) return [unavailable(section, real, 'ms', m.builds.error), unavailable(section, grown, 'ms', m.builds.error)];
  const realBuild = summarize(m.builds.value.real);
  return [
    measured(section, real, 'ms', realBuild),
    measured(section, grown, 'ms', summarize(m.builds.value.grown), [{ against: 'real deck', summary: realBuild }], {
      atMost: TARGETS.grownBuildOfReal,
      on: 'ratio',
      against: 'real deck',
    }),
  ];
}

function sizeFigures(m: Measurements): Figure[] {
  const section = 'Bytes shipped: audience build (kB = 1000 bytes)';
  if ('error' in m.sizes) return [unavailable(section, 'audience build', 'kB', m.sizes.error)];
  const { real, grown, runtimeMarkdown } = m.sizes.value;
  const kb = (bytes: number) => summarize([bytes / KB]);
  const row = (name: string, kind: SizeKind | 'total', size: 'gzip' | 'raw', budget?: number) =>
    measured(section, `${name}, ${size}`, 'kB', kb(real[kind][size]), kind === 'js' ? [{ against: VARIANT.runtimeMarkdown, summary: kb(runtimeMarkdown.js[size]) }] : [], budget ? { atMost: budget, on: 'median' } : undefined);
  return [
    row('JS', 'js', 'gzip', TARGETS.jsGzipKB),
    row('JS', 'js', 'raw'),
    row('CSS', 'css', 'gzip', TARGETS.cssGzipKB),
    row('CSS', 'css', 'raw'),
    row('fonts (woff2)', 'fonts', 'gzip'),
    row('fonts (woff2)', 'fonts', 'raw'),
    row('HTML, images, other', 'other', 'gzip'),
    row('total', 'total', 'gzip'),
    row('total', 'total', 'raw'),
    measured(section, 'runtime-md JS (reveal.mjs + markdown.mjs), gzip', 'kB', kb(runtimeMarkdown.js.gzip)),
    measured(section, `grown deck (${m.slides.grown} slides) JS, gzip`, 'kB', kb(grown.js.gzip), [{ against: 'real deck', summary: kb(real.js.gzip) }]),
  ];
}

const MILESTONE_NAMES: Record<Milestone, string> = {
  firstSlide: 'first slide painted',
  revealReady: 'reveal.js ready',
  deckReady: 'deck ready (fonts loaded)',
};

function loadFigures(m: Measurements, load: Measurements['loads'][number]): Figure[] {
  const section = `First slide: ms from navigation, fresh context${load.cpuSlowdown === 1 ? '' : `, CPU ${load.cpuSlowdown}× slower`}`;
  if ('error' in load.result) return [unavailable(section, 'page loads', 'ms', load.result.error)];
  const samples = load.result.value;
  const of = (variant: string, milestone: Milestone) => optional(samples[variant]?.[milestone]);
  const figure = (variant: string, label: string, milestone: Milestone, references: { against: string; summary: Summary | undefined }[] = [], unit: Unit = 'ms') =>
    measured(section, `${label}: ${MILESTONE_NAMES[milestone]}`, unit, of(variant, milestone), references);
  const oursFirst = measured(
    section,
    `${VARIANT.ours}: ${MILESTONE_NAMES.firstSlide}`,
    'ms',
    of(VARIANT.ours, 'firstSlide'),
    [
      { against: VARIANT.runtimeMarkdown, summary: of(VARIANT.runtimeMarkdown, 'firstSlide') },
      { against: VARIANT.floor, summary: of(VARIANT.floor, 'firstSlide') },
    ],
    { atMost: TARGETS.firstSlideOfRuntimeMarkdown, on: 'ratio', against: VARIANT.runtimeMarkdown },
  );
  return [
    figure(VARIANT.floor, 'floor (static first slide)', 'firstSlide'),
    figure(VARIANT.runtimeMarkdown, 'runtime-md (reveal Markdown plugin)', 'firstSlide', [{ against: VARIANT.floor, summary: of(VARIANT.floor, 'firstSlide') }]),
    figure(VARIANT.runtimeMarkdown, 'runtime-md (reveal Markdown plugin)', 'revealReady'),
    oursFirst,
    figure(VARIANT.ours, VARIANT.ours, 'revealReady', [{ against: VARIANT.runtimeMarkdown, summary: of(VARIANT.runtimeMarkdown, 'revealReady') }]),
    figure(VARIANT.ours, VARIANT.ours, 'deckReady'),
    figure(VARIANT.grown, `grown deck (${m.slides.grown} slides)`, 'firstSlide', [{ against: 'real deck', summary: of(VARIANT.ours, 'firstSlide') }]),
    figure(VARIANT.grown, `grown deck (${m.slides.grown} slides)`, 'revealReady', [{ against: 'real deck', summary: of(VARIANT.ours, 'revealReady') }]),
  ];
}

function hotUpdateFigures(m: Measurements): Figure[] {
  const section = 'Hot update: dev server, slide saved → changed slide on screen';
  const name = 'save to screen';
  return 'error' in m.hotUpdate ? [unavailable(section, name, 'ms', m.hotUpdate.error)] : [measured(section, name, 'ms', summarize(m.hotUpdate.value))];
}

function exportFigures(m: Measurements): Figure[] {
  const section = 'PDF export: fresh tsx src/cli/pdf.ts process, deck already built';
  const seconds = (samples: number[]) => summarize(samples.map((ms) => ms / 1000));
  const figure = (name: string, outcome: Outcome<number[]>, target: boolean) =>
    'error' in outcome ? unavailable(section, name, 's', outcome.error) : measured(section, name, 's', seconds(outcome.value), [], target ? { atMost: TARGETS.pdfSeconds, on: 'median' } : undefined);
  return [figure('slides PDF (npm run pdf)', m.exports.slides, true), figure('handout PDF (npm run pdf -- --handout)', m.exports.handout, false)];
}
