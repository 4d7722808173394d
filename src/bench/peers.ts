/**
 * The PDF export beside marp-cli and DeckTape (installed on demand into the bench's own cache,
 * never dependencies of the deck) and Chromium's own print of a static page of the same slides,
 * each a fresh process with the Chromium `npm run pdf` finds (a headless shell when there is one),
 * so every maker prints with the same browser and the ratios compare the makers, not browsers.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findChromium, PRINTING_ARGS } from '../cli/chromium.ts';
import { takeTurns, timed, type Outcome } from './stats.ts';

/** Pinned, so figures from two runs compare the same peers. */
export const PEERS = {
  marp: { name: 'marp-cli', pkg: '@marp-team/marp-cli', version: '4.5.1', bin: 'marp-cli.js' },
  decktape: { name: 'DeckTape', pkg: 'decktape', version: '3.16.1', bin: 'decktape.js' },
} as const;
type Peer = keyof typeof PEERS;
/** The PDF makers timed side by side, in the order they take turns. */
export const PDF_MAKERS = ['slides', 'handout', 'marp', 'decktape', 'printFloor'] as const;
export type PdfMaker = (typeof PDF_MAKERS)[number];

/** The install takes minutes on a slow network; a PDF maker running longer is stuck, not slow. */
const TIMEOUT_MS = 300_000;
/** `npm run pdf` as a speaker types it, npm's start-up included: the npm running the bench, or the PATH's. */
const NPM = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];

/** The peer's script, installed into `cache` when missing; throws with npm's reason when it cannot be. */
async function installedPeer(project: string, cache: string, peer: Peer): Promise<string> {
  const { pkg, version, bin } = PEERS[peer];
  const folder = join(cache, peer);
  const manifest = join(folder, 'node_modules', pkg, 'package.json');
  if (!existsSync(manifest) || (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version !== version) {
    // DeckTape depends on puppeteer, whose install would download a browser; the system Chromium is used instead.
    const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' };
    await timed('npm', ['install', '--prefix', folder, '--no-audit', '--no-fund', '--loglevel=error', `${pkg}@${version}`], project, env, TIMEOUT_MS);
  }
  return join(folder, 'node_modules', pkg, bin);
}

/**
 * Our export (slides, handout), the peers and Chromium's print taking turns (see takeTurns); a
 * peer that cannot be installed keeps the installer's reason. `inputs`: the slides as one
 * Markdown file for marp-cli, the served audience build for DeckTape, the static page of all
 * slides, and where the peers are installed: the real project's node_modules/.cache/bench-peers/,
 * not the temporary copy's, so the next run finds them.
 */
export async function measurePdfs(project: string, work: string, runs: number, inputs: { marpFile: string; deckUrl: string; printFloor: string; peersCache: string }, progress: (message: string) => void): Promise<Record<PdfMaker, Outcome<number[]>>> {
  const chromium = findChromium(process.env, { headlessShell: true });
  mkdirSync(join(work, 'pdf'));
  const out = (maker: PdfMaker) => join(work, 'pdf', `${maker}.pdf`);
  const ours = (...extra: string[]) => [...NPM, 'run', '--silent', 'pdf', '--', ...extra];
  // marp-cli: CHROME_NO_SANDBOX, as the sandbox cannot start as root or in a container, as with our export.
  // DeckTape: its reveal plugin looks for a global `Reveal`, which an ES module deck does not set, so
  // `automatic` falls back to its generic plugin: arrow key by arrow key, one page per fragment step.
  const marpEnv = { ...process.env, CHROME_PATH: chromium, CHROME_NO_SANDBOX: '1' };
  const commands: Record<PdfMaker, (script: string) => { argv: string[]; env?: NodeJS.ProcessEnv }> = {
    slides: () => ({ argv: ours('--out', out('slides')) }),
    handout: () => ({ argv: ours('--out', out('handout'), '--handout') }),
    marp: (script) => ({ argv: [process.execPath, script, inputs.marpFile, '--no-stdin', '--pdf', '--allow-local-files', '--output', out('marp')], env: marpEnv }),
    decktape: (script) => ({ argv: [process.execPath, script, 'automatic', '--size', '1280x720', '--chrome-path', chromium, ...CHROMIUM_ARGS.map((arg) => `--chrome-arg=${arg}`), inputs.deckUrl, out('decktape')] }),
    printFloor: () => ({ argv: [chromium, '--headless', ...PRINTING_ARGS, '--no-pdf-header-footer', `--print-to-pdf=${out('printFloor')}`, pathToFileURL(inputs.printFloor).href] }),
  };
  const scripts: Partial<Record<PdfMaker, Outcome<string>>> = {};
  for (const peer of Object.keys(PEERS) as Peer[]) {
    const { name, pkg, version } = PEERS[peer];
    progress(`${name}: ${pkg}@${version}, installed into the bench's cache when missing`);
    scripts[peer] = await installedPeer(project, inputs.peersCache, peer).then(
      (value) => ({ value }),
      (error: Error) => ({ error: `${name} could not be installed, so it is not measured (${error.message.split('\n').at(-1)})` }),
    );
  }
  const print = (maker: PdfMaker) => async (run: number) => {
    const script = scripts[maker] ?? { value: '' };
    if ('error' in script) throw new Error(script.error);
    const { argv, env } = commands[maker](script.value);
    rmSync(out(maker), { force: true });
    const { ms, stderr } = await timed(argv[0]!, argv.slice(1), project, env, TIMEOUT_MS);
    if (!existsSync(out(maker))) throw new Error(`bench: "${argv.join(' ')}" exited 0 but wrote no ${out(maker)}`);
    // The warm-up may build the deck; a measured run that builds again would time vite build as well.
    if (run >= 0 && /building the deck/i.test(stderr)) throw new Error(`bench: the export built the deck again in a measured run (${stderr.trim()})`);
    return ms;
  };
  progress(`PDF: ${PDF_MAKERS.length} makers taking turns, 1 warm-up + ${runs} runs`);
  const results = await takeTurns(runs, Object.fromEntries(PDF_MAKERS.map((maker) => [maker, print(maker)])) as Record<PdfMaker, (run: number) => Promise<number>>, progress);
  for (const maker of PDF_MAKERS) if (scripts[maker] && 'error' in scripts[maker]) results[maker] = scripts[maker];
  return results;
}
