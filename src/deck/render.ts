/**
 * Stage 2, render: the slide model in, reveal.js `<section>` HTML out. Pure: assets become
 * whatever URL the caller's `assetUrl` returns, widgets are rendered by the caller's widgets,
 * and speaker notes are left out entirely unless `notes` is on.
 */
import type { Token, Tokens } from 'marked';
import type { Bibliography } from './bibliography.ts';
import { attributes, escapeHtml } from './html.ts';
import { markdown } from './markdown.ts';
import type { Citation, MarkdownBlock, Slide, Talk, WidgetBlock } from './model.ts';

/** Renders a widget block (```matrix) to HTML; the block was checked before rendering. */
export type WidgetRenderer = (block: WidgetBlock, slide: Slide) => string;

export interface RenderContext {
  /** Include `<aside class="notes">`: on for presenting, off for the audience build. */
  notes: boolean;
  bibliography?: Bibliography;
  /** The URL under which a project file (`assets/art/x.svg`) is served. */
  assetUrl: (path: string) => string;
  widgets: Record<string, WidgetRenderer>;
  /** Where a citation links to (the article's reference list); no link when unset. */
  citationHref?: (key: string) => string;
}

/** Renders one slide to its `<section>`. `timing` is the slide's share of the talk in seconds. */
export function renderSlide(slide: Slide, timing: number, context: RenderContext): string {
  const background = slide.backgroundAsset
    ? { 'data-background-image': context.assetUrl(slide.backgroundAsset.path) }
    : { 'data-background-color': slide.background };
  const classes = [`layout-${slide.layout}`, ...slide.class].join(' ');
  const section = attributes({
    id: slide.slug,
    class: classes,
    'data-title': slide.title,
    'data-timing': timing,
    'data-transition': slide.transition,
    ...background,
  });
  const { body, notes } = renderSlideContent(slide, context);
  const aside = context.notes && notes ? `\n<aside class="notes">${notes}</aside>` : '';
  return `<section${section}>\n${body}${aside}\n</section>`;
}

/**
 * A slide's body and speaker notes as HTML, without the reveal.js `<section>` around them: for
 * pages that set the talk out differently (the article). The notes only when `notes` is on.
 */
export function renderSlideContent(slide: Slide, context: RenderContext): { body: string; notes?: string } {
  const body = renderMarkdown(slide.body, slide, context);
  return { body, notes: context.notes && slide.notes ? renderMarkdown(slide.notes, slide, context) : undefined };
}

/** The generated References slide: every entry cited anywhere in the deck, in APA order. */
export function renderReferences(citations: readonly Citation[], bibliography: Bibliography, timing: number, context: RenderContext): string {
  const entries = bibliography.references(citations);
  const list = entries.map((entry) => `<li>${entry}</li>`).join('\n');
  const notes = context.notes
    ? `\n<aside class="notes"><p>These are the ${entries.length} works cited in the talk and its notes, generated from ${escapeHtml(bibliography.file)}. I leave this slide up during questions so people can note the sources.</p></aside>`
    : '';
  return `<section${attributes({ id: REFERENCES_SLUG, class: 'layout-references', 'data-title': 'References', 'data-timing': timing })}>\n<h2>References</h2>\n<ol class="references">\n${list}\n</ol>${notes}\n</section>`;
}

/** The References slide's deep link; no slide file may take it. */
export const REFERENCES_SLUG = 'references';

/** The `<title>` and `<meta>` a page of this talk carries. */
export function renderHead(talk: Talk): string {
  return [
    `<title>${escapeHtml(talk.title)} — ${escapeHtml(talk.author)}</title>`,
    `<meta name="description" content="${escapeHtml(talk.description)}">`,
    `<meta name="author" content="${escapeHtml(talk.author)}">`,
  ].join('\n');
}

function renderMarkdown(block: MarkdownBlock, slide: Slide, context: RenderContext): string {
  const text = withCitations(block.markdown, slide.citations, context.bibliography, context.citationHref);
  const tokens = markdown.lexer(text);
  const widgets = [...slide.widgets];
  markdown.walkTokens(tokens, (token: Token) => {
    if (token.type === 'image') {
      const image = token as Tokens.Image;
      const asset = slide.assets.find((candidate) => candidate.href === image.href);
      if (asset) image.href = context.assetUrl(asset.path);
    } else if (token.type === 'code') {
      const code = token as Tokens.Code;
      const render = code.lang ? context.widgets[code.lang] : undefined;
      const block = render ? widgets.shift() : undefined;
      if (render && block) Object.assign(token, { type: 'html', block: true, pre: false, text: render(block, slide) });
    }
  });
  return markdown.parser(tokens).trim();
}

/** Replaces each `{Key@page}` with its formatted citation, marked up as `<cite>`. */
function withCitations(text: string, citations: readonly Citation[], bibliography?: Bibliography, href?: (key: string) => string): string {
  if (!bibliography) return text;
  let result = text;
  for (const citation of citations) {
    if (!result.includes(citation.raw)) continue;
    const escaped = escapeHtml(bibliography.format(citation));
    const key = bibliography.resolve(citation.key);
    const formatted = href && key ? `<a href="${escapeHtml(href(key))}">${escaped}</a>` : escaped;
    result = result.replace(citation.raw, `<cite class="citation">${formatted}</cite>`);
  }
  return result;
}
