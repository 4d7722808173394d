/**
 * Dev-server only: when a slide file changes, swap the sections in place and stay on the
 * same slide, instead of reloading the page and losing the speaker's place.
 */
import type { RevealApi } from 'reveal.js';
import type { ViteHotContext } from 'vite/types/hot.d.ts';

/**
 * Replaces every section and returns to the slide and fragment the speaker was on: found by its
 * slug, so a slide inserted or removed before it does not move them; by position when the
 * slide itself is gone or renamed.
 */
export function replaceSections(deck: RevealApi, slides: HTMLElement, sections: string): void {
  const { h, v, f } = deck.getIndices();
  const slug = deck.getCurrentSlide()?.id;
  slides.innerHTML = sections;
  deck.sync();
  const same = slug ? slides.querySelector<HTMLElement>(`section#${CSS.escape(slug)}`) : null;
  const at = same ? deck.getIndices(same) : { h, v };
  deck.slide(at.h, at.v, f);
}

/**
 * Vite's client (8.x, clearOverlayOrReloadOnFirstUpdate) reloads the page when its first hot
 * update arrives under an error overlay, taking that as a page that never loaded. A running deck
 * did load: the overlay is taken down before the update, which then applies in place, so the
 * speaker keeps their slide and nothing they saved is lost to a reload.
 */
export function updateInPlace(hot: ViteHotContext): void {
  hot.on('vite:beforeUpdate', () => {
    for (const overlay of document.querySelectorAll('vite-error-overlay')) overlay.remove();
  });
}
