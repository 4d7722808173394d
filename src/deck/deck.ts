/**
 * Composes the whole deck from its sources: parses every slide, the talk and the bibliography,
 * runs the checks that need all of them, and paces the talk. Pure: the caller reads the files.
 */
import { parseBibliography, type Bibliography } from './bibliography.ts';
import { checkAssets, checkNumbering, checkSlugs } from './check.ts';
import type { Slide, Talk } from './model.ts';
import { checkOverflow } from './overflow.ts';
import { countWords, paceSlides } from './pacing.ts';
import { parseSlide, slideOrder } from './parse.ts';
import { problemAt, type Problem, type SourcePosition } from './problem.ts';
import { checkRenderedSlides } from './rendered-html.ts';
import { REFERENCES_SLUG, renderHead, renderReferences, renderSlide, type RenderContext } from './render.ts';
import { parseTalk } from './talk.ts';
import type { Widget } from './widget.ts';

export interface SourceFile {
  /** Path relative to the project root. */
  file: string;
  text: string;
}

export interface DeckSources {
  /** Missing when it could not be read (already a problem): the slides are still checked. */
  talk?: SourceFile;
  slides: SourceFile[];
  /** Every slide file found, read or not (not UTF-8): numbering is about names. Defaults to `slides`. */
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
  if ((sources.slideFiles ?? sources.slides).length === 0)
    problems.push(problemAt({ file: 'slides', line: 1, column: 1 }, 'there are no slide files', 'add slides/01-title.md'));
  slides.sort((a, b) => sortKey(a.order) - sortKey(b.order) || a.file.localeCompare(b.file));

  const bibliography = sources.bibliography ? parseBibliography(sources.bibliography.file, sources.bibliography.text) : undefined;
  if (bibliography) problems.push(...bibliography.problems);
  const citations = slides.flatMap((slide) => slide.citations);
  if (bibliography?.value) problems.push(...bibliography.value.check(citations));
  else if (!sources.bibliography && citations.length > 0)
    problems.push(problemAt(citations[0]!.at, 'the slides cite works but there is no bibliography', 'add slides/references.bib'));

  // Numbering is about file names, so a file whose content failed to parse still counts.
  const slideFiles = sources.slideFiles ?? sources.slides.map(({ file }) => file);
  problems.push(...checkNumbering(slideFiles.map((file) => ({ file, order: slideOrder(file) }))));
  problems.push(...checkSlugs(slides, bibliography?.value ? [REFERENCES_SLUG] : []));
  problems.push(...checkAssets(slides, sources.assetExists, sources.knownAssets, sources.assetInsideProject));
  problems.push(...checkOverflow(slides, widgetKinds));
  for (const slide of slides)
    for (const block of slide.widgets) problems.push(...(sources.widgets.find((w) => w.kind === block.kind)?.check(block) ?? []));

  const withReferences = bibliography?.value !== undefined && citations.length > 0;
  const paced = slides.map((slide) => ({ timing: slide.timing, noteWords: countWords(slide.notes?.markdown ?? '') }));
  if (withReferences) paced.push({ timing: undefined, noteWords: 0 });
  const timings = talk.value && sources.talk ? paceSlides(paced, talk.value.duration, durationAt(sources.talk)) : undefined;
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

/** The value of talk.yaml's `duration:` line, where a pacing problem is fixed. */
function durationAt(talk: SourceFile): SourcePosition {
  const lines = talk.text.split(/\r?\n/);
  const index = lines.findIndex((line) => DURATION_LINE.test(line));
  if (index === -1) return { file: talk.file, line: 1, column: 1 };
  return { file: talk.file, line: index + 1, column: DURATION_LINE.exec(lines[index]!)![0].length + 1 };
}

/** `duration: 25m`, up to where the value starts. */
const DURATION_LINE = /^duration\s*:\s*/;

/** Files without a number (already a problem) go last rather than making the sort unstable. */
const sortKey = (order: number) => (Number.isNaN(order) ? Number.POSITIVE_INFINITY : order);

/** Every `<section>` of the deck, in order, the References slide last. */
export function renderDeck(deck: Deck, context: Omit<RenderContext, 'bibliography' | 'widgets'>): string {
  const full: RenderContext = {
    ...context,
    bibliography: deck.bibliography,
    widgets: Object.fromEntries(deck.widgets.map((widget) => [widget.kind, widget.render.bind(widget)])),
  };
  const sections = deck.slides.map((slide, index) => renderSlide(slide, deck.timings[index]!, full));
  if (deck.bibliography)
    sections.push(renderReferences(deck.slides.flatMap((s) => s.citations), deck.bibliography, deck.timings.at(-1)!, full));
  return sections.join('\n');
}

/** The page head for the talk. */
export { renderHead };
