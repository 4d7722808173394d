/**
 * axe-core's findings on a page, one line each, to read in a failure. axe-core runs in the page
 * itself: its source is put there once per document and `axe.run` is called directly. That is
 * a tenth of the time @axe-core/playwright's AxeBuilder takes for the same scan (about 0.15 s
 * against 1.5 s a slide here), because AxeBuilder injects the source again on every call and
 * finishes each run in a blank page of its own, for frames, which these pages do not have
 * (a page with an `<iframe>` is refused below rather than scanned without its frames).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, ElementContext } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Which part of the page to scan: CSS selectors to include and to leave out. */
export interface AxeScope {
  include?: string;
  exclude?: string;
}

/** axe-core's violations on the page as it is now (every rule axe-core runs by default). */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  const results = await axeResults(page, scope);
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}

/**
 * For the length of a scan: reveal.js's slide backgrounds without their z-index. reveal.js puts
 * them in `.backgrounds`, which its `perspective` makes a stacking context under the slides;
 * axe-core's model of stacking misses that, puts the current background (z-index 2) above the
 * slide (z-index 1) and calls all text on it overlapped, so contrast goes unjudged ("incomplete",
 * not a violation). Without the z-index the stack is the same to the eye (only the current slide's
 * background is visible) and to axe-core. e2e/read/accessibility.spec.ts proves contrast is judged.
 */
const SCAN_STYLE = '.reveal .slide-background { z-index: auto !important; }';

async function axeResults(page: Page, scope: AxeScope): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ({ include, exclude, scanStyle }) => {
    if (document.querySelector('iframe, frame')) throw new Error('this page has frames, which axeViolations does not scan');
    // A constructed stylesheet, which the pages' Content-Security-Policy allows (a <style> it would not).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(scanStyle);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    let context: ElementContext = document;
    if (include && exclude) context = { include: [include], exclude: [exclude] };
    else if (include) context = { include: [include] };
    else if (exclude) context = { exclude: [exclude] };
    try {
      return await (window as unknown as { axe: typeof import('axe-core') }).axe.run(context);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    }
  }, { ...scope, scanStyle: SCAN_STYLE });
}
