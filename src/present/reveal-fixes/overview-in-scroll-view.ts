/**
 * A presenter's window narrowed with the overview open, and widened again.
 *
 * reveal.js 6.0.2 switches to its scroll view when the window gets narrow
 * (scrollActivationWidth in config.ts) and back when it widens. Two faults follow, which the
 * deck mends here:
 * - The overview stays open in the scroll view, where its class leaves the pages blank. The
 *   deck closes it.
 * - The scroll view keeps a copy of the slides' HTML from before it started, the overview's
 *   transforms included, and puts it back on widening; with the overview closed by then,
 *   nothing takes them off and every slide is off screen. The deck takes them off whenever
 *   reveal.js re-reads the slides with the overview closed.
 * One fault, seen twice: the second comes only from closing the overview the first needs.
 */
import type { RevealFix } from './fix.ts';
import { onScrollViewStart } from './scroll-view-start.ts';

/** Where the overview writes its transforms (reveal.js's overview controller). */
const OVERVIEW_PLACED = '.slides section, .backgrounds .slide-background';

export const overviewInScrollView: RevealFix = {
  id: 'overview-in-scroll-view',
  description: 'the overview stays open in the scroll view (blank pages), and its transforms come back on widening',
  revealVersion: '6.0.2',
  phase: 'after-initialize',
  install(deck) {
    const stopWatching = onScrollViewStart(deck, () => {
      if (deck.isOverview()) deck.toggleOverview(false);
    });
    // Leaving the scroll view puts the old HTML back and then syncs; so does a hot update.
    const takeOffTransforms = () => {
      if (deck.isOverview()) return;
      for (const placed of deck.getRevealElement()?.querySelectorAll<HTMLElement>(OVERVIEW_PLACED) ?? []) {
        if (placed.style.transform.includes('translate3d')) placed.style.transform = '';
      }
    };
    deck.on('sync', takeOffTransforms);
    return () => {
      stopWatching();
      deck.off('sync', takeOffTransforms);
    };
  },
};
