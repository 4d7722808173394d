/**
 * The peers the PDF export is set beside: marp-cli (Markdown to PDF) and DeckTape (PDF of a
 * served reveal.js deck), installed on demand into a cache folder of the bench's own, never
 * dependencies of the deck; and the floor, Chromium's own command-line print of a static page
 * of the same slides. Each runs as a fresh process with the system Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../cli/chromium.ts';
import { timed } from './stats.ts';

/** Where the peers are installed, one folder each, inside the project's node_modules cache. */
export const PEER_CACHE = join('node_modules', '.cache', 'bench-peers');

/** Pinned, so figures from two runs compare the same peers. */
export const PEERS = {
  marp: { name: 'marp-cli', pkg: '@marp-team/marp-cli', version: '4.5.1', bin: 'marp-cli.js' },
  decktape: { name: 'DeckTape', pkg: 'decktape', version: '3.16.1', bin: 'decktape.js' },
} as const;
export type Peer = keyof typeof PEERS;

/** The install takes minutes on a slow network; longer means it will not come. */
const INSTALL_TIMEOUT_MS = 300_000;

/**
 * The peer's command-line script, installed into the cache first when it is missing. Throws with
 * npm's reason when it cannot be installed (no network, no registry); the bench notes it.
 */
export async function installedPeer(project: string, peer: Peer): Promise<string> {
  const { pkg, version, bin } = PEERS[peer];
  const folder = join(project, PEER_CACHE, peer);
  const script = join(folder, 'node_modules', pkg, bin);
  const manifest = join(folder, 'node_modules', pkg, 'package.json');
  if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version === version) return script;
  // DeckTape depends on puppeteer, whose install would download a browser; the system Chromium is used instead.
  const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' };
  await timed('npm', ['install', '--prefix', folder, '--no-audit', '--no-fund', '--loglevel=error', `${pkg}@${version}`], project, env, INSTALL_TIMEOUT_MS);
  return script;
}

/** One fresh process of a PDF maker: the command, its arguments and environment. */
export interface PdfCommand {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/** marp-cli converting the slides' Markdown file (assets beside it) to `out`. */
export function marpCommand(script: string, markdown: string, out: string, chromium: string): PdfCommand {
  // CHROME_NO_SANDBOX: the sandbox cannot start as root or in a container, as with our export.
  const env = { ...process.env, CHROME_PATH: chromium, CHROME_NO_SANDBOX: '1' };
  return { command: process.execPath, args: [script, markdown, '--no-stdin', '--pdf', '--allow-local-files', '--output', out], env };
}

/**
 * DeckTape printing the deck served at `url` to `out`, at the deck's slide size, as its users run
 * it (default pause of 1 s a step). Its reveal plugin looks for a global `Reveal`, which an ES
 * module deck does not set, so `automatic` falls back to its generic plugin: arrow key by arrow
 * key, one page per fragment step.
 */
export function decktapeCommand(script: string, url: string, out: string, chromium: string): PdfCommand {
  return { command: process.execPath, args: [script, 'automatic', '--size', '1280x720', '--chrome-path', chromium, ...CHROMIUM_ARGS.map((arg) => `--chrome-arg=${arg}`), url, out] };
}

/** Chromium's own print of a static page: the least any Chromium-based export can take. */
export function chromiumPrintCommand(chromium: string, url: string, out: string): PdfCommand {
  return { command: chromium, args: ['--headless', ...CHROMIUM_ARGS, '--no-pdf-header-footer', `--print-to-pdf=${out}`, url] };
}
