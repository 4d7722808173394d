/**
 * The audience build is self-contained and keeps to its Content-Security-Policy: nothing from
 * any other host, no inline or eval'd script allowed, and no violation while reading it through.
 */
import { PDFDocument } from 'pdf-lib';
import { test, expect } from '../deck.ts';
import { talkSlides } from '../support/talk-model.ts';
import { declaredPolicy, policyViolations, presentThrough, recordPolicyViolations } from './walk.ts';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

test('the policy allows no inline script and no eval, and nothing from other hosts', { tag: '@any-talk' }, async ({ deck, page }) => {
  await deck.open();
  const policy = await declaredPolicy(page);
  expect(policy.get('default-src')).toEqual(["'none'"]);
  const scripts = policy.get('script-src') ?? policy.get('default-src')!;
  expect(scripts).not.toContain("'unsafe-inline'");
  expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  // Only the page's own origin and data: URLs; never a host, a scheme-wide source or '*'.
  for (const [directive, sources] of policy) {
    for (const source of sources) expect.soft(source, directive).toMatch(/^('self'|'none'|'sha256-[A-Za-z0-9+/=]+'|'unsafe-hashes'|data:)$/);
  }
});

test('reading every slide, no request leaves this host and the policy blocks nothing', { tag: '@any-talk' }, async ({ deck, page, context }) => {
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_HOSTS.has(url.hostname)) return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  await recordPolicyViolations(page);
  await deck.open();
  const slugs = talkSlides().map((slide) => slide.slug);
  const visited: string[] = [];
  await presentThrough(page, async (slug) => void visited.push(slug));
  // Every slide of the talk is reached with the arrow key, in the talk's order.
  expect(visited).toEqual(slugs);
  // The overview and the scroll view render every slide at once.
  await deck.press('o');
  await expect(page.locator('.reveal')).toHaveClass(/overview/);
  await deck.press('Escape');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('.reveal-scroll')).toBeAttached();
  await page.locator(`section#${slugs.at(-1)}`).scrollIntoViewIfNeeded();
  expect(await policyViolations(page)).toEqual([]);
  expect(blocked).toEqual([]);
});

test("printed from the browser the way reveal.js documents (?print-pdf), the page is refused nothing and each page is a slide's", { tag: '@any-talk' }, async ({ deck, page }) => {
  await recordPolicyViolations(page);
  await page.goto('./?print-pdf');
  await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
  // reveal.js writes two <style> elements for the print view; the policy allows them by hash
  // (src/print/reveal-print-styles.ts). Refused, the page box below would be the printer's paper.
  expect(await policyViolations(page)).toEqual([]);
  // The browser's print dialog takes the page size from the page's @page rule, as this does.
  const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const sizes = new Set(pdf.getPages().map((sheet) => { const { width, height } = sheet.getSize(); return `${Math.round(width)}×${Math.round(height)}`; }));
  // The slide's 1280×720 canvas and reveal.js's 4 % margin, in points (¾ of a CSS pixel).
  expect([...sizes]).toEqual([`${Math.round(1331 * 0.75)}×${Math.round(748 * 0.75)}`]);
  expect(pdf.getPageCount()).toBeGreaterThanOrEqual(await deck.slideCount());
});
