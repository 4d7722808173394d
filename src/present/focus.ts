/**
 * Keyboard focus never stays behind on a slide that has gone.
 *
 * reveal.js makes every slide but the current one `inert`, but Chromium leaves the focus where
 * it was: on a matrix button the presenter clicked, say, on a slide that is no longer shown.
 * Keys then go to that hidden button first: Escape resets a table nobody sees instead of opening
 * the overview, and Space clicks it instead of going on. So when the slide changes, focus that
 * is on another slide is let go, and keys reach reveal.js from the document again.
 */
import type { RevealApi } from 'reveal.js';

export function releaseFocusLeftBehind(deck: RevealApi): void {
  deck.on('slidechanged', () => {
    const focused = document.activeElement;
    const current = deck.getCurrentSlide();
    if (!(focused instanceof HTMLElement) || !current || current.contains(focused)) return;
    if (focused.closest('.reveal .slides section')) focused.blur();
  });
}
