/**
 * The first frame: index.html holds the slides and src/theme/first-paint.css shows the first
 * one where reveal.js will put it, before any script runs. A module script that arrives with
 * the stylesheet runs before the browser's first frame, so without a pause the reader would
 * see nothing until reveal.js has laid the whole deck out.
 */

/**
 * Resolves once the browser has had a frame to paint the page as the build wrote it: after the
 * next animation frame, in a task of its own. At once for a deep link (the first paint would be
 * the title, not the linked slide) and in a hidden tab (which paints no frames until shown).
 */
export function firstFramePainted(): Promise<void> {
  const opensAtTitle = location.hash === '' || location.hash === '#/';
  if (!opensAtTitle || document.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    // A tab hidden in the meantime never gets its frame: the deck starts all the same.
    setTimeout(resolve, FIRST_FRAME_LIMIT_MS);
  });
}

/** Far longer than a frame, even at 4× CPU slowdown; only a tab hidden meanwhile waits this long. */
const FIRST_FRAME_LIMIT_MS = 250;
