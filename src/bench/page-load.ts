/**
 * Time from navigation to each milestone, in a fresh browser context per run (no cache), the CPU
 * optionally slowed through the DevTools protocol. A page that asks another host for anything is
 * an error, not a figure: it would time the network, not the deck.
 */
import type { Browser } from 'playwright';
import { within } from './stats.ts';

/** What a page load is timed to, each in ms since navigation start. */
export const MILESTONES = ['htmlParsed', 'firstPaint', 'firstSlide', 'revealReady', 'deckReady'] as const;
export type Milestone = (typeof MILESTONES)[number];

/** A page to load (our build, a reference, or the grown deck) and the milestones it reaches (the floor has no reveal.js). */
export type PageVariant = { name: string; url: string; milestones: readonly Milestone[] };

export type LoadSamples = Partial<Record<Milestone, number[]>>;

/** A page that has not reached its milestones by then is broken, not slow. */
const LOAD_TIMEOUT_MS = 60_000;

/** Resolves every host but the local ones to nothing: a stray request fails at once, not after a DNS time-out. */
export const LOCAL_ONLY_ARG = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';

/** Whether loading `url` stays on this machine: a loopback host, or a scheme that never reaches a network. */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return ['data:', 'blob:', 'about:', 'chrome-extension:'].includes(protocol) || ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

/**
 * Runs in the page before its own scripts. The first slide's heading (reveal's
 * `.slides > section`; the floor page wraps it the same way) gets `elementtiming` the moment it
 * is inserted, so Element Timing reports when its text is painted, not when it enters the DOM
 * (reveal.js keeps slides hidden until it lays them out). *HTML parsed* is the navigation
 * timeline's `domInteractive`, read when the document turns interactive: the page's own HTML
 * is in the DOM, before any module script runs. First contentful paint comes from the paint
 * timeline; reveal.js's `ready` bubbles from `.reveal`; the deck's `deck:ready` comes after
 * fonts. `__benchReached(milestones)` resolves once they are all reached, without polling and
 * without `eval` (the deck's Content-Security-Policy forbids it; expressions sent by the
 * DevTools protocol are not bound by it). A string: tsx's helpers would not exist in the page.
 */
export const PROBE = `(() => {
  const waiting = [];
  const bench = (window.__bench = { htmlParsed: null, firstPaint: null, firstSlide: null, revealReady: null, deckReady: null });
  const reach = (milestone, time) => {
    if (bench[milestone] !== null) return;
    bench[milestone] = time;
    for (const check of waiting.splice(0)) if (!check()) waiting.push(check);
  };
  window.__benchReached = (milestones) => new Promise((resolve) => {
    const check = () => milestones.every((m) => bench[m] !== null) && (resolve({ ...bench }), true);
    if (!check()) waiting.push(check);
  });
  new MutationObserver(() => {
    const heading = document.querySelector('.reveal .slides > section:first-child :is(h1, h2)');
    if (heading && !heading.hasAttribute('elementtiming')) heading.setAttribute('elementtiming', 'first-slide');
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.identifier === 'first-slide') reach('firstSlide', entry.renderTime || entry.loadTime);
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') reach('firstPaint', entry.startTime);
  }).observe({ type: 'paint', buffered: true });
  document.addEventListener('ready', (event) => {
    if (event.target instanceof Element && event.target.classList.contains('reveal')) reach('revealReady', performance.now());
  }, true);
  // The navigation timeline records domInteractive just before the document turns interactive.
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') reach('htmlParsed', performance.getEntriesByType('navigation')[0].domInteractive);
  });
  document.addEventListener('deck:ready', () => reach('deckReady', performance.now()));
})();`;

type Probe = Record<Milestone, number | null>;

/** Loads `variant` once in a new context and reads its milestones. */
async function loadOnce(browser: Browser, variant: PageVariant, cpuSlowdown: number): Promise<Probe> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } }) // the projector's, the deck's slide size;
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => void (isLocal(request.url()) || errors.push(`asked another host for ${request.url()}`)));
    if (cpuSlowdown !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.addInitScript(PROBE);
    await page.goto(variant.url, { waitUntil: 'commit' });
    const reached = page.evaluate(`window.__benchReached(${JSON.stringify(variant.milestones)})`) as Promise<Probe>;
    const probe = await within(reached, LOAD_TIMEOUT_MS, `not within ${LOAD_TIMEOUT_MS} ms`).catch(async (error: Error) => {
      const seen = await page.evaluate('window.__bench').catch(() => undefined);
      throw new Error(`bench: ${variant.name} did not reach ${variant.milestones.join(', ')} (got ${JSON.stringify(seen)}): ${error.message}`);
    });
    if (errors.length > 0) throw new Error(`bench: ${variant.name}: ${errors.join(' | ')}`);
    return probe;
  } finally {
    await context.close();
  }
}

/** Loads every variant once unmeasured, then `runs` times, taking turns run by run so load from elsewhere falls on all alike. */
export async function measurePageLoads(browser: Browser, variants: readonly PageVariant[], runs: number, cpuSlowdown: number): Promise<Record<string, LoadSamples>> {
  const results: Record<string, LoadSamples> = Object.fromEntries(variants.map((variant) => [variant.name, {}]));
  for (let run = -1; run < runs; run++) {
    for (const variant of variants) {
      const probe = await loadOnce(browser, variant, cpuSlowdown);
      if (run >= 0) for (const milestone of variant.milestones) (results[variant.name]![milestone] ??= []).push(probe[milestone]!);
    }
  }
  return results;
}
