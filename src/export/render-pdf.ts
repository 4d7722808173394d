/**
 * Prints a built deck to PDF bytes with Chromium: serves the build, opens reveal.js's print
 * view, waits for the deck's own ready signal (set after the print layout and the fonts), and
 * prints. Never a fixed pause: every wait here is for something the page says.
 */
import type { Browser, Page } from 'playwright';
import { ExitCode, PdfError } from '../cli/exit-codes.ts';
import { formatLimit } from '../cli/pdf-options.ts';
import { serveDirectory } from '../cli/static-server.ts';
import { PAPERS, type PaperName } from './paper.ts';
import { printQuery, type PrintRequest } from './print-url.ts';

/** The selector the deck sets when it is ready (src/present/ready.ts), print layout included. */
export const READY_SELECTOR = 'html[data-deck-ready="true"]';

/** The canvas reveal.js lays slides out on (src/present/config.ts); the print view keeps it. */
const VIEWPORT = { width: 1280, height: 720 };

export interface RenderOptions extends PrintRequest {
  /** The build to print: a folder with index.html. */
  buildDir: string;
  /** How long the page may take to load, lay out and print, in milliseconds. */
  timeoutMs: number;
}

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
  const server = await serveDirectory(options.buildDir);
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    const deadline = Date.now() + options.timeoutMs;
    const remaining = () => Math.max(1, deadline - Date.now());
    try {
      await page.goto(`${server.url}index.html${printQuery(options)}`, { timeout: remaining(), waitUntil: 'commit' });
      await page.locator(READY_SELECTOR).waitFor({ state: 'attached', timeout: remaining() });
      await page.evaluate(() => document.fonts.ready.then(() => undefined), undefined);
    } catch (error) {
      if (isTimeout(error)) throw notReady(options.timeoutMs, pageErrors);
      throw error;
    }
    const { slides, pageSlides } = await printedSlides(page, options.handout !== undefined);
    const printing = page.pdf({ ...(await pageSize(page, options.handout)), printBackground: true, tagged: true, outline: true });
    const bytes = await beforeDeadline(printing, remaining(), () => printTimeout(options.timeoutMs));
    return { bytes, slides, pageSlides };
  } finally {
    await context.close();
    await server.close();
  }
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

function printTimeout(timeoutMs: number): PdfError {
  return new PdfError(ExitCode.timedOut, `Chromium did not finish printing within ${formatLimit(timeoutMs)} (raise --timeout)`);
}

function notReady(timeoutMs: number, pageErrors: readonly string[]): PdfError {
  const why = pageErrors.length > 0 ? `; the page reported: ${pageErrors[0]}` : ' (raise --timeout on a slow machine)';
  return new PdfError(ExitCode.timedOut, `the deck did not signal ready within ${formatLimit(timeoutMs)}${why}`);
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}


/**
 * Millimetres as inches for Chromium: given in mm, Playwright rounds through CSS pixels and
 * the sheet comes out almost a point too large (Letter 612.96 × 792.96 pt instead of 612 × 792).
 */
function inches(mm: number): string {
  return `${mm / 25.4}in`;
}
