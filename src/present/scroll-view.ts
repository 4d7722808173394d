/**
 * reveal.js's scroll view, as readers on phones get it (see `startingView` in config.ts): read
 * as a page, turned with the phone, fragments shown as text. Where it lands on a deep link is
 * a reveal.js fault, mended in reveal-fixes/scroll-lands-short.ts.
 */
import type { RevealApi } from 'reveal.js';
import { readingOptions, SCROLL_VIEW_BELOW, slideOptions, startingView } from './config.ts';

/**
 * A reader who starts in the scroll view gets portrait pages (`readingOptions` in config.ts),
 * which src/theme/phone.css lays out under `html[data-reading="page"]`. Set as this module
 * loads, before reveal.js starts, so the first layout is already the phone's.
 */
export const READING_PAGE = startingView(globalThis.innerWidth, globalThis.location?.search) === 'scroll';
if (READING_PAGE) globalThis.document.documentElement.setAttribute('data-reading', 'page');

/**
 * Fits the scroll view to its reader once everything is mounted: a phone's reading page is
 * read as a document and follows the phone's turns; with fragments off, they become text.
 */
export function fitScrollView(deck: RevealApi): void {
  if (READING_PAGE) {
    readAsDocument(deck);
    followRotation(deck);
  }
  showFragmentsAsText(deck);
}

/**
 * A phone that started in portrait (the reading page, `view: 'scroll'`) and is turned to
 * landscape would keep the portrait page, a narrow column in the middle of the screen: reveal.js
 * never leaves a scroll view it was asked for. Wider than SCROLL_VIEW_BELOW, it gets the slides
 * at their own 16:9 size instead, on the slide it was reading; turned back, the reading page.
 */
function followRotation(deck: RevealApi): void {
  // In the capture phase, so before reveal.js's own resize handler, which re-lays the pages out
  // for the new width and so makes another slide the current one.
  window.addEventListener(
    'resize',
    () => {
      const reading = document.documentElement.hasAttribute('data-reading');
      const narrow = window.innerWidth <= SCROLL_VIEW_BELOW;
      if (reading === narrow) return;
      const slide = deck.getCurrentSlide();
      if (narrow) document.documentElement.setAttribute('data-reading', 'page');
      else document.documentElement.removeAttribute('data-reading');
      // Without `view`, reveal.js switches between slides and its scroll view by the width itself
      // (and reveal-fixes/scroll-lands-short.ts keeps the slide when it goes to the scroll view).
      deck.configure({ view: null, ...(narrow ? readingOptions() : slideOptions()) } as Parameters<RevealApi['configure']>[0]);
      const same = slide?.id ? deck.getSlidesElement()?.querySelector<HTMLElement>(`section[id="${CSS.escape(slide.id)}"]`) : null;
      if (!narrow && same) deck.slide(deck.getIndices(same).h, deck.getIndices(same).v);
    },
    { capture: true },
  );
}

/**
 * With fragments off (a phone reader, see `readingOptions` in config.ts) reveal.js shows every
 * fragment, but its scroll view still gives a slide one extra screen of scrolling per fragment
 * while nothing changes. Taking the fragment class off the elements and laying out again
 * leaves each slide a single page, as tall as the others, which also keeps reveal.js's own
 * mapping from scroll position to slide exact (it assumes equal steps). The rows keep their
 * fragment index.
 */
function showFragmentsAsText(deck: RevealApi): void {
  if (!deck.isScrollView() || deck.getConfig().fragments !== false) return;
  const fragments = deck.getSlidesElement()?.querySelectorAll('.fragment') ?? [];
  if (fragments.length === 0) return;
  for (const fragment of fragments) fragment.classList.remove('fragment', 'visible', 'current-fragment');
  // Laying out again gives reveal.js new pages that do not know which slide it made present,
  // so it would never take `present` off that one: clear it, and the layout sets it afresh.
  deck.getSlidesElement()?.querySelectorAll('section.present').forEach((slide) => slide.classList.remove('present'));
  deck.layout();
}

/**
 * reveal.js marks the deck `role="application"`, which suits slides driven by keys but tells a
 * screen reader to leave its reading mode. Read as a page, the deck is the document's main
 * content: a landmark to jump to (axe: landmark-one-main), read like any article.
 */
function readAsDocument(deck: RevealApi): void {
  deck.getRevealElement()?.setAttribute('role', 'main');
}
