/**
 * Dev-server only: when a slide file changes, swap the sections in place and stay on the
 * same slide, instead of reloading the page and losing the speaker's place.
 */
import type { RevealApi } from 'reveal.js';

/** Replaces every section and returns to the slide and fragment the speaker was on. */
export function replaceSections(deck: RevealApi, slides: HTMLElement, sections: string): void {
  const { h, v, f } = deck.getIndices();
  slides.innerHTML = sections;
  deck.sync();
  deck.slide(h, v, f);
}
