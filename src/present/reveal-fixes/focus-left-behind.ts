/**
 * Keyboard focus never stays behind on a slide that has gone.
 *
 * reveal.js 6.0.2 makes every slide but the current one `inert`, but Chromium leaves the focus
 * where it was for a while: on a matrix button the presenter clicked, say, on a slide no longer
 * shown. Keys go to that hidden button first: Escape resets a table nobody sees instead of
 * opening the overview, and Space clicks it instead of going on. So when the slide changes,
 * focus that is on another slide is let go, and keys reach reveal.js from the document again.
 * Not in the scroll view: there every slide stays in view and usable, and the current slide
 * changes as the reader scrolls, Tab included, which must not lose their place.
 */
import type { RevealFix } from './fix.ts';

export const focusLeftBehind: RevealFix = {
  id: 'focus-left-behind',
  description: 'the focus stays on a control of the slide just left, so the next key goes to a hidden button',
  revealVersion: '6.0.2',
  phase: 'after-initialize',
  install(deck) {
    const release = () => {
      if (deck.isScrollView()) return;
      const focused = document.activeElement;
      const current = deck.getCurrentSlide();
      if (!(focused instanceof HTMLElement) || !current || current.contains(focused)) return;
      if (focused.closest('.reveal .slides section')) focused.blur();
    };
    deck.on('slidechanged', release);
    return () => deck.off('slidechanged', release);
  },
};
