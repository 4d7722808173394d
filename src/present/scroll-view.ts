/**
 * reveal.js's scroll view, as readers on phones get it (see `startingView` in config.ts).
 *
 * A deep link into the scroll view (`#/gated-openness`) should open at that slide. reveal.js
 * 6.0 scrolls there itself, but it lands a page short of any slide that comes after slides
 * with fragments (the matrix slides), while its own scroll tracking maps the page correctly.
 * So the deck scrolls to the linked slide's page itself, once everything is mounted and again
 * after each hash change, and lets reveal.js make that slide the current one as it does for
 * any scroll.
 */
import type { RevealApi } from 'reveal.js';

/** reveal.js 6 has `isScrollView()` at run time; its bundled types do not list it. */
type ScrollAware = RevealApi & { isScrollView?: () => boolean };

/** `#/gated-openness` → `gated-openness`; reveal.js writes slugs in the hash this way. */
const SLUG_HASH = /^#\/([^/?]+)/;
/** The link the reader followed, read before reveal.js starts and rewrites the hash. */
const LINKED_HASH = globalThis.location?.hash ?? '';

/**
 * Scrolls to the slide the reader's link named, now and whenever the hash changes, while the
 * deck is in the scroll view.
 */
export function followDeepLinks(deck: RevealApi): void {
  scrollToLinkedSlide(deck, LINKED_HASH);
  // After reveal.js's own handler of the same event, which would leave the page a slide short.
  window.addEventListener('hashchange', () => requestAnimationFrame(() => scrollToLinkedSlide(deck, location.hash)));
}

function scrollToLinkedSlide(deck: RevealApi, hash: string): void {
  if (!(deck as ScrollAware).isScrollView?.()) return;
  const slug = SLUG_HASH.exec(hash)?.[1];
  const slide = slug ? deck.getSlidesElement()?.querySelector<HTMLElement>(`section[id="${CSS.escape(decodeURIComponent(slug))}"]`) : null;
  const page = slide?.closest<HTMLElement>('.scroll-page');
  const viewport = deck.getViewportElement();
  if (!page || !viewport) return;
  viewport.scrollTop += page.getBoundingClientRect().top - viewport.getBoundingClientRect().top;
}
