/**
 * `npm run bench`: measures build time, bytes shipped, first-slide time against two
 * reference pages, growth to a long deck, hot update and PDF export, side by side on this
 * machine, then prints a table and writes bench-results/latest.json. Asserts nothing:
 * figures are for reading and comparing, not for failing a build.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../cli/chromium.ts';
import { loadDeck } from '../deck/load.ts';
import { formatProblem } from '../deck/problem.ts';
import { WIDGET_SOURCES } from '../widgets/sources.ts';
import { timeBuilds } from './build.ts';
import { measureFirstSlides, type PageVariant } from './first-slide.ts';
import { writeGrownProject } from './growth.ts';
import { measureHotUpdates } from './hot-update.ts';
import { LOCAL_ONLY_ARG } from './local.ts';
import { describeMachine, LoadWatch, loadNote, machineLine } from './machine.ts';
import { parseOptions, UsageError, USAGE, type BenchOptions } from './options.ts';
import { exportUnavailable, timeExports, type ExportKind } from './pdf.ts';
import { copyProject } from './project-copy.ts';
import { REVEAL_FILES, writeFloorPage, writeRuntimeMarkdownDeck } from './references.ts';
import { reportFigures, VARIANT, type Measurements, type Outcome } from './report.ts';
import { serveDirectory, type StaticServer } from '../cli/static-server.ts';
import { measureBuild, measureFiles } from './sizes.ts';
import { formatTable } from './table.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS_FILE = join(PROJECT, 'bench-results', 'latest.json');
const CPU_SLOWDOWNS = [1, 4] as const;

const started = performance.now();
/** Progress goes to stderr, so stdout is the table alone. */
const progress = (message: string) => console.error(`bench [${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

/** Runs one stage; a failure becomes a "not available" row instead of ending the bench. */
async function attempt<T>(stage: string, work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { value: await work() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    progress(`${stage} failed: ${message}`);
    return { error: `failed: ${message.split('\n')[0]}` };
  }
}

/** The number of slides in the deck at `project`; throws with the loader's problems when it does not load. */
function countSlides(project: string): number {
  const loaded = loadDeck(project, WIDGET_SOURCES);
  if (!loaded.deck) throw new Error(`bench: the deck in ${project} does not load:\n${loaded.problems.map(formatProblem).join('\n')}`);
  return loaded.deck.slides.length;
}

function versionOf(pkg: string): string {
  return (JSON.parse(readFileSync(join(PROJECT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

async function measurePages(browser: Browser, work: string, options: BenchOptions, builds: { real: string; grown: string }): Promise<Measurements['loads']> {
  const deck = loadDeck(join(work, 'real'), WIDGET_SOURCES).deck!;
  writeFloorPage(join(work, 'floor'), deck);
  writeRuntimeMarkdownDeck(join(work, 'runtime-md'), deck, join(work, 'real'), builds.real);
  const sites: StaticServer[] = [];
  const serve = async (name: string, folder: string, milestones: PageVariant['milestones']): Promise<PageVariant> => {
    const site = await serveDirectory(folder);
    sites.push(site);
    return { name, url: site.url, milestones };
  };
  try {
    const variants = [
      await serve(VARIANT.floor, join(work, 'floor'), ['firstSlide']),
      await serve(VARIANT.runtimeMarkdown, join(work, 'runtime-md'), ['firstSlide', 'revealReady']),
      await serve(VARIANT.ours, builds.real, ['firstSlide', 'revealReady', 'deckReady']),
      await serve(VARIANT.grown, builds.grown, ['firstSlide', 'revealReady', 'deckReady']),
    ];
    const loads: Measurements['loads'] = [];
    for (const cpuSlowdown of CPU_SLOWDOWNS) {
      progress(`page loads, CPU ${cpuSlowdown}×: ${variants.length} variants × (1 warm-up + ${options.runs} runs)`);
      const result = await attempt(`page loads at CPU ${cpuSlowdown}×`, async () =>
        Object.fromEntries(await measureFirstSlides(browser, variants, { runs: options.runs, warmup: 1, cpuSlowdown })),
      );
      loads.push({ cpuSlowdown, result });
    }
    return loads;
  } finally {
    await Promise.all(sites.map((site) => site.close()));
  }
}

async function measureExports(project: string, work: string, options: BenchOptions): Promise<Measurements['exports']> {
  const missing = exportUnavailable(project);
  const one = async (kind: ExportKind): Promise<Outcome<number[]>> => {
    if (missing) return { error: missing };
    progress(`PDF export (${kind}): 1 warm-up + ${options.exportRuns} runs`);
    return attempt(`PDF export (${kind})`, () => timeExports(project, kind, join(work, 'pdf'), options.exportRuns));
  };
  mkdirSync(join(work, 'pdf'), { recursive: true });
  return { slides: await one('slides'), handout: await one('handout') };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) return void console.log(USAGE);
  // Before any work: no Chromium is a message with instructions, not a failure minutes in.
  const launch = chromiumLaunchOptions();
  const loadWatch = new LoadWatch();
  const work = mkdtempSync(join(tmpdir(), 'deck-bench-'));
  progress(`working in ${work}`);
  let browser: Browser | undefined;
  try {
    const real = copyProject(PROJECT, join(work, 'real'));
    const grown = join(work, 'grown');
    writeGrownProject(real, grown, options.growthSlides);
    const slides = { real: countSlides(real), grown: countSlides(grown) };
    const outDirs = { real: join(work, 'build-real'), grown: join(work, 'build-grown') };

    progress(`builds: 2 decks × (1 warm-up + ${options.buildRuns} runs)`);
    const builds = await attempt('builds', async () => {
      const [realTimes, grownTimes] = await timeBuilds([{ project: real, outDir: outDirs.real }, { project: grown, outDir: outDirs.grown }], options.buildRuns);
      return { real: realTimes!, grown: grownTimes! };
    });
    if ('error' in builds) throw new Error(`bench: the decks do not build, so nothing else can be measured: ${builds.error}`);
    const sizes = await attempt('sizes', async () => ({
      real: measureBuild(outDirs.real),
      grown: measureBuild(outDirs.grown),
      runtimeMarkdown: measureFiles(REVEAL_FILES.map((file) => join(real, file))),
    }));

    browser = await chromium.launch({ ...launch, args: [...launch.args, LOCAL_ONLY_ARG] });
    const loads = await measurePages(browser, work, options, outDirs);
    progress(`hot update: 1 warm-up + ${options.runs} saves`);
    const hotUpdate = await attempt('hot update', () => measureHotUpdates(browser!, copyProject(real, join(work, 'hot')), options.runs));
    const exports = await measureExports(real, work, options);

    const measurements: Measurements = { slides, builds, sizes, loads, hotUpdate, exports };
    const figures = reportFigures(measurements);
    const machine = describeMachine({ chromium: browser.version(), vite: versionOf('vite'), revealJs: versionOf('reveal.js') }, loadWatch.stop());
    const busy = loadNote(machine.load, machine.cpus);
    console.log(
      [
        machineLine(machine),
        `runs: ${options.runs} page loads and saves, ${options.buildRuns} builds, ${options.exportRuns} exports each, after one warm-up; median, min, max`,
        '',
        formatTable(figures),
        '',
        ...(busy ? [busy] : []),
        'first slide painted: Element Timing of the first slide\'s heading. reveal.js ready: its "ready" event.',
        'deck ready: html[data-deck-ready], after widgets and fonts. Ratios divide medians.',
      ].join('\n'),
    );
    mkdirSync(join(PROJECT, 'bench-results'), { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify({ machine, options, figures, measurements }, null, 2)}\n`);
    progress(`wrote ${RESULTS_FILE}`);
  } finally {
    await browser?.close();
    if (options.keep) progress(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
