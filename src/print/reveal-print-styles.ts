/**
 * The two stylesheets reveal.js's print view (`?print-pdf`) writes into the page as `<style>`
 * elements: the page box, sized to the slide plus reveal's margin, and a cap that keeps a
 * picture, video or frame placed straight in a slide within the slide. The deck's policy
 * (src/publish/csp.ts) allows an inline style only by its hash, so without these the browser
 * refuses both, logs two errors, and a reader who prints `?print-pdf` from the browser (the way
 * reveal.js documents) gets their own paper size instead of one slide per page. The PDF export
 * sets its paper itself and is unchanged by them.
 *
 * Their text is reveal.js 6.0.2's (its printview.js), written out here so the build can hash
 * it; e2e/export/browser-print.spec.ts fails when reveal.js writes anything the policy refuses.
 */
import { SLIDE_HEIGHT, SLIDE_WIDTH, slideOptions } from '../present/config.ts';

/** Both stylesheets, for the deck's own margin (a reader's `?print-pdf`) and for `margin=0` (the export's, src/print/print-url.ts). */
export function revealPrintStyles(): string[] {
  const { margin = 0 } = slideOptions();
  const pageBox = (pageMargin: number) =>
    `@page{size:${Math.floor(SLIDE_WIDTH * (1 + pageMargin))}px ${Math.floor(SLIDE_HEIGHT * (1 + pageMargin))}px; margin: 0px;}`;
  const mediaCap = `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${SLIDE_WIDTH}px; max-height:${SLIDE_HEIGHT}px}`;
  return [...new Set([pageBox(margin), pageBox(0), mediaCap])];
}

/** reveal.js's page box as it writes it, for any slide size and margin (a reader may pass `?margin=`). */
export function isRevealPageBox(text: string): boolean {
  return /^@page\{size:\d+px \d+px; margin: 0px;\}$/.test(text);
}
