/**
 * Time from navigation to the first slide on screen and to reveal.js ready, in a fresh
 * browser context per run (no cache, no service worker, nothing warm but the browser
 * process), optionally with the CPU slowed down through the DevTools protocol.
 */
import type { Browser } from 'playwright';
import { watchForeignRequests } from './local.ts';

/** What a page load is timed to, each in ms since navigation start. */
export type Milestone = 'firstSlide' | 'revealReady' | 'deckReady';

/** A page to load: our build, a reference, or the grown deck. */
export interface PageVariant {
  name: string;
  url: string;
  /** The milestones this page reaches (the floor page has no reveal.js). */
  milestones: readonly Milestone[];
}

export type LoadSamples = Partial<Record<Milestone, number[]>>;

export interface LoadOptions {
  runs: number;
  warmup: number;
  /** 1 for the machine as it is; 4 for Chromium's 4× CPU throttling. */
  cpuSlowdown: number;
}

/** The projector's size, which is also the slide size the deck is designed for. */
const VIEWPORT = { width: 1280, height: 720 };
/** A page that has not reached its milestones by then is broken, not slow. */
const LOAD_TIMEOUT_MS = 60_000;

/**
 * The first slide's heading, in every variant: reveal's `.slides > section` first, and the
 * floor page wraps its text the same way. Whatever matches first in the document is timed.
 */
const FIRST_HEADING = '.reveal .slides > section:first-child :is(h1, h2)';

/**
 * Runs in the page before its own scripts. The heading gets `elementtiming` the moment it
 * is inserted, so Chromium's Element Timing reports when its text is actually painted (not
 * when it enters the DOM: reveal.js keeps slides `display: none` until it lays them out).
 * reveal.js's `ready` bubbles from `.reveal`; the deck's own `deck:ready` comes after fonts.
 * `__benchReached(milestones)` resolves once they are all reached, so the bench waits without
 * polling and without `eval` (the deck's Content-Security-Policy forbids it; expressions sent
 * by the DevTools protocol are not bound by it). A string, not a function: tsx's name-keeping
 * helpers would not exist in the page.
 */
export const PROBE = `(() => {
  const waiting = [];
  const bench = (window.__bench = { firstSlide: null, revealReady: null, deckReady: null });
  const reach = (milestone, time) => {
    if (bench[milestone] !== null) return;
    bench[milestone] = time;
    for (const check of waiting.splice(0)) if (!check()) waiting.push(check);
  };
  window.__benchReached = (milestones) => new Promise((resolve) => {
    const check = () => milestones.every((m) => bench[m] !== null) && (resolve({ ...bench }), true);
    if (!check()) waiting.push(check);
  });
  const tag = () => {
    const heading = document.querySelector(${JSON.stringify(FIRST_HEADING)});
    if (heading && !heading.hasAttribute('elementtiming')) heading.setAttribute('elementtiming', 'first-slide');
  };
  new MutationObserver(tag).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.identifier === 'first-slide') reach('firstSlide', entry.renderTime || entry.loadTime);
  }).observe({ type: 'element', buffered: true });
  document.addEventListener('ready', (event) => {
    if (event.target instanceof Element && event.target.classList.contains('reveal')) reach('revealReady', performance.now());
  }, true);
  document.addEventListener('deck:ready', () => reach('deckReady', performance.now()));
})();`;

type Probe = Record<Milestone, number | null>;

/** Loads `variant` once in a new context and reads its milestones. */
async function loadOnce(browser: Browser, variant: PageVariant, cpuSlowdown: number): Promise<Probe> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const foreign = watchForeignRequests(page);
    if (cpuSlowdown !== 1) {
      const devtools = await context.newCDPSession(page);
      await devtools.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.addInitScript(PROBE);
    await page.goto(variant.url, { waitUntil: 'commit' });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not within ${LOAD_TIMEOUT_MS} ms`)), LOAD_TIMEOUT_MS)));
    const probe = await Promise.race([page.evaluate(`window.__benchReached(${JSON.stringify(variant.milestones)})`) as Promise<Probe>, late])
      .catch(async (error: Error) => {
        const seen = await page.evaluate('window.__bench').catch(() => undefined);
        throw new Error(`bench: ${variant.name} did not reach ${variant.milestones.join(', ')} (got ${JSON.stringify(seen)}; page errors: ${errors.join(' | ') || 'none'}): ${error.message}`);
      })
      .finally(() => clearTimeout(timer));
    if (errors.length > 0) throw new Error(`bench: ${variant.name} threw in the page: ${errors.join(' | ')}`);
    if (foreign.length > 0) throw new Error(`bench: ${variant.name} asked another host for ${foreign.join(', ')}`);
    return probe;
  } finally {
    await context.close();
  }
}

/**
 * Loads every variant `warmup` times unmeasured, then `runs` times. The variants take turns
 * run by run, so a burst of load from elsewhere on the machine falls on all of them alike
 * and the ratios stay fair.
 */
export async function measureFirstSlides(browser: Browser, variants: readonly PageVariant[], options: LoadOptions): Promise<Map<string, LoadSamples>> {
  const results = new Map<string, LoadSamples>(variants.map((variant) => [variant.name, {}]));
  for (let run = -options.warmup; run < options.runs; run++) {
    for (const variant of variants) {
      const probe = await loadOnce(browser, variant, options.cpuSlowdown);
      if (run < 0) continue;
      const samples = results.get(variant.name)!;
      for (const milestone of variant.milestones) (samples[milestone] ??= []).push(probe[milestone]!);
    }
  }
  return results;
}
