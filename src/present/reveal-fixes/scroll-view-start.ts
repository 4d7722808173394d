/**
 * The moment reveal.js switches to its scroll view, seen from outside: two fixes act on it.
 */
import type { RevealApi } from 'reveal.js';

/** The class reveal.js gives its viewport while the scroll view is on. */
const SCROLL_VIEW_CLASS = 'reveal-scroll';

/**
 * Calls `started` each time the deck goes from slides to its scroll view, once reveal.js has
 * finished switching; returns the function that stops watching. The switch can come from any
 * of reveal.js's layouts, not only a window resize, so it is watched on the class it sets.
 */
export function onScrollViewStart(deck: RevealApi, started: () => void): () => void {
  const viewport = deck.getViewportElement();
  if (!viewport) return () => {};
  let wasScrollView = viewport.classList.contains(SCROLL_VIEW_CLASS);
  const observer = new MutationObserver(() => {
    const nowScrollView = viewport.classList.contains(SCROLL_VIEW_CLASS);
    if (nowScrollView && !wasScrollView) started();
    wasScrollView = nowScrollView;
  });
  observer.observe(viewport, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
