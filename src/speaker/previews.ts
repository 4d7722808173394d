/**
 * The speaker view's two previews, each a reveal.js deck of its own embedded in the page
 * (reveal.js runs several per page): the current step, and the step a "next" key would show.
 * They show; they never listen to keys, the address or other windows.
 */
import Reveal, { type RevealApi, type RevealConfig } from 'reveal.js';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../present/config.ts';
import type { DeckPosition } from './channel.ts';

const PREVIEW_CONFIG: RevealConfig = {
  embedded: true,
  width: SLIDE_WIDTH,
  height: SLIDE_HEIGHT,
  margin: 0.02,
  center: false,
  keyboard: false,
  touch: false,
  mouseWheel: false,
  controls: false,
  progress: false,
  slideNumber: false,
  hash: false,
  history: false,
  respondToHashChanges: false,
  postMessage: false,
  postMessageEvents: false,
  jumpToSlide: false,
  help: false,
  overview: false,
  pause: false,
  previewLinks: false,
  transition: 'none',
  backgroundTransition: 'none',
  // A preview is narrow: it must stay slides, never switch to the scroll view.
  scrollActivationWidth: 0,
};

export interface Previews {
  show(position: DeckPosition): void;
  /** A saved slide: new sections, the same position. */
  replace(sections: string): void;
  /** The slide the next step is on; undefined when the talk has no step after this one. */
  nextSlug(): string | undefined;
}

/** Starts a preview deck in each of the two `.reveal` elements. */
export async function startPreviews(current: HTMLElement, next: HTMLElement, sections: string): Promise<Previews> {
  const decks = [current, next].map((root) => {
    root.querySelector('.slides')!.innerHTML = sections;
    return new Reveal(root, PREVIEW_CONFIG);
  });
  await Promise.all(decks.map((deck) => deck.initialize()));
  const [now, upcoming] = decks as [RevealApi, RevealApi];
  let shown: DeckPosition | undefined;
  let ended = false;
  const show = (position: DeckPosition) => {
    shown = position;
    now.slide(position.h, position.v, position.f);
    upcoming.slide(position.h, position.v, position.f);
    const before = JSON.stringify(upcoming.getIndices());
    upcoming.next();
    ended = JSON.stringify(upcoming.getIndices()) === before;
  };
  return {
    show,
    replace(sections) {
      for (const [index, deck] of decks.entries()) {
        [current, next][index]!.querySelector('.slides')!.innerHTML = sections;
        deck.sync();
      }
      if (shown) show(shown);
    },
    nextSlug: () => (ended ? undefined : upcoming.getCurrentSlide()?.id),
  };
}
