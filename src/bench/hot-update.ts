/**
 * Hot update: in the dev server, the time from saving a slide file to the changed slide on screen,
 * as a speaker editing sees it; on a copy of the project, so the real slides are never written.
 */
import type { Browser } from 'playwright';
import { READY_ATTRIBUTE } from '../present/ready.ts';
import { startProjectCopy } from '../testing/project-copy.ts';
import { isLocal } from './page-load.ts';
import { within } from './stats.ts';

/** Vite's first start optimises dependencies; on a slow machine that takes a while. */
const START_TIMEOUT_MS = 60_000;
const UPDATE_TIMEOUT_MS = 30_000;
const HEADING_LINE = /^(#{1,6}\s.*?)\s*$/m;

/** The slide's text with `marker` added to its first heading, the edit each run saves. */
export function withMarker(text: string, marker: string): string {
  if (!HEADING_LINE.test(text)) throw new Error('bench: the edited slide has no heading to change');
  return text.replace(HEADING_LINE, (_, heading: string) => `${heading} ${marker}`);
}

/**
 * Set up before the file is written: resolves with `Date.now()` one frame after the present slide
 * shows the marker (once painted). A string: a serialised function would carry tsx's helpers along.
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

/**
 * Saves an edit to `slide` (pick one inside the talk, not the title, as a speaker would) of a
 * copy of `project` `runs` times, after a warm-up save, and times each to the screen.
 */
export async function measureHotUpdates(browser: Browser, project: string, slide: { file: string; slug: string }, runs: number): Promise<number[]> {
  const copy = await startProjectCopy(undefined, { from: project });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const original = copy.read(slide.file);
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => void (isLocal(request.url()) || foreign.push(request.url())));
    await page.goto(`${copy.url}#/${slide.slug}`);
    await page.waitForSelector(`html[${READY_ATTRIBUTE}]`, { state: 'attached', timeout: START_TIMEOUT_MS });
    const times: number[] = []; // the warm-up save (the dev server's first transform) is not kept
    for (let run = -1; run < runs; run++) {
      const marker = `bench-edit-${run}-${Date.now()}`;
      await page.evaluate(watchFor(marker));
      const saved = Date.now();
      copy.write(slide.file, withMarker(original, marker));
      const shown = await within(page.evaluate('window.__hot') as Promise<number>, UPDATE_TIMEOUT_MS, `bench: the edit to ${slide.file} did not reach the screen within ${UPDATE_TIMEOUT_MS} ms`);
      if (foreign.length > 0) throw new Error(`bench: the dev server's page asked another host for ${foreign.join(', ')}`);
      if (run >= 0) times.push(shown - saved);
    }
    return times;
  } finally {
    await context.close();
    await copy.close();
  }
}
