import { describe, expect, it } from 'vitest';
import { isRevealPageBox, revealPrintStyles } from './reveal-print-styles.ts';

describe('revealPrintStyles', () => {
  // Chromium named exactly these texts' hashes when it refused them (a reader's ?print-pdf, then
  // the export's ?print-pdf&margin=0); e2e/export/browser-print.spec.ts checks nothing is refused.
  it('sizes the page to the slide plus its margin, and caps pictures at the slide', () => {
    expect(revealPrintStyles()).toEqual([
      '@page{size:1331px 748px; margin: 0px;}',
      '@page{size:1280px 720px; margin: 0px;}',
      '.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: 1280px; max-height:720px}',
    ]);
  });

  it("knows reveal.js's page box from any other stylesheet", () => {
    const [readerPage, exportPage, mediaCap] = revealPrintStyles();
    expect([readerPage, exportPage].every((text) => isRevealPageBox(text!))).toBe(true);
    expect(isRevealPageBox(mediaCap!)).toBe(false);
    // A theme's own stylesheet that happens to open with a page rule is not reveal's.
    expect(isRevealPageBox('@page{size:A4; margin: 0px;} body{color:black}')).toBe(false);
  });
});
