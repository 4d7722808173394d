/**
 * The reveal.js configuration for presenting this talk. Everything here is a reveal.js option
 * (see node_modules/reveal.js/dist/config.d.ts); nothing reveal.js does is written again.
 */
import type { RevealConfig } from 'reveal.js';

/** The slide canvas: 16:9 at the size a 720p projector shows without scaling. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;
/** Below this window width readers get reveal's scroll view instead of slides. */
export const SCROLL_VIEW_BELOW = 640;

/** `totalTime` drives the speaker view's pacing timer but is missing from reveal's types. */
export type DeckConfig = RevealConfig & { totalTime?: number };

/** Options for presenting; `totalTime` is the sum of the slides' `data-timing`. */
export function presentingConfig(totalTime: number, plugins: RevealConfig['plugins']): DeckConfig {
  return {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    margin: 0.04,
    center: false,
    hash: true,
    respondToHashChanges: true,
    history: false,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    transition: 'slide',
    backgroundTransition: 'fade',
    totalTime,
    scrollActivationWidth: SCROLL_VIEW_BELOW,
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    plugins,
  };
}
