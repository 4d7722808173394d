/**
 * Keyboard focus never stays behind on a slide that has gone.
 *
 * reveal.js makes every slide but the current one `inert`, but Chromium leaves the focus where
 * it was for a while: on a matrix button the presenter clicked, say, on a slide no longer
 * shown. Keys go to that hidden button first: Escape resets a table nobody sees instead of
 * opening the overview, and Space clicks it instead of going on. So when the slide changes,
 * focus that is on another slide is let go, and keys reach reveal.js from the document again.
 * Not in the scroll view: there every slide stays in view and usable, and the current slide
 * changes as the reader scrolls, Tab included, which must not lose their place.
 */
import type { RevealApi } from 'reveal.js';

export function releaseFocusLeftBehind(deck: RevealApi): void {
  deck.on('slidechanged', () => {
    if (deck.isScrollView()) return;
    const focused = document.activeElement;
    const current = deck.getCurrentSlide();
    if (!(focused instanceof HTMLElement) || !current || current.contains(focused)) return;
    if (focused.closest('.reveal .slides section')) focused.blur();
  });
}
