/**
 * reveal.js's jump box (G) closes itself a moment after its input loses focus. It also loses
 * focus when the box closes after a jump, and that late "close" still runs if G has opened the
 * box again meanwhile: a presenter quick on the keys, on a loaded laptop (Chromium runs key
 * presses before timers), sees the box vanish and the slide's number typed as shortcuts.
 * So the deck takes over that one listener: the box closes only if its input still lacks the
 * focus when the moment has passed.
 */
import type { RevealApi } from 'reveal.js';

/** reveal.js's input in the jump box (its jumptoslide controller). */
const JUMP_INPUT = 'jump-to-slide-input';

export function closeJumpBoxOnlyWhenLeft(deck: RevealApi): void {
  // A capturing listener on the document runs before the input's own listener, and stops it.
  document.addEventListener(
    'blur',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || !input.classList.contains(JUMP_INPUT)) return;
      event.stopImmediatePropagation();
      setTimeout(() => {
        if (document.activeElement !== input) deck.toggleJumpToSlide(false);
      });
    },
    true,
  );
}
