/**
 * The last line of defence: every slide's HTML as the browser will receive it (the `<section>`
 * the renderer writes, which is also the cover in index.html, and the References slide) is
 * parsed as a browser parses it and judged by the same allowlist as an author's raw HTML.
 * The checks before it judge what the author wrote; this one judges what marked and
 * citation-js made of it, so that no route through a renderer reaches the page unjudged.
 * Pure: the model in, problems out.
 */
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import type { Bibliography } from './bibliography.ts';
import { judgeTree, type Refusal } from './html-allowlist.ts';
import type { Citation, Slide } from './model.ts';
import { problemAt, type Problem, type SourcePosition } from './problem.ts';
import { renderReferences, renderSlide, type RenderContext, type WidgetRenderer } from './render.ts';

type Element = DefaultTreeAdapterTypes.Element;

/** The element the deck's sections live in. */
const SLIDES_CONTEXT = parseFragment('<div class="slides"></div>').childNodes[0] as Element;
/** Widgets are the deck's own code, judged by their own tests; here they stand as an empty box. */
const WIDGET_STAND_IN: WidgetRenderer = () => '<div class="widget"></div>';

/** Problems with the rendered HTML of every slide and of the References slide. */
export function checkRenderedSlides(slides: readonly Slide[], bibliography: Bibliography | undefined, widgetKinds: readonly string[]): Problem[] {
  const context: RenderContext = {
    notes: true,
    bibliography,
    assetUrl: (path) => path,
    widgets: Object.fromEntries(widgetKinds.map((kind) => [kind, WIDGET_STAND_IN])),
  };
  const problems = slides.flatMap((slide) => judgeSection(renderSlide(slide, 0, context), { file: slide.file, line: slide.body.line, column: 1 }));
  if (bibliography) {
    const citations: Citation[] = slides.flatMap((slide) => slide.citations);
    problems.push(...judgeSection(renderReferences(citations, bibliography, 0, context), { file: bibliography.file, line: 1, column: 1 }));
  }
  return problems;
}

/** One rendered `<section>`: it must stay one section, and hold only what the allowlist allows. */
function judgeSection(html: string, at: SourcePosition): Problem[] {
  const top = parseFragment(SLIDES_CONTEXT, html, {}).childNodes.filter((node): node is Element => 'tagName' in node);
  if (top.length !== 1 || top[0]!.tagName !== 'section')
    return [problemAt(at, 'the rendered slide does not stay inside its own <section>', 'look for HTML in this slide that a browser reads differently from how it is written, and remove it')];
  const section = top[0]!;
  const refusals: Refusal[] = [];
  for (const child of section.childNodes) {
    if (!('tagName' in child)) continue;
    // The speaker notes' <aside class="notes"> is the renderer's own; its content is judged.
    const isNotes = child.tagName === 'aside' && child.attrs.length === 1 && child.attrs[0]!.name === 'class' && child.attrs[0]!.value === 'notes';
    refusals.push(...judgeTree(isNotes ? child : { ...section, childNodes: [child] }, { rendered: true }));
  }
  return refusals.map((refusal) =>
    problemAt(
      at,
      `the rendered slide would contain ${refusal.attribute ? `the ${refusal.attribute} attribute on <${refusal.element.tagName}>` : `<${refusal.element.tagName}>`}: ${refusal.message}`,
      `Markdown or the bibliography turned something in this file into it; ${refusal.hint}`,
    ),
  );
}
