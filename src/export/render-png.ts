/**
 * Photographs each page of reveal.js's print view (print-view.ts, the same pages and fonts
 * the PDF prints) as a PNG: one per slide, or one per step with `fragments`. At `scale` 2
 * Chromium renders at twice the density, so the 1280×720 canvas becomes 2560×1440 pixels.
 */
import type { Browser } from 'playwright';
import { ExitCode, ExportError, formatLimit } from '../node/exit-codes.ts';
import { pngNames } from './png-names.ts';
import { isTimeout, VIEWPORT, withPrintView, type PrintViewOptions } from './print-view.ts';

export interface PngOptions extends Omit<PrintViewOptions, 'handout' | 'perPage' | 'deviceScaleFactor'> {
  /** Device pixels per CSS pixel. */
  scale: 1 | 2;
}

/** One picture: its file name and its bytes. */
export interface SlideImage {
  name: string;
  bytes: Buffer;
}

/** Renders every page of the print view to a PNG, in order. */
export async function renderPngs(browser: Browser, options: PngOptions): Promise<SlideImage[]> {
  return withPrintView(browser, { ...options, deviceScaleFactor: options.scale }, async (page, remaining) => {
    const pages = page.locator('.reveal .slides .pdf-page');
    // A slide's clones (one per step) keep its id, which is its slug.
    const slugs = await pages.evaluateAll((all) => all.map((printed) => printed.querySelector('section')?.id ?? 'slide'));
    const names = pngNames(slugs);
    // reveal.js makes each print page a pixel shorter than the canvas, so that a printed page
    // never spills onto a blank sheet; a picture has no sheet, and takes the whole canvas.
    await pages.evaluateAll((all, height) => all.forEach((printed) => ((printed as HTMLElement).style.height = `${height}px`)), VIEWPORT.height);
    const images: SlideImage[] = [];
    for (const [index, name] of names.entries()) {
      const bytes = await pages
        .nth(index)
        .screenshot({ type: 'png', animations: 'disabled', caret: 'hide', timeout: remaining() })
        .catch((error: unknown) => {
          if (isTimeout(error)) throw new ExportError(ExitCode.timedOut, `Chromium did not finish the pictures within ${formatLimit(options.timeoutMs)} (raise --timeout)`);
          throw error;
        });
      images.push({ name, bytes });
    }
    return images;
  });
}
