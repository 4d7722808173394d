/**
 * The talk in the checkout, as the deck's own loader sees it: what the property tests expect
 * (how many slides, their slugs and titles, which have fragments) comes from here, never from
 * numbers written into a test, so the tests hold for any talk a speaker writes.
 *
 * DECK_ROOT points every test at another project folder: the copy that e2e/any-talk/ makes
 * (a slide inserted, another moved) runs the same specs against its own talk.
 */
import { fileURLToPath } from 'node:url';
import { loadDeck } from '../../src/deck/load.ts';
import { formatProblem } from '../../src/deck/problem.ts';
import { REFERENCES_SLUG } from '../../src/deck/render.ts';
import { WIDGET_SOURCES } from '../../src/widgets/sources.ts';

/** The project folder whose talk the tests check: the checkout, unless DECK_ROOT says another. */
export const DECK_ROOT = process.env.DECK_ROOT ?? fileURLToPath(new URL('../..', import.meta.url));

/** One slide as the audience meets it: its deep link and its title. */
export interface TalkSlide {
  slug: string;
  title: string;
  /** The slide's source file, project-relative; none for the generated References slide. */
  file?: string;
  layout: string;
  /** Whether the slide has speaker notes (the References slide always has). */
  hasNotes: boolean;
}

/** The deck's slides, in the talk's order, the generated References slide last when there is one. */
export function talkSlides(root: string = DECK_ROOT): TalkSlide[] {
  const loaded = loadDeck(root, WIDGET_SOURCES);
  if (!loaded.deck) throw new Error(`the talk in ${root} does not load:\n${loaded.problems.map(formatProblem).join('\n')}`);
  const slides: TalkSlide[] = loaded.deck.slides.map(({ slug, title, file, layout, notes }) => ({ slug, title, file, layout, hasNotes: notes !== undefined }));
  if (loaded.deck.bibliography) slides.push({ slug: REFERENCES_SLUG, title: 'References', layout: 'references', hasNotes: true });
  return slides;
}
