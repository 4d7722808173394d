/**
 * reveal.js 6.0.2's jump box (G, js/controllers/jumptoslide.js) closes itself a moment after
 * its input loses focus. It also loses focus when the box closes after a jump, and that late
 * "close" still runs if G has opened the box again meanwhile: a presenter quick on the keys, on
 * a loaded laptop (Chromium runs key presses before timers), sees the box vanish and the slide's
 * number typed as shortcuts. So the deck takes over that one listener: the box closes only if
 * its input still lacks the focus when the moment has passed.
 */
import type { RevealFix } from './fix.ts';

/** reveal.js's input in the jump box (its jumptoslide controller). */
const JUMP_INPUT = 'jump-to-slide-input';

export const jumpBoxLateClose: RevealFix = {
  id: 'jump-box-late-close',
  description: "the jump box (G) opened again just after a jump is closed by the previous box's delayed blur",
  revealVersion: '6.0.2',
  phase: 'after-initialize',
  install(deck) {
    // A capturing listener on the document runs before the input's own listener, and stops it.
    const closeWhenLeft = (event: FocusEvent) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || !input.classList.contains(JUMP_INPUT)) return;
      event.stopImmediatePropagation();
      setTimeout(() => {
        if (document.activeElement !== input) deck.toggleJumpToSlide(false);
      });
    };
    document.addEventListener('blur', closeWhenLeft, true);
    return () => document.removeEventListener('blur', closeWhenLeft, true);
  },
};
