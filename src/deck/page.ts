/**
 * The slides in index.html itself: every section, rendered at build time into `.reveal >
 * .slides`, so the page is the whole talk before any script runs (and when none runs at all:
 * src/theme/no-script.css sets it out as a page of slides), search engines and archives read
 * it, and reveal.js starts on the DOM the browser already parsed. Speaker notes only in builds
 * that keep them (dev server, speaker build), as `<aside class="notes">`.
 */
import { renderDeck, type Deck } from './deck.ts';

/** Where src/index.html wants the slides: inside `.slides`. */
export const SLIDES_PLACEHOLDER = '<!--deck:slides-->';

/** A section's opening tag, where the renderer writes reveal.js's attributes. */
const SECTION_TAG = /<section\b[^>]*>/g;
/**
 * A slide's background picture. Vite resolves and hashes the images a page links (`<img src>`),
 * but not a data attribute that only reveal.js reads: the page leaves it out, and src/main.ts
 * sets it from `virtual:deck`, where the picture is an import Vite resolves (src/deck/module.ts).
 */
const BACKGROUND_IMAGE = /\sdata-background-image="[^"]*"/;

/**
 * Every slide's `<section>` for the page. `assetUrl` gives an image's URL as the page itself
 * resolves it (relative to index.html in the builds, `/@fs/` in the dev server). Pictures after
 * the first slide load lazily: a reader on a phone fetches those they scroll to; the presenter
 * those of the slides reveal.js lays out ahead (src/present/pictures-ahead.ts); the print view
 * all of them (src/print/print.ts).
 */
export function renderPageSlides(deck: Deck, options: { notes: boolean; assetUrl: (path: string) => string }): string {
  return renderDeck(deck, { ...options, lazyPictures: true }).replace(SECTION_TAG, (tag) => tag.replace(BACKGROUND_IMAGE, ''));
}

/** Puts the slides where the placeholder is; a page without one keeps its empty `.slides`. */
export function withSlides(html: string, slides: string): string {
  return html.replace(SLIDES_PLACEHOLDER, () => slides);
}
