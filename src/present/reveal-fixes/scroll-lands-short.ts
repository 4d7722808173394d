/**
 * reveal.js 6.0.2's scroll view lands a page short when it scrolls to a slide that comes after
 * slides with fragments (the matrix slides), while its own scroll tracking maps the page
 * correctly, and then makes the slide it shows the current one. Two ways a reader meets it:
 * - A deep link into the scroll view (`#/gated-openness`) opens at the slide before.
 * - A presenter's window narrowed mid-talk (the scroll view starts below scrollActivationWidth,
 *   config.ts) shows the slide before theirs, which becomes the current one: their place is lost.
 * So the deck scrolls to the slide's page itself, once everything is mounted and again after
 * each hash change and each switch to the scroll view, and lets reveal.js make that slide the
 * current one as it does for any scroll.
 */
import type { RevealApi } from 'reveal.js';
import type { RevealFix } from './fix.ts';
import { onScrollViewStart } from './scroll-view-start.ts';

/** `#/gated-openness` → `gated-openness`; reveal.js writes slugs in the hash this way. */
const SLUG_HASH = /^#\/([^/?]+)/;
/** The link the reader followed, read as this module loads, before reveal.js rewrites the hash. */
const LINKED_HASH = globalThis.location?.hash ?? '';

export const scrollLandsShort: RevealFix = {
  id: 'scroll-lands-short',
  description: 'the scroll view scrolls to the page before the slide it was sent to (a deep link, a narrowed window)',
  revealVersion: '6.0.2',
  upstream: 'https://github.com/hakimel/reveal.js/issues/3815',
  // Once the pages have their final height: widgets mounted, fonts loaded.
  phase: 'before-ready',
  install(deck) {
    // By slug: leaving the scroll view replaces the slide elements with copies. Switching to the
    // scroll view changes the current slide too, but then deck.isScrollView() is already true.
    let presented = deck.isScrollView() ? undefined : deck.getCurrentSlide()?.id;
    const rememberPresented = () => {
      if (!deck.isScrollView()) presented = deck.getCurrentSlide()?.id;
    };
    deck.on('slidechanged', rememberPresented);
    const stopWatching = onScrollViewStart(deck, () => {
      const slug = presented;
      // After reveal.js's own scroll to the slide, which it makes once the pages are laid out.
      if (slug) requestAnimationFrame(() => scrollToSlide(deck, slug));
    });

    scrollToLinkedSlide(deck, LINKED_HASH);
    // After reveal.js's own handler of the same event, which would leave the page a slide short.
    const followLink = () => requestAnimationFrame(() => scrollToLinkedSlide(deck, location.hash));
    window.addEventListener('hashchange', followLink);
    return () => {
      deck.off('slidechanged', rememberPresented);
      stopWatching();
      window.removeEventListener('hashchange', followLink);
    };
  },
};

function scrollToLinkedSlide(deck: RevealApi, hash: string): void {
  const slug = SLUG_HASH.exec(hash)?.[1];
  if (slug) scrollToSlide(deck, decodeURIComponent(slug));
}

/** In the scroll view, scrolls the page of the slide with this slug to the top of the window. */
function scrollToSlide(deck: RevealApi, slug: string): void {
  if (!deck.isScrollView()) return;
  const slide = deck.getSlidesElement()?.querySelector<HTMLElement>(`section[id="${CSS.escape(slug)}"]`);
  const page = slide?.closest<HTMLElement>('.scroll-page');
  const viewport = deck.getViewportElement();
  if (!page || !viewport) return;
  viewport.scrollTop += page.getBoundingClientRect().top - viewport.getBoundingClientRect().top;
}
