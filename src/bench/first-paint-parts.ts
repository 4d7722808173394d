/**
 * `npm run bench:first-paint`: where the deck's first paint spends its time, part by part. The
 * first slide as the build renders it, in no-script pages that add one part of the design at a
 * time to the bench's floor (the slide, no CSS): a sketch of the theme in a dozen lines of CSS
 * (ground, colours, sizes, the system's fonts), the sketch with the theme's own web fonts, the
 * deck's stylesheet without its `@font-face` rules, and the whole stylesheet (the bench's
 * styled floor). Pages take turns, as in the bench; medians are divided by the floor's. It
 * answers whether a first frame within the issue-15 target (1.3× the floor) could look like the
 * slide: docs/benchmarks.md has the figures.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../cli/chromium.ts';
import type { Deck } from '../deck/deck.ts';
import { serveDirectory, type StaticServer } from '../node/static-server.ts';
import { LOCAL_ONLY_ARG, measurePageLoads } from './page-load.ts';
import { firstSlideAlone, referencePage, stylesheetLinks } from './pages.ts';
import { buildDeck, deckOf } from './project.ts';
import { summarize } from './stats.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** The parts, from the floor up, each a folder of the work directory. */
export const PARTS = ['floor', 'sketch', 'sketch-fonts', 'styled-no-fonts', 'styled'] as const;
export type Part = (typeof PARTS)[number];

/**
 * The theme in a dozen lines, enough for a first frame of the title layout to have the slide's
 * ground, colours and type sizes (src/theme/deck.css, layouts.css) in the system's fonts. A
 * sketch for measuring, not a second theme: nothing of the deck uses it.
 */
const SKETCH_CSS =
  'html,body{margin:0;height:100%;background:#0f1b2d;color:#f4efe6;font-family:"Helvetica Neue",Arial,sans-serif}' +
  'section{padding:0 160px 0 96px;border-left:16px solid #e8a33d;height:720px;box-sizing:border-box;display:flex;flex-direction:column;justify-content:center}' +
  'h1{font-size:76px;line-height:1.08;margin:0 0 40px}p{font-size:34px;color:#e8a33d;margin:0}';
/** Gives the sketch the theme's families, so its `@font-face` rules load the title's fonts. */
const SKETCH_FONTS_CSS = 'h1{font-family:"IBM Plex Sans",sans-serif;font-weight:600}p{font-family:"IBM Plex Mono",monospace}';

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

/** Writes one page a part into `work`, from the deck's first slide and the audience build in `build`. */
export function writeFirstPaintParts(work: string, deck: Deck, build: string): void {
  const body = firstSlideAlone(deck);
  const stylesheets = readdirSync(join(build, 'assets')).filter((file) => file.endsWith('.css'));
  const css = stylesheets.map((file) => readFileSync(join(build, 'assets', file), 'utf8')).join('\n');
  // Inline, so the fonts cost no stylesheet request of their own; their URLs, relative to the
  // build's assets folder, made relative to the page.
  const fontFaces = (css.match(FONT_FACE) ?? []).join('\n').replace(/url\((['"]?)(?:\.\/|\/assets\/)/g, 'url($1assets/');
  const heads: Record<Part, string> = {
    floor: '',
    sketch: `<style>${SKETCH_CSS}</style>`,
    'sketch-fonts': `<style>${fontFaces}\n${SKETCH_CSS}${SKETCH_FONTS_CSS}</style>`,
    'styled-no-fonts': '<link rel="stylesheet" href="assets/no-font-faces.css">',
    styled: stylesheetLinks(stylesheets.map((file) => `assets/${file}`)),
  };
  for (const part of PARTS) {
    const folder = join(work, part);
    mkdirSync(folder, { recursive: true });
    if (part !== 'floor' && part !== 'sketch') cpSync(join(build, 'assets'), join(folder, 'assets'), { recursive: true });
    if (part === 'styled-no-fonts') writeFileSync(join(folder, 'assets', 'no-font-faces.css'), css.replace(FONT_FACE, ''));
    writeFileSync(join(folder, 'index.html'), referencePage(deck, heads[part], body));
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '21' }, cpu: { type: 'string', default: '1' } } });
  const runs = Number(values.runs);
  const cpu = Number(values.cpu);
  if (!Number.isInteger(runs) || runs < 1 || !(cpu >= 1)) throw new Error('usage: npm run bench:first-paint -- [--runs N (21)] [--cpu SLOWDOWN (1)]');
  const deck = deckOf(PROJECT);
  const work = mkdtempSync(join(tmpdir(), 'deck-first-paint-'));
  const sites: StaticServer[] = [];
  // The whole Chromium, as in the bench: the figures stand for a reader's browser.
  const launch = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...launch, args: [...launch.args, LOCAL_ONLY_ARG] });
  try {
    await buildDeck(PROJECT, join(work, 'build'));
    writeFirstPaintParts(work, deck, join(work, 'build'));
    const variants = [];
    for (const part of PARTS) {
      const site = await serveDirectory(join(work, part));
      sites.push(site);
      variants.push({ name: part, url: site.url, milestones: ['firstPaint'] as const });
    }
    console.error(`first paint, CPU ${cpu}×: ${PARTS.length} pages × (1 warm-up + ${runs} loads), taking turns`);
    const loads = await measurePageLoads(browser, variants, runs, cpu);
    const floor = summarize(loads.floor!.firstPaint!).median;
    console.log(`first contentful paint, CPU ${cpu}×, ${runs} loads each (median, min–max, ÷ floor):`);
    for (const part of PARTS) {
      const { median, min, max } = summarize(loads[part]!.firstPaint!);
      console.log(`  ${part.padEnd(16)} ${median.toFixed(0).padStart(5)} ms  ${min.toFixed(0)}–${max.toFixed(0)}  ${(median / floor).toFixed(2)}×`);
    }
  } finally {
    await browser.close();
    await Promise.all(sites.map((site) => site.close()));
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`bench:first-paint: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
