/**
 * The browser side of the PDF export. reveal.js lays the print view out itself (`?print-pdf`,
 * one `.pdf-page` per slide, fragments shown); this waits until it has, so the deck's ready
 * signal also means "ready to print", and turns the pages into a handout when one is asked for.
 */
import type { RevealApi } from 'reveal.js';
import { layoutHandout } from './handout.ts';
import { PAPERS } from './paper.ts';
import { handoutPaper, handoutPerPage } from './print-url.ts';

/** Called once reveal.js is ready, before the ready signal. */
export async function preparePrint(deck: RevealApi): Promise<void> {
  if (!deck.isPrintView()) return;
  await printLayoutDone(deck);
  exposePrintedSlides(deck);
  await picturesLoaded(deck);
  const paper = handoutPaper(location.search);
  if (paper) layoutHandout(deck, PAPERS[paper], handoutPerPage(location.search));
}

/**
 * reveal.js starts the print layout on window `load` and announces `pdf-ready` when the pages
 * are in place. The pages exist only from that moment, so finding one means it already fired.
 */
function printLayoutDone(deck: RevealApi): Promise<void> {
  if (deck.getSlidesElement()?.querySelector(':scope > .pdf-page')) return Promise.resolve();
  return new Promise((resolve) => deck.on('pdf-ready', () => resolve()));
}

/**
 * Every picture on paper, the lazy ones too (src/deck/page.ts): Chromium prints what has loaded,
 * and a lazy picture far down the print view would not have. A picture that cannot load does not
 * hold the print back; it prints as the browser shows it.
 */
async function picturesLoaded(deck: RevealApi): Promise<void> {
  const pictures = [...(deck.getSlidesElement()?.querySelectorAll('img') ?? [])];
  for (const picture of pictures) picture.loading = 'eager';
  await Promise.all(pictures.map((picture) => picture.decode().catch(() => undefined)));
}

/**
 * On screen reveal.js hides every slide but the current one (`hidden`, `aria-hidden`) and calls
 * the deck an application; its print stylesheet shows them all, but the accessibility tree
 * still skips them, and Chromium builds the PDF's tags and outline from that tree. On paper
 * every slide is a part of one document.
 */
function exposePrintedSlides(deck: RevealApi): void {
  deck.getRevealElement()?.removeAttribute('role');
  for (const section of deck.getSlidesElement()?.querySelectorAll('section') ?? []) {
    section.hidden = false;
    section.removeAttribute('aria-hidden');
  }
}
