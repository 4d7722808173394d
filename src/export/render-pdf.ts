/**
 * Prints a built deck to PDF bytes with Chromium: opens reveal.js's print view
 * (print-view.ts, which waits for the deck's own ready signal) and prints it.
 */
import type { Browser, Page } from 'playwright';
import { ExitCode, ExportError, formatLimit } from '../node/exit-codes.ts';
import { PAPERS, type PaperName } from '../print/paper.ts';
import { withPrintView, type PrintViewOptions } from './print-view.ts';

/** What to print: the build, the time allowed, and the print request (print-url.ts). */
export type RenderOptions = PrintViewOptions;

/** A slide as the print view shows it. */
export interface PrintedSlide {
  /** The slide's title (`data-title`), for its bookmark. */
  title: string;
  /** The text of its first heading, as Chromium names the heading's own outline entry. */
  heading: string;
}

/** What Chromium printed, and what the page said about itself. */
export interface RenderedPdf {
  bytes: Uint8Array;
  /** Every slide in order, the References slide included. */
  slides: PrintedSlide[];
  /**
   * For each printed slide page, the index of its slide (with `--fragments` a slide has a page
   * per step). Empty for the handout, whose pages only Chromium's pagination knows.
   */
  pageSlides: number[];
}

/** Prints the deck in `options.buildDir` with an already launched browser. */
export async function renderPdf(browser: Browser, options: RenderOptions): Promise<RenderedPdf> {
  return withPrintView(browser, options, async (page, remaining) => {
    const { slides, pageSlides } = await printedSlides(page, options.handout !== undefined);
    const printing = page.pdf({ ...(await pageSize(page, options.handout)), printBackground: true, tagged: true, outline: true });
    const bytes = await beforeDeadline(printing, remaining(), () => printTimeout(options.timeoutMs));
    return { bytes, slides, pageSlides };
  });
}

/** The slides and, for slide pages, which slide each page shows. */
async function printedSlides(page: Page, handout: boolean): Promise<Omit<RenderedPdf, 'bytes'>> {
  // A slide's clones (one per fragment step) keep its id; the first one is the slide.
  return page.evaluate((isHandout) => {
    const ids: string[] = [];
    const slides: PrintedSlide[] = [];
    const pageSlides = [...document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page')].map((printed) => {
      const section = printed.querySelector<HTMLElement>('section[data-title]');
      if (!section) return -1;
      if (!ids.includes(section.id)) {
        ids.push(section.id);
        slides.push({ title: section.dataset.title ?? '', heading: section.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? '' });
      }
      return ids.indexOf(section.id);
    });
    return { slides, pageSlides: isHandout ? [] : pageSlides };
  }, handout);
}

/**
 * The sheet: the handout's paper, or a slide page exactly as large as reveal.js made it
 * (measured, so a change to the canvas or the margin needs no change here).
 */
async function pageSize(page: Page, handout: PaperName | undefined): Promise<{ width: string; height: string }> {
  if (handout) return { width: inches(PAPERS[handout].width), height: inches(PAPERS[handout].height) };
  const box = await page.locator('.reveal .slides .pdf-page').first().evaluate((element) => {
    const { width, height } = element.getBoundingClientRect();
    return { width, height };
  });
  return { width: `${box.width}px`, height: `${box.height}px` };
}

/** page.pdf takes no timeout of its own: this gives up on it when the export's time is up. */
function beforeDeadline<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  work.catch(() => undefined); // Settled too late to matter once the deadline has passed.
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(late()), ms)));
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function printTimeout(timeoutMs: number): ExportError {
  return new ExportError(ExitCode.timedOut, `Chromium did not finish printing within ${formatLimit(timeoutMs)} (raise --timeout)`);
}

/**
 * Millimetres as inches for Chromium: given in mm, Playwright rounds through CSS pixels and
 * the sheet comes out almost a point too large (Letter 612.96 × 792.96 pt instead of 612 × 792).
 */
function inches(mm: number): string {
  return `${mm / 25.4}in`;
}
