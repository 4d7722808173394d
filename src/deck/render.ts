/**
 * Stage 2, render: the slide model in, reveal.js `<section>` HTML out. Pure: assets become
 * whatever URL the caller's `assetUrl` returns, widgets are rendered by the caller's widgets,
 * and speaker notes are left out entirely unless `notes` is on.
 */
import type { Bibliography } from './bibliography.ts';
import { readBlock } from './block-content.ts';
import { attributes, escapeHtml } from './html.ts';
import { renderTokens } from './markdown.ts';
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
  /**
   * Markdown pictures load only as the reader nears them (`loading="lazy"`): a page that holds
   * every slide fetches and decodes no picture of a slide far ahead while the first one starts.
   */
  lazyPictures?: boolean;
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

/**
 * A block's HTML from the tokens the parse lexed: pictures get their asset's URL, citations
 * their formatted text, and fences that place a widget the widget's HTML. Tokens are not changed.
 */
function renderMarkdown(block: MarkdownBlock, slide: Slide, context: RenderContext): string {
  const content = readBlock(block, slide.file, Object.keys(context.widgets));
  return renderTokens(content.lexed.tokens, {
    lazyImages: context.lazyPictures,
    imageUrl: (image) => {
      const asset = content.assetOf.get(image);
      return asset ? context.assetUrl(asset.path) : undefined;
    },
    citation: (token) => {
      const citation = content.citationOf.get(token);
      const bibliography = context.bibliography;
      if (!citation || !bibliography) return undefined;
      const key = bibliography.resolve(citation.key);
      return { text: bibliography.format(citation), href: context.citationHref && key ? context.citationHref(key) : undefined };
    },
    widget: (token) => {
      const block = content.widgetOf.get(token);
      // Only the body's widget blocks are the slide's (and checked); a fence in the notes stays code.
      const render = block && slide.widgets.includes(block) ? context.widgets[block.kind] : undefined;
      return render && block ? render(block, slide) : undefined;
    },
  }).trim();
}
