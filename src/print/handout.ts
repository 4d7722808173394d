/**
 * Turns reveal.js's print view into a handout: each slide's page, scaled to the paper's text
 * width, with the slide's speaker notes under it. The notes flow as ordinary text, so Chromium
 * continues a long note on the next sheet instead of cutting it off; each slide starts a sheet.
 * With two or three slides a sheet, each slide sits beside its notes, smaller, and every
 * second or third slide starts a sheet.
 * The sheet size and margins come from the command (src/cli/pdf.ts) and src/theme/print.css.
 */
import type { RevealApi } from 'reveal.js';
import { textWidthPx, type Paper } from './paper.ts';
import type { PerPage } from './print-url.ts';
import { isRevealPageBox } from './reveal-print-styles.ts';

/** The class on <html> that src/theme/print.css styles the handout by. */
export const HANDOUT_CLASS = 'deck-handout';
/** The attribute on <html> that says how many slides share a sheet (print.css lays them out). */
export const PER_PAGE_ATTRIBUTE = 'data-per-page';
/** The class of a slide that begins a new sheet. */
const SHEET_START_CLASS = 'handout-sheet-start';

/**
 * The share of the text width a slide takes. One a sheet: all of it, notes below. Two or three:
 * the slide on the left, its notes beside it; small enough that three slides with notes of the
 * usual length (about 150 words at 9pt) fit on A4 or Letter, large enough to read the slide.
 */
const SLIDE_SHARE: Record<PerPage, number> = { 1: 1, 2: 0.5, 3: 0.42 };

/** Wraps every print page in a handout sheet with its notes. */
export function layoutHandout(deck: RevealApi, paper: Paper, perPage: PerPage = 1): void {
  const slides = deck.getSlidesElement();
  if (!slides) return;
  const pages = [...slides.querySelectorAll<HTMLElement>(':scope > .pdf-page')];
  if (pages.length === 0) return;
  // Measured before the body narrows: a page is as wide as reveal.js made the slides.
  const pageWidth = pages[0]!.offsetWidth;
  const zoom = (textWidthPx(paper) * SLIDE_SHARE[perPage]) / pageWidth;
  // reveal.js's page box is a slide's, landscape (src/print/reveal-print-styles.ts). Chromium
  // turns the paper to the orientation of that unnamed @page rule whatever the handout's named
  // page says, so the handout's sheets would lie on their side: the sheets are paper, not slides.
  for (const style of document.head.querySelectorAll('style')) if (isRevealPageBox(style.textContent ?? '')) style.remove();
  document.documentElement.classList.add(HANDOUT_CLASS);
  document.documentElement.setAttribute(PER_PAGE_ATTRIBUTE, String(perPage));
  // reveal.js sized the body to one slide page; the handout's body is one column of text.
  document.body.style.width = `${textWidthPx(paper)}px`;
  document.body.style.height = 'auto';
  pages.forEach((page, index) => {
    const section = page.querySelector<HTMLElement>('section');
    const sheet = handoutSheet(page, section ? deck.getSlideNotes(section) : null, zoom);
    // Beside its notes, in a grid column sized by its content, the frame needs the page's width
    // (reveal.js positions what is inside a page, which gives the frame no width of its own).
    if (perPage > 1) sheet.querySelector<HTMLElement>('.handout-slide')!.style.width = `${pageWidth}px`;
    if (index % perPage === 0) sheet.classList.add(SHEET_START_CLASS);
  });
}

/** Puts `page` on a sheet: the slide shrunk by `zoom` (which keeps text as text), then the notes. */
function handoutSheet(page: HTMLElement, notes: string | null, zoom: number): HTMLElement {
  const sheet = document.createElement('article');
  sheet.className = 'handout-sheet';
  const frame = document.createElement('div');
  frame.className = 'handout-slide';
  frame.style.zoom = String(zoom);
  page.replaceWith(sheet);
  sheet.append(frame);
  frame.append(page);
  if (notes) {
    const text = document.createElement('div');
    text.className = 'handout-notes';
    text.innerHTML = notes;
    sheet.append(text);
  }
  return sheet;
}
