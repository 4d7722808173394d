/**
 * Hot update: in the dev server, the time from saving a slide file to the changed slide on
 * screen, as the speaker rehearsing and editing sees it. Runs on a copy of the project so
 * the real slides are never written.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { loadDeck } from '../deck/load.ts';
import { READY_ATTRIBUTE } from '../present/ready.ts';
import { WIDGET_SOURCES } from '../widgets/sources.ts';
import { watchForeignRequests } from './local.ts';
import { sample } from './measure.ts';

const DEV_SERVER = fileURLToPath(new URL('./dev-server.ts', import.meta.url));
const TSX_CLI = join('node_modules', 'tsx', 'dist', 'cli.mjs');
/** Vite's first start optimises dependencies; on a slow machine that takes a while. */
const START_TIMEOUT_MS = 60_000;
const UPDATE_TIMEOUT_MS = 30_000;
/** The slide edited: one inside the talk, not the title, as a speaker would be. */
const EDITED_SLIDE_INDEX = 4;
const HEADING_LINE = /^(#{1,6}\s.*?)\s*$/m;

/** The slide's text with `marker` added to its first heading, the edit each run saves. */
export function withMarker(text: string, marker: string): string {
  if (!HEADING_LINE.test(text)) throw new Error('bench: the edited slide has no heading to change');
  return text.replace(HEADING_LINE, (_, heading: string) => `${heading} ${marker}`);
}

/**
 * Set up in the page before the file is written: resolves with `Date.now()` one frame after
 * the present slide shows the marker (the frame in which it is painted). A string, because
 * a serialised function would carry tsx's helpers into the page.
 */
function watchFor(marker: string): string {
  return `window.__hot = new Promise((resolve) => {
    const slides = document.querySelector('.reveal .slides');
    const shown = () => slides.querySelector('section.present')?.textContent.includes(${JSON.stringify(marker)});
    const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(Date.now())));
    if (shown()) return painted();
    const observer = new MutationObserver(() => { if (shown()) { observer.disconnect(); painted(); } });
    observer.observe(slides, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] });
  }); undefined`;
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the dev server on `project` and resolves once it listens. */
async function startDevServer(project: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [TSX_CLI, DEV_SERVER, project, String(port)], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench: the dev server did not start within ${START_TIMEOUT_MS} ms\n${output}`)), START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('listening on')) clearTimeout(timer), resolve();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`bench: the dev server exited with ${code}\n${output}`))));
  });
  return child;
}

/** `promise`, or a bench error after `ms`. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`bench: ${what} within ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Saves an edit to one slide of `project` `runs` times (after a warm-up) and times each to the screen. */
export async function measureHotUpdates(browser: Browser, project: string, runs: number, warmup = 1): Promise<number[]> {
  const deck = loadDeck(project, WIDGET_SOURCES).deck;
  if (!deck) throw new Error(`bench: the deck in ${project} does not load`);
  const slide = deck.slides[Math.min(EDITED_SLIDE_INDEX, deck.slides.length - 1)]!;
  const file = join(project, slide.file);
  const original = readFileSync(file, 'utf8');

  const port = await freePort();
  const server = await startDevServer(project, port);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const foreign = watchForeignRequests(page);
    await page.goto(`http://127.0.0.1:${port}/#/${slide.slug}`);
    await page.waitForSelector(`html[${READY_ATTRIBUTE}]`, { state: 'attached', timeout: START_TIMEOUT_MS });
    return await sample(runs, warmup, async (run) => {
      const marker = `bench-edit-${run + warmup}-${Date.now()}`;
      await page.evaluate(watchFor(marker));
      const saved = Date.now();
      writeFileSync(file, withMarker(original, marker));
      const shown = await within(page.evaluate('window.__hot') as Promise<number>, UPDATE_TIMEOUT_MS, `the edit to ${slide.file} did not reach the screen`);
      if (foreign.length > 0) throw new Error(`bench: the dev server's page asked another host for ${foreign.join(', ')}`);
      return shown - saved;
    });
  } finally {
    await context.close();
    await stop(server);
    writeFileSync(file, original);
  }
}
