/**
 * Prints a built deck to PDF bytes with Chromium, driven over the DevTools protocol
 * (src/node/chromium-pipe.ts), not Playwright: serves the build, opens reveal.js's print view
 * (`?print-pdf…`) on a 1280×720 canvas, waits for the deck's own ready signal and its fonts
 * (never a fixed pause), and has Chromium print it with its tags and its outline of headings.
 * The same page the PNG export photographs (print-view.ts), so both show the same pages.
 */
import { CdpReplyError, type CdpParams } from '../node/cdp-pipe.ts';
import type { PipedChromium } from '../node/chromium-pipe.ts';
import { withinTime } from '../node/chromium-pipe.ts';
import { ExitCode, ExportError, formatLimit } from '../node/exit-codes.ts';
import { serveDirectory } from '../node/static-server.ts';
import { PAPERS, type PaperName } from '../print/paper.ts';
import { printQuery } from '../print/print-url.ts';
import { notReady, READY_SELECTOR, VIEWPORT, type PrintViewOptions } from './print-view.ts';

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

/** What the page reports once it is ready: its slides and the size of a slide page. */
interface PrintedPage extends Omit<RenderedPdf, 'bytes'> {
  pageSize: { width: number; height: number } | null;
}

/** Prints the deck in `options.buildDir` with a running Chromium. */
export async function renderPdf(browser: PipedChromium, options: RenderOptions): Promise<RenderedPdf> {
  const deadline = Date.now() + options.timeoutMs;
  const remaining = () => Math.max(1, deadline - Date.now());
  const { cdp } = browser;
  const server = await serveDirectory(options.buildDir);
  let stopListening = () => {};
  try {
    const url = `${server.url}index.html${printQuery(options)}`;
    // Within the deadline too: a Chromium that hangs without crashing must not hold the export past --timeout.
    const sessionId = await withinTime(attachToBlankPage(cdp), remaining(), () => pageTimeout(options.timeoutMs));
    const page = (method: string, params?: CdpParams) => cdp.send<CdpParams>(method, params, sessionId);
    const pageErrors: string[] = [];
    stopListening = cdp.onEvent((event) => {
      if (event.sessionId === sessionId && event.method === 'Runtime.exceptionThrown') pageErrors.push(exceptionMessage(event.params));
    });
    const setUp = Promise.all([
      page('Runtime.enable'),
      page('Emulation.setDeviceMetricsOverride', { ...VIEWPORT, deviceScaleFactor: 1, mobile: false }),
    ]);
    await withinTime(setUp, remaining(), () => pageTimeout(options.timeoutMs));
    const printed = await withinTime(openWhenReady(page, url, options.handout !== undefined), remaining(), () => notReady(options.timeoutMs, pageErrors, url));
    const printing = page('Page.printToPDF', {
      ...paperSize(printed.pageSize, options.handout),
      marginTop: 0,
      marginBottom: 0,
      marginLeft: 0,
      marginRight: 0,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    const { data } = (await withinTime(printing, remaining(), () => printTimeout(options.timeoutMs))) as { data: string };
    return { bytes: new Uint8Array(Buffer.from(data, 'base64')), slides: printed.slides, pageSlides: printed.pageSlides };
  } finally {
    stopListening();
    await server.close();
  }
}

/**
 * Attaches to the page Chromium opened at start (about:blank): printing there spares starting a
 * second renderer. A new page when it has none. Resolves to the page's session.
 */
async function attachToBlankPage(cdp: PipedChromium['cdp']): Promise<string> {
  const { targetInfos } = await cdp.send<{ targetInfos: { targetId: string; type: string; url: string }[] }>('Target.getTargets');
  const opened = targetInfos.find((target) => target.type === 'page' && target.url === 'about:blank');
  const targetId = opened ? opened.targetId : (await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' })).targetId;
  return (await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })).sessionId;
}

/** Opens the print view and resolves to what it reports once ready. */
async function openWhenReady(page: (method: string, params?: CdpParams) => Promise<CdpParams>, url: string, handout: boolean): Promise<PrintedPage> {
  const navigated = await page('Page.navigate', { url });
  if (typeof navigated.errorText === 'string') throw new Error(`Chromium could not open ${url}: ${navigated.errorText}`);
  const expression = `(${whenReady.toString()})(${JSON.stringify(READY_SELECTOR)}, ${handout})`;
  for (;;) {
    try {
      const reply = (await page('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as { result: { value: PrintedPage }; exceptionDetails?: CdpParams };
      if (reply.exceptionDetails) throw new Error(`the print view failed: ${exceptionMessage(reply)}`);
      return reply.result.value;
    } catch (error) {
      // Asked while about:blank was being replaced by the deck: ask the deck.
      if (askedOfReplacedPage(error)) continue;
      throw error;
    }
  }
}

/**
 * True for Chromium's reply that the page an evaluation was asked of has gone ("Execution
 * context was destroyed", "Cannot find default execution context"). Only that reply is asked
 * again. A pipe closed by a crash rejects every command at once with Chromium's last words,
 * which may hold the word "context" too; asking again on that spun the export at full CPU
 * without end, past --timeout (its timer never got a turn).
 */
export function askedOfReplacedPage(error: unknown): boolean {
  return error instanceof CdpReplyError && error.method === 'Runtime.evaluate' && /\bcontext\b/i.test(error.reply);
}

/**
 * Runs in the page: waits for the ready attribute (set after the print layout) and the fonts,
 * then lists the slides and, for slide pages, which slide each page shows.
 */
function whenReady(selector: string, handout: boolean): Promise<PrintedPage> {
  const ready = new Promise<void>((resolve) => {
    const isReady = () => document.documentElement?.matches(selector) === true;
    if (isReady()) return resolve();
    const observer = new MutationObserver(() => {
      if (!isReady()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document, { attributes: true, subtree: true, childList: true, attributeFilter: ['data-deck-ready'] });
  });
  return ready
    .then(() => document.fonts.ready)
    .then(() => {
      // A slide's clones (one per fragment step) keep its id; the first one is the slide.
      const ids: string[] = [];
      const slides: PrintedSlide[] = [];
      const printedPages = [...document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page')];
      const pageSlides = printedPages.map((printed) => {
        const section = printed.querySelector<HTMLElement>('section[data-title]');
        if (!section) return -1;
        if (!ids.includes(section.id)) {
          ids.push(section.id);
          slides.push({ title: section.dataset.title ?? '', heading: section.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? '' });
        }
        return ids.indexOf(section.id);
      });
      const box = printedPages[0]?.getBoundingClientRect();
      return { slides, pageSlides: handout ? [] : pageSlides, pageSize: box ? { width: box.width, height: box.height } : null };
    });
}

/**
 * The sheet in inches: the handout's paper, or a slide page exactly as large as reveal.js made
 * it (measured, so a change to the canvas or the margin needs no change here).
 */
function paperSize(pageSize: PrintedPage['pageSize'], handout: PaperName | undefined): { paperWidth: number; paperHeight: number } {
  if (handout) return { paperWidth: PAPERS[handout].width / 25.4, paperHeight: PAPERS[handout].height / 25.4 };
  if (!pageSize) throw new Error('the print view has no pages (no .pdf-page)');
  return { paperWidth: pageSize.width / 96, paperHeight: pageSize.height / 96 };
}

/** The first line of what an uncaught exception in the page said. */
function exceptionMessage(params: CdpParams): string {
  const details = params.exceptionDetails as { text?: string; exception?: { description?: string } } | undefined;
  return (details?.exception?.description ?? details?.text ?? 'an error').split('\n')[0]!;
}

function pageTimeout(timeoutMs: number): ExportError {
  return new ExportError(ExitCode.timedOut, `Chromium did not open a page to print in within ${formatLimit(timeoutMs)} (raise --timeout)`);
}

function printTimeout(timeoutMs: number): ExportError {
  return new ExportError(ExitCode.timedOut, `Chromium did not finish printing within ${formatLimit(timeoutMs)} (raise --timeout)`);
}
