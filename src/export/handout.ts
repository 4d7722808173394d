/**
 * Turns reveal.js's print view into a handout: each slide's page, scaled to the paper's text
 * width, with the slide's speaker notes under it. The notes flow as ordinary text, so Chromium
 * continues a long note on the next sheet instead of cutting it off; each slide starts a sheet.
 * The sheet size and margins come from the command (src/cli/pdf.ts) and src/theme/print.css.
 */
import type { RevealApi } from 'reveal.js';
import { textWidthPx, type Paper } from './paper.ts';

/** The class on <html> that src/theme/print.css styles the handout by. */
export const HANDOUT_CLASS = 'deck-handout';

/** Wraps every print page in a handout sheet with its notes. */
export function layoutHandout(deck: RevealApi, paper: Paper): void {
  const slides = deck.getSlidesElement();
  if (!slides) return;
  const pages = [...slides.querySelectorAll<HTMLElement>(':scope > .pdf-page')];
  if (pages.length === 0) return;
  // Measured before the body narrows: a page is as wide as reveal.js made the slides.
  const zoom = textWidthPx(paper) / pages[0]!.offsetWidth;
  document.documentElement.classList.add(HANDOUT_CLASS);
  // reveal.js sized the body to one slide page; the handout's body is one column of text.
  document.body.style.width = `${textWidthPx(paper)}px`;
  document.body.style.height = 'auto';
  for (const page of pages) {
    const section = page.querySelector<HTMLElement>('section');
    handoutSheet(page, section ? deck.getSlideNotes(section) : null, zoom);
  }
}

/** Puts `page` on a sheet: the slide shrunk by `zoom` (which keeps text as text), then the notes. */
function handoutSheet(page: HTMLElement, notes: string | null, zoom: number): void {
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
}
