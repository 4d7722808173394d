/**
 * `npm run bench`: measures build time, bytes shipped, page loads against reference pages (at
 * 1× and 4× CPU), growth to a long deck, hot update and PDF export beside marp-cli, DeckTape and
 * Chromium's own print, all in one run on this machine; prints a table and the targets
 * and writes bench-results/latest.json. Asserts nothing: figures are for reading and comparing.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../cli/chromium.ts';
import { serveDirectory, type StaticServer } from '../node/static-server.ts';
import type { Deck } from '../deck/deck.ts';
import { loadDeck } from '../deck/load.ts';
import { formatProblem } from '../deck/problem.ts';
import { makeProjectCopy } from '../testing/project-copy.ts';
import { WIDGET_SOURCES } from '../widgets/sources.ts';
import { writeGrownProject } from './growth.ts';
import { measureHotUpdates } from './hot-update.ts';
import { parseOptions, UsageError, USAGE, type BenchOptions } from './options.ts';
import { LOCAL_ONLY_ARG, measurePageLoads, MILESTONES, type PageVariant } from './page-load.ts';
import { REVEAL_FILES, writeReferences } from './pages.ts';
import { chromiumPrintCommand, decktapeCommand, installedPeer, marpCommand, PEERS, type PdfCommand, type Peer } from './peers.ts';
import { formatTable, formatTargets, loadNote, PDF_MAKERS, reportFigures, VARIANT, type Measurements, type Outcome, type PdfMaker } from './report.ts';
import { measureBytes, sample, timed } from './stats.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS_FILE = join(PROJECT, 'bench-results', 'latest.json');
const CPU_SLOWDOWNS = [1, 4] as const;
/** Vite's and tsx's own command-line entries, run with this Node rather than through npx's start-up. */
const VITE_BIN = join('node_modules', 'vite', 'bin', 'vite.js');
/**
 * `npm run pdf` as a speaker types it, npm's own start-up included: through the npm that runs
 * the bench (npm_execpath), or the one on the PATH.
 */
const NPM = process.env.npm_execpath ? { command: process.execPath, prefix: [process.env.npm_execpath] } : { command: 'npm', prefix: [] as string[] };
/** What the export says when it builds the deck first: a measured run must time the export alone. */
const BUILDING = /building the deck/i;
/** A PDF maker still running after this is stuck (waiting for input, a page that never loads), not slow. */
const PDF_TIMEOUT_MS = 300_000;

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

/** The deck at `project`; throws with the loader's problems when it does not load. */
function deckOf(project: string): Deck {
  const loaded = loadDeck(project, WIDGET_SOURCES);
  if (!loaded.deck) throw new Error(`bench: the deck in ${project} does not load:\n${loaded.problems.map(formatProblem).join('\n')}`);
  return loaded.deck;
}

/** `runs` fresh `vite build` processes of each project after one warm-up; they take turns, so load from elsewhere falls on all alike. */
async function timeBuilds(targets: { project: string; outDir: string }[], runs: number): Promise<number[][]> {
  const times: number[][] = targets.map(() => []);
  await sample(runs, 1, async (run) => {
    for (const [index, { project, outDir }] of targets.entries()) {
      const { ms } = await timed(process.execPath, [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], project);
      if (run >= 0) times[index]!.push(ms);
    }
    return 0;
  });
  return times;
}

/** One fresh process of a PDF maker writing `out`; resolves with its milliseconds. */
async function printOnce({ command, args, env }: PdfCommand, cwd: string, out: string, measured: boolean): Promise<number> {
  rmSync(out, { force: true });
  const { ms, stderr } = await timed(command, args, cwd, env, PDF_TIMEOUT_MS);
  if (!existsSync(out)) throw new Error(`bench: "${command} ${args.join(' ')}" exited 0 but wrote no ${out}`);
  // The warm-up may build the deck; a measured run that builds again would time vite build as well.
  if (measured && BUILDING.test(stderr)) throw new Error(`bench: the export built the deck again in a measured run (${stderr.trim()})`);
  return ms;
}

/**
 * Our export (slides, handout), the peers (installed first) and Chromium's own print, one
 * warm-up each, then taking turns run by run, so load from elsewhere falls on all alike. A
 * maker that fails is noted and left out of later turns.
 */
async function measurePdfs(project: string, work: string, options: BenchOptions, inputs: { marpFile: string; deckUrl: string; printFloor: string }): Promise<Measurements['pdf']> {
  const browserPath = chromiumLaunchOptions().executablePath;
  const out = (maker: PdfMaker) => join(work, 'pdf', `${maker}.pdf`);
  mkdirSync(join(work, 'pdf'));
  const ours = (kind: 'slides' | 'handout'): Outcome<PdfCommand> => ({ value: { command: NPM.command, args: [...NPM.prefix, 'run', '--silent', 'pdf', '--', '--out', out(kind), ...(kind === 'handout' ? ['--handout'] : [])] } });
  const peer = (name: Peer, command: (script: string) => PdfCommand) => {
    progress(`${PEERS[name].name}: ${PEERS[name].pkg}@${PEERS[name].version}, installed into the bench's cache when missing`);
    return attempt(`${PEERS[name].name}`, () =>
      installedPeer(PROJECT, name).then(command, (error: Error) => {
        throw new Error(`could not be installed, so it is not measured (${error.message.split('\n').slice(-1)[0]})`);
      }),
    );
  };
  const commands: Record<PdfMaker, Outcome<PdfCommand>> = {
    slides: ours('slides'),
    handout: ours('handout'),
    marp: await peer('marp', (script) => marpCommand(script, inputs.marpFile, out('marp'), browserPath)),
    decktape: await peer('decktape', (script) => decktapeCommand(script, inputs.deckUrl, out('decktape'), browserPath)),
    printFloor: { value: chromiumPrintCommand(browserPath, pathToFileURL(inputs.printFloor).href, out('printFloor')) },
  };
  const results: Record<PdfMaker, Outcome<number[]>> = Object.fromEntries(PDF_MAKERS.map((maker) => [maker, 'error' in commands[maker] ? commands[maker] : { value: [] }])) as Record<PdfMaker, Outcome<number[]>>;
  progress(`PDF: ${PDF_MAKERS.length} makers taking turns, 1 warm-up + ${options.exportRuns} runs`);
  await sample(options.exportRuns, 1, async (run) => {
    for (const maker of PDF_MAKERS) {
      const command = commands[maker];
      const times = results[maker];
      if ('error' in command || 'error' in times) continue;
      const ms = await attempt(`PDF (${maker})`, () => printOnce(command.value, project, out(maker), run >= 0));
      if ('error' in ms) results[maker] = ms;
      else if (run >= 0) times.value.push(ms.value);
    }
    return 0;
  });
  return results;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) return void console.log(USAGE);
  // Before any work: no Chromium is a message with instructions, not a failure minutes in.
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
    writeGrownProject(real, grown, options.growthSlides);
    const deck = deckOf(real);
    const slides = { real: deck.slides.length, grown: deckOf(grown).slides.length };
    const outDirs = { real: join(work, 'build-real'), grown: join(work, 'build-grown') };

    progress(`builds: 2 decks × (1 warm-up + ${options.buildRuns} runs)`);
    const builds = await attempt('builds', async () => {
      const [realTimes, grownTimes] = await timeBuilds([{ project: real, outDir: outDirs.real }, { project: grown, outDir: outDirs.grown }], options.buildRuns);
      return { real: realTimes!, grown: grownTimes! };
    });
    if ('error' in builds) throw new Error(`bench: the decks do not build, so nothing else can be measured: ${builds.error}`);
    const sizes = await attempt('sizes', async () => ({ real: measureBytes(outDirs.real), grown: measureBytes(outDirs.grown), runtimeMarkdown: measureBytes(REVEAL_FILES.map((file) => join(real, file))) }));

    const { marpFile } = writeReferences(work, deck, real, outDirs.real);
    const serve = async (name: string, folder: string, milestones: PageVariant['milestones']): Promise<PageVariant> => {
      const site = await serveDirectory(folder);
      sites.push(site);
      return { name, url: site.url, milestones };
    };
    const variants = [
      await serve(VARIANT.floor, join(work, 'floor'), ['firstPaint', 'firstSlide']),
      await serve(VARIANT.runtimeMarkdown, join(work, 'runtime-md'), ['firstPaint', 'firstSlide', 'revealReady']),
      await serve(VARIANT.ours, outDirs.real, MILESTONES),
      await serve(VARIANT.grown, outDirs.grown, MILESTONES),
    ];
    browser = await chromium.launch({ ...launch, args: [...launch.args, LOCAL_ONLY_ARG] });
    const loads: Measurements['loads'] = [];
    for (const cpuSlowdown of CPU_SLOWDOWNS) {
      progress(`page loads, CPU ${cpuSlowdown}×: ${variants.length} variants × (1 warm-up + ${options.runs} runs)`);
      loads.push({ cpuSlowdown, result: await attempt(`page loads at CPU ${cpuSlowdown}×`, () => measurePageLoads(browser!, variants, options.runs, cpuSlowdown)) });
    }
    progress(`hot update: 1 warm-up + ${options.runs} saves`);
    const hotUpdate = await attempt('hot update', () => measureHotUpdates(browser!, real, options.runs));
    const chromiumVersion = browser.version();
    await browser.close();
    const pdf = await measurePdfs(real, work, options, { marpFile, deckUrl: variants[2]!.url, printFloor: join(work, 'print-floor', 'index.html') });

    const measurements: Measurements = { slides, builds, sizes, loads, hotUpdate, pdf };
    const { figures, targets } = reportFigures(measurements);
    clearInterval(loadWatch);
    const version = (pkg: string) => (JSON.parse(readFileSync(join(PROJECT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
    const machine = { date: new Date().toISOString(), cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, chromium: chromiumVersion, vite: version('vite'), revealJs: version('reveal.js'), load };
    const busy = loadNote(load, machine.cpus);
    console.log(
      [
        `Deck benchmark, ${machine.date.slice(0, 10)}: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, Chromium ${machine.chromium}, Vite ${machine.vite}, reveal.js ${machine.revealJs}`,
        `runs: ${options.runs} page loads and saves, ${options.buildRuns} builds, ${options.exportRuns} PDFs each, after one warm-up; median, min, max`,
        '',
        formatTable(figures),
        '',
        formatTargets(targets),
        '',
        ...(busy ? [busy] : []),
        'first contentful paint: the paint timeline. first slide painted: Element Timing of the first slide\'s heading.',
        'reveal.js ready: its "ready" event. deck ready: html[data-deck-ready], after widgets and fonts. docs/benchmarks.md explains each ratio.',
      ].join('\n'),
    );
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
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
