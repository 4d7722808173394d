/**
 * Pictures ahead of the presenter. After the first slide the page's pictures load lazily
 * (src/deck/page.ts), which suits a reader scrolling on a phone; but reveal.js keeps every slide
 * but the current one `hidden`, and the browser's lazy loading waits for a hidden picture until
 * it is shown, so each would arrive as its slide comes up. Here the slides within reveal.js's
 * view distance (those it lays out) fetch their pictures at once, so none appears late.
 */
import type { RevealApi } from 'reveal.js';

/** The lazy pictures of the slides within `distance` of the current one, in the deck's flat order. */
export function picturesAhead(slides: readonly HTMLElement[], current: HTMLElement | undefined, distance: number): HTMLImageElement[] {
  const at = current ? slides.indexOf(current) : -1;
  if (at === -1) return [];
  return slides.slice(Math.max(0, at - distance), at + distance + 1).flatMap((slide) => [...slide.querySelectorAll<HTMLImageElement>('img[loading="lazy"]')]);
}

/**
 * Loads the pictures within the view distance now and after every change of slide; returns the
 * loader, for slides that arrive otherwise (a hot update swaps every section in place).
 */
export function loadPicturesAhead(deck: RevealApi): () => void {
  const load = () => {
    // viewDistance even on a phone, where reveal.js lays out fewer (mobileViewDistance): a few
    // pictures more, fetched early, cost less than one that appears late.
    const distance = deck.getConfig().viewDistance ?? 3;
    for (const picture of picturesAhead(deck.getSlides(), deck.getCurrentSlide(), distance)) picture.loading = 'eager';
  };
  load();
  deck.on('slidechanged', load);
  return load;
}
