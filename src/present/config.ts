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

/**
 * The page a phone reader gets in the scroll view: a portrait canvas that reveal.js scales to
 * the screen's width. 720px wide is about half scale on a 390px phone, so the 36px body text
 * reads at about 19px; the height holds the tallest slide (the references) re-laid out by
 * src/theme/phone.css, which recognises this canvas by its width.
 */
export const PAGE_WIDTH = 720;
export const PAGE_HEIGHT = 1340;

/**
 * The view to start in. reveal.js switches to the scroll view on its own when the window is
 * narrow, but when it does so while starting, it has not measured the pages yet and drops a
 * deep link (`#/the-puzzle` opens at the title). Asking for the scroll view up front makes it
 * lay the pages out before it reads the URL. The price: a window that starts narrow keeps the
 * scroll view when widened; one that starts wide still switches both ways.
 * The print view (`?print-pdf`) turns the switch off in its URL and stays slides.
 */
export function startingView(windowWidth: number | undefined, search = ''): 'scroll' | null {
  if (PRINT_VIEW.test(search)) return null;
  return windowWidth !== undefined && windowWidth <= SCROLL_VIEW_BELOW ? 'scroll' : null;
}

/** reveal.js's print view (the PDF export) keeps the 1280×720 slides, however narrow the window. */
const PRINT_VIEW = /print-pdf/i;

/** The reader asked their system for less motion: then slides change without a transition. */
export function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** `totalTime` drives the speaker view's pacing timer but is missing from reveal's types. */
export type DeckConfig = RevealConfig & { totalTime?: number };

/**
 * Options for presenting; `totalTime` is the sum of the slides' `data-timing`. The window's
 * width and motion preference are read once, at start, unless given (tests).
 */
export function presentingConfig(
  totalTime: number,
  plugins: RevealConfig['plugins'],
  reader: { windowWidth?: number; search?: string; reducedMotion?: boolean } = {
    windowWidth: globalThis.innerWidth,
    search: globalThis.location?.search,
    reducedMotion: prefersReducedMotion(),
  },
): DeckConfig {
  const still = reader.reducedMotion ?? false;
  const view = startingView(reader.windowWidth, reader.search);
  return {
    ...slideOptions(),
    center: false,
    hash: true,
    respondToHashChanges: true,
    history: false,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    transition: still ? 'none' : 'slide',
    backgroundTransition: still ? 'none' : 'fade',
    totalTime,
    view,
    scrollActivationWidth: SCROLL_VIEW_BELOW,
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    plugins,
    ...(view === 'scroll' ? readingOptions() : {}),
  };
}

/** The slides' own canvas, as presented, and reveal.js's own scroll view settings to go with it. */
export function slideOptions(): Partial<DeckConfig> {
  return { width: SLIDE_WIDTH, height: SLIDE_HEIGHT, margin: 0.04 };
}

/**
 * A phone reads the talk as one page: portrait slides at the screen's width, each as tall as
 * its canvas and no taller (`compact`), scrolled freely rather than snapped, with every
 * fragment shown at once (the matrix's rows are there to be read, not clicked in).
 */
export function readingOptions(): Partial<DeckConfig> {
  return {
    width: PAGE_WIDTH,
    height: PAGE_HEIGHT,
    margin: 0,
    scrollLayout: 'compact',
    scrollSnap: false,
    fragments: false,
  };
}
