/**
 * A presenter's window narrowed mid-talk and widened again.
 *
 * reveal.js 6.0.2 switches to its scroll view when the window gets narrow
 * (scrollActivationWidth in config.ts) and back when it widens. Three faults follow, which the
 * deck mends here:
 * - The scroll view scrolls to the current slide a page short (as it does for a deep link, see
 *   scroll-view.ts) and then makes the slide it shows the current one: the presenter's slide
 *   is lost. The deck remembers that slide and scrolls to it.
 * - The overview stays open in the scroll view, where its class leaves the pages blank. The
 *   deck closes it.
 * - The scroll view keeps a copy of the slides' HTML from before it started, the overview's
 *   transforms included, and puts it back on widening; with the overview closed by then,
 *   nothing takes them off and every slide is off screen. The deck takes them off whenever
 *   reveal.js re-reads the slides with the overview closed.
 */
import type { RevealApi } from 'reveal.js';
import { scrollToSlide } from './scroll-view.ts';

/** The class reveal.js gives its viewport while the scroll view is on. */
const SCROLL_VIEW_CLASS = 'reveal-scroll';
/** Where the overview writes its transforms (reveal.js's overview controller). */
const OVERVIEW_PLACED = '.slides section, .backgrounds .slide-background';

export function followViewSwitches(deck: RevealApi): void {
  const viewport = deck.getViewportElement();
  if (!viewport) return;

  // By slug: leaving the scroll view replaces the slide elements with copies. Switching to the
  // scroll view changes the current slide too, but then deck.isScrollView() is already true.
  let presented = deck.isScrollView() ? undefined : deck.getCurrentSlide()?.id;
  deck.on('slidechanged', () => {
    if (!deck.isScrollView()) presented = deck.getCurrentSlide()?.id;
  });

  // The switch can come from any of reveal.js's layouts, not only a window resize: watched on
  // the class it sets, once it has finished switching.
  let wasScrollView = viewport.classList.contains(SCROLL_VIEW_CLASS);
  new MutationObserver(() => {
    const nowScrollView = viewport.classList.contains(SCROLL_VIEW_CLASS);
    if (nowScrollView && !wasScrollView) {
      if (deck.isOverview()) deck.toggleOverview(false);
      const slug = presented;
      // After reveal.js's own scroll to the slide, which it makes once the pages are laid out.
      if (slug) requestAnimationFrame(() => scrollToSlide(deck, slug));
    }
    wasScrollView = nowScrollView;
  }).observe(viewport, { attributes: true, attributeFilter: ['class'] });

  // Leaving the scroll view puts the old HTML back and then syncs; so does a hot update.
  deck.on('sync', () => {
    if (deck.isOverview()) return;
    for (const placed of deck.getRevealElement()?.querySelectorAll<HTMLElement>(OVERVIEW_PLACED) ?? []) {
      if (placed.style.transform.includes('translate3d')) placed.style.transform = '';
    }
  });
}
