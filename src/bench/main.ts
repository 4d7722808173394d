/**
 * `npm run bench`: build time, bytes, page loads against reference pages (1× and 4× CPU), growth,
 * hot update and PDF export beside its peers, in one run; prints a table and the issue's targets,
 * writes bench-results/latest.json. Asserts nothing: figures are for reading and comparing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions, findChromium } from '../cli/chromium.ts';
import { serveDirectory, type StaticServer } from '../node/static-server.ts';
import { makeProjectCopy } from '../testing/project-copy.ts';
import { writeGrownProject } from './growth.ts';
import { measureHotUpdates } from './hot-update.ts';
import { parseOptions, USAGE } from './options.ts';
import { LOCAL_ONLY_ARG, measurePageLoads, MILESTONES, type PageVariant } from './page-load.ts';
import { REVEAL_FILES, writeReferences } from './pages.ts';
import { buildDeck, deckOf } from './project.ts';
import { measurePdfs } from './peers.ts';
import { formatTable, formatTargets, loadNote, reportFigures, VARIANT, type Measurements } from './report.ts';
import { measureBytes, takeTurns, type Outcome } from './stats.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS_FILE = join(PROJECT, 'bench-results', 'latest.json');

const started = performance.now();
/** Progress goes to stderr, so stdout is the report alone. */
const progress = (message: string) => console.error(`bench [${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

/** Runs one stage; a failure becomes a "not measured" line with its reason instead of ending the bench. */
async function attempt<T>(stage: string, work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { value: await work() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    progress(`${stage} failed: ${message}`);
    return { error: `${stage} failed: ${message.split('\n')[0]}` };
  }
}


async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) return void console.log(USAGE);
  // Before any work: no Chromium is a message with instructions, not a failure minutes in.
  // The whole Chromium, not a headless shell: the page loads stand for a reader's browser.
  const launch = chromiumLaunchOptions();
  const load = { before: loadavg()[0]!, peak: loadavg()[0]! };
  const loadWatch = setInterval(() => (load.peak = Math.max(load.peak, loadavg()[0]!)), 5_000).unref();
  const work = mkdtempSync(join(tmpdir(), 'deck-bench-'));
  progress(`working in ${work}`);
  const sites: StaticServer[] = [];
  let browser: Browser | undefined;
  try {
    const real = makeProjectCopy(join(work, 'real'), { from: PROJECT });
    const grown = join(work, 'grown');
    writeGrownProject(real, grown, options.slides);
    const deck = deckOf(real);
    const slides = { real: deck.slides.length, grown: deckOf(grown).slides.length };
    const outDirs = { real: join(work, 'build-real'), grown: join(work, 'build-grown') };

    progress(`builds: 2 decks × (1 warm-up + ${options.buildRuns} runs), taking turns`);
    const build = (project: string, outDir: string) => () => buildDeck(project, outDir);
    const builds = await takeTurns(options.buildRuns, { real: build(real, outDirs.real), grown: build(grown, outDirs.grown) }, progress);
    for (const times of Object.values(builds)) if ('error' in times) throw new Error(`bench: the decks do not build, so nothing else can be measured: ${times.error}`);
    const sizes = await attempt('sizes', async () => ({ real: measureBytes(outDirs.real), grown: measureBytes(outDirs.grown), runtimeMarkdown: measureBytes(REVEAL_FILES.map((file) => join(real, file))) }));

    const { marpFile } = writeReferences(work, deck, real, outDirs.real);
    const serve = async (name: string, folder: string, milestones: PageVariant['milestones']): Promise<PageVariant> => {
      const site = await serveDirectory(folder);
      sites.push(site);
      return { name, url: site.url, milestones };
    };
    const variants = [
      await serve(VARIANT.floor, join(work, 'floor'), ['firstPaint', 'firstSlide']),
      await serve(VARIANT.styledFloor, join(work, 'styled-floor'), ['firstPaint']),
      await serve(VARIANT.runtimeMarkdown, join(work, 'runtime-md'), ['firstPaint', 'firstSlide', 'revealReady']),
      await serve(VARIANT.ours, outDirs.real, MILESTONES),
      await serve(VARIANT.grown, outDirs.grown, MILESTONES),
    ];
    browser = await chromium.launch({ ...launch, args: [...launch.args, LOCAL_ONLY_ARG] });
    const loads: Measurements['loads'] = [];
    for (const cpuSlowdown of [1, 4]) {
      progress(`page loads, CPU ${cpuSlowdown}×: ${variants.length} variants × (1 warm-up + ${options.runs} runs)`);
      loads.push({ cpuSlowdown, result: await attempt(`page loads at CPU ${cpuSlowdown}×`, () => measurePageLoads(browser!, variants, options.runs, cpuSlowdown)) });
    }
    progress(`hot update: 1 warm-up + ${options.runs} saves`);
    const hotUpdate = await attempt('hot update', () => measureHotUpdates(browser!, real, deck.slides[Math.min(4, deck.slides.length - 1)]!, options.runs));
    const chromiumVersion = browser.version();
    await browser.close();
    const pdf = await measurePdfs(real, work, options.exportRuns, { marpFile, deckUrl: variants[2]!.url, printFloor: join(work, 'print-floor', 'index.html'), peersCache: join(PROJECT, 'node_modules', '.cache', 'bench-peers') }, progress);

    const measurements: Measurements = { slides, builds, sizes, loads, hotUpdate, pdf };
    const { figures, targets } = reportFigures(measurements);
    clearInterval(loadWatch);
    const version = (pkg: string) => (JSON.parse(readFileSync(join(PROJECT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
    const machine = { date: new Date().toISOString(), cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, chromium: chromiumVersion, pdfChromium: findChromium(process.env, { headlessShell: true }), vite: version('vite'), revealJs: version('reveal.js'), load };
    const busy = loadNote(load, machine.cpus);
    console.log(`Deck benchmark, ${machine.date.slice(0, 10)}: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, Chromium ${machine.chromium}, Vite ${machine.vite}, reveal.js ${machine.revealJs}
runs: ${options.runs} page loads and saves, ${options.buildRuns} builds, ${options.exportRuns} PDFs each, after one warm-up; median, min, max
PDF makers all print with ${machine.pdfChromium}

${formatTable(figures)}

${formatTargets(targets)}
${busy ? `\n${busy}` : ''}
HTML parsed: the navigation timeline's domInteractive. first contentful paint: the paint timeline. first slide painted: Element Timing of the first slide's heading.
reveal.js ready: its "ready" event. deck ready: html[data-deck-ready], after widgets and fonts. docs/benchmarks.md explains each ratio.`);
    mkdirSync(join(PROJECT, 'bench-results'), { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify({ machine, options, figures, targets, measurements }, null, 2)}\n`);
    progress(`wrote ${RESULTS_FILE}`);
  } finally {
    clearInterval(loadWatch);
    await browser?.close();
    await Promise.all(sites.map((site) => site.close()));
    if (options.keep) progress(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = error instanceof Error && error.name === 'UsageError' ? 2 : 1;
});
