/**
 * Composes the whole deck from its sources: parses every slide, the talk and the bibliography,
 * runs the checks that need all of them, and paces the talk. Pure: the caller reads the files.
 */
import { parseBibliography, type Bibliography } from './bibliography.ts';
import { checkAssets, checkSlugs } from './check.ts';
import type { Slide, Talk } from './model.ts';
import { checkOverflow } from './overflow.ts';
import { countWords, paceSlides } from './pacing.ts';
import { parseSlide } from './parse.ts';
import { problemAt, type Problem } from './problem.ts';
import { checkRenderedSlides } from './rendered-html.ts';
import { REFERENCES_SLUG, renderHead, renderReferences, renderSlide, type RenderContext } from './render.ts';
import { parseTalk } from './talk.ts';
import { checkTitleSlide, keyAt } from './title-slide.ts';
import type { Widget } from './widget.ts';

export interface SourceFile {
  /** Path relative to the project root. */
  file: string;
  text: string;
}

export interface DeckSources {
  /** Missing when it could not be read (already a problem): the slides are still checked. */
  talk?: SourceFile;
  /** The slides in the talk's order (the list in talk.yaml). */
  slides: SourceFile[];
  /** Every slide file listed, read or not (not UTF-8). Defaults to `slides`. */
  slideFiles?: readonly string[];
  bibliography?: SourceFile;
  widgets: Widget[];
  /** Every widget kind the deck knows, built or not. Defaults to the kinds of `widgets`. */
  widgetKinds?: readonly string[];
  /** Whether a project file exists (assets). */
  assetExists: (path: string) => boolean;
  /** Whether a project file, its links followed, stays inside the project. Defaults to yes. */
  assetInsideProject?: (path: string) => boolean;
  /** Every asset path there is, for "did you mean" hints. */
  knownAssets: readonly string[];
}

export interface Deck {
  talk: Talk;
  slides: Slide[];
  bibliography?: Bibliography;
  widgets: Widget[];
  /** Seconds per slide, the generated References slide last when there is one. */
  timings: number[];
}

/** Parses and checks everything; `deck` is undefined when any error was found. */
export function composeDeck(sources: DeckSources): { deck?: Deck; problems: Problem[] } {
  const problems: Problem[] = [];
  // A kind whose data failed (already a problem) still marks its fences as widget blocks, not code.
  const widgetKinds = sources.widgetKinds ?? sources.widgets.map((widget) => widget.kind);
  const talk = sources.talk ? parseTalk(sources.talk.file, sources.talk.text) : { value: undefined, problems: [] };
  problems.push(...talk.problems);

  const slides: Slide[] = [];
  for (const source of sources.slides) {
    const parsed = parseSlide(source.file, source.text, { widgetKinds });
    problems.push(...parsed.problems);
    if (parsed.value) slides.push(parsed.value);
  }
  if (talk.value && sources.talk) problems.push(...checkTitleSlide(slides, talk.value, sources.talk.file, sources.talk.text));
  if ((sources.slideFiles ?? sources.slides).length === 0)
    problems.push(problemAt({ file: 'slides', line: 1, column: 1 }, 'there are no slide files', 'add one with npm run slide -- new "Title" (it lists it in slides/talk.yaml)'));

  const bibliography = sources.bibliography ? parseBibliography(sources.bibliography.file, sources.bibliography.text) : undefined;
  if (bibliography) problems.push(...bibliography.problems);
  const citations = slides.flatMap((slide) => slide.citations);
  if (bibliography?.value) problems.push(...bibliography.value.check(citations));
  else if (!sources.bibliography && citations.length > 0)
    problems.push(problemAt(citations[0]!.at, 'the slides cite works but there is no bibliography', 'add slides/references.bib'));

  problems.push(...checkSlugs(slides, bibliography?.value ? [REFERENCES_SLUG] : []));
  problems.push(...checkAssets(slides, sources.assetExists, sources.knownAssets, sources.assetInsideProject));
  problems.push(...checkOverflow(slides, widgetKinds));
  for (const slide of slides)
    for (const block of slide.widgets) problems.push(...(sources.widgets.find((w) => w.kind === block.kind)?.check(block) ?? []));

  const withReferences = bibliography?.value !== undefined && citations.length > 0;
  const paced = slides.map((slide) => ({ timing: slide.timing, noteWords: countWords(slide.notes?.markdown ?? '') }));
  if (withReferences) paced.push({ timing: undefined, noteWords: 0 });
  const timings = talk.value && sources.talk ? paceSlides(paced, talk.value.duration, keyAt(sources.talk.file, sources.talk.text, 'duration')) : undefined;
  if (timings) problems.push(...timings.problems);

  if (problems.some((p) => p.severity !== 'warning') || !talk.value || !timings) return { problems };
  // Only a deck that passed every check above is rendered, so this reports what they missed.
  problems.push(...checkRenderedSlides(slides, withReferences ? bibliography?.value : undefined, widgetKinds));
  if (problems.some((p) => p.severity !== 'warning')) return { problems };
  return {
    deck: { talk: talk.value, slides, bibliography: withReferences ? bibliography?.value : undefined, widgets: sources.widgets, timings: timings.value },
    problems,
  };
}

/** Every `<section>` of the deck, in order, the References slide last. */
export function renderDeck(deck: Deck, context: Omit<RenderContext, 'bibliography' | 'widgets'>): string {
  const full: RenderContext = {
    ...context,
    bibliography: deck.bibliography,
    widgets: Object.fromEntries(deck.widgets.map((widget) => [widget.kind, widget.render.bind(widget)])),
  };
  // The first slide is on screen at once: its pictures are fetched as the page is read, not after layout.
  const sections = deck.slides.map((slide, index) => renderSlide(slide, deck.timings[index]!, index === 0 ? { ...full, lazyPictures: false } : full));
  if (deck.bibliography)
    sections.push(renderReferences(deck.slides.flatMap((s) => s.citations), deck.bibliography, deck.timings.at(-1)!, full));
  return sections.join('\n');
}

/** The page head for the talk. */
export { renderHead };
