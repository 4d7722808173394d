/**
 * Opens a built deck in reveal.js's print view in Chromium through Playwright and waits until
 * it is ready to be photographed (the PNG export): serves the build, loads `?print-pdf…`, waits
 * for the deck's own ready signal (set after the print layout and the fonts). The PDF export
 * opens the same page with the same canvas and ready signal over the DevTools protocol
 * (print-pdf.ts), so both show exactly the same pages. Never a fixed pause.
 */
import type { Browser, Page } from 'playwright';
import { ExitCode, ExportError, formatLimit } from '../node/exit-codes.ts';
import { serveDirectory } from '../node/static-server.ts';
import { printQuery, type PrintRequest } from '../print/print-url.ts';

/** The selector the deck sets when it is ready (src/present/ready.ts), print layout included. */
export const READY_SELECTOR = 'html[data-deck-ready="true"]';

/** The canvas reveal.js lays slides out on (src/present/config.ts); the print view keeps it. */
export const VIEWPORT = { width: 1280, height: 720 };

export interface PrintViewOptions extends PrintRequest {
  /** The build to open: a folder with index.html. */
  buildDir: string;
  /** How long the page may take to load, lay out and print, in milliseconds. */
  timeoutMs: number;
  /** Device pixels per CSS pixel: 2 photographs the 1280×720 canvas at 2560×1440. */
  deviceScaleFactor?: number;
}

/** Time left before the export's deadline, in milliseconds (at least 1). */
export type Remaining = () => number;

/**
 * Runs `work` on the print view once it is ready, then closes the page and the server.
 * A page that never signals ready is a timeout failure that says what the page reported.
 */
export async function withPrintView<T>(browser: Browser, options: PrintViewOptions, work: (page: Page, remaining: Remaining) => Promise<T>): Promise<T> {
  const server = await serveDirectory(options.buildDir);
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: options.deviceScaleFactor ?? 1 });
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
    return await work(page, remaining);
  } finally {
    await context.close();
    await server.close();
  }
}

/** The print view never signalled ready: what the page reported, else the hint to allow more time; `url` says where. */
export function notReady(timeoutMs: number, pageErrors: readonly string[], url?: string): ExportError {
  const why = pageErrors.length > 0 ? `; the page reported: ${pageErrors[0]}` : ' (raise --timeout on a slow machine)';
  const where = url === undefined ? '' : ` (${READY_SELECTOR} at ${url})`;
  return new ExportError(ExitCode.timedOut, `the deck did not signal ready${where} within ${formatLimit(timeoutMs)}${why}`);
}

/** True for Playwright's timeout errors. */
export function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}
