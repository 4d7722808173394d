/**
 * The cover: the first slide, rendered at build time into index.html itself, so that the
 * reader sees the title at first paint, before any script has run (or when none runs at all),
 * like a server-rendered page. src/theme/cover.css lays it out where reveal.js will put the
 * real slide; src/main.ts replaces it with the deck's sections just before reveal.js starts.
 */
import type { Deck } from './deck.ts';
import { renderSlide } from './render.ts';

/** Marks the cover, for its stylesheet and for tests; reveal.js never sees it. */
export const COVER_ATTRIBUTE = 'data-cover';

/** Where src/index.html wants the cover: inside `.slides`. */
export const COVER_PLACEHOLDER = '<!--deck:cover-->';

/** Everything that tells reveal.js something about a section: the real slide carries it. */
const REVEAL_ATTRIBUTES = /\s(?:id|data-(?:title|timing|transition|background-[a-z-]+))="[^"]*"/g;

/**
 * The first slide's `<section>` as a cover. Never any speaker notes, even in builds that keep
 * them: the cover stands in the page's HTML, which the audience may read, and it is only a
 * picture of the slide. `assetUrl` gives an image's URL as the page itself resolves it.
 * Without its id and reveal.js's data attributes, so the deck has one element per slug and
 * a reveal.js that ever saw the cover would not take it for a slide with its own background.
 */
export function renderCover(deck: Deck, assetUrl: (path: string) => string): string {
  const first = deck.slides[0];
  if (!first) return '';
  const widgets = Object.fromEntries(deck.widgets.map((widget) => [widget.kind, widget.render.bind(widget)]));
  const section = renderSlide(first, deck.timings[0] ?? 0, { notes: false, bibliography: deck.bibliography, assetUrl, widgets });
  const opening = section.indexOf('>');
  return `<section ${COVER_ATTRIBUTE}${section.slice('<section'.length, opening).replace(REVEAL_ATTRIBUTES, '')}${section.slice(opening)}`;
}

/** Puts the cover where the placeholder is; a page without one keeps its empty `.slides`. */
export function withCover(html: string, cover: string): string {
  return html.replace(COVER_PLACEHOLDER, cover);
}
