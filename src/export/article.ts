/**
 * The talk as an article, for someone who missed it: each slide's content followed by what
 * the speaker says about it, as prose; the matrix as the same accessible table the deck shows;
 * the citations linked to the references at the end. Pure: the loader's model in (src/deck),
 * one static HTML page out, with no script. The caller (src/cli/article.ts) writes it and the
 * files it links (stylesheet, fonts, pictures).
 */
import type { Bibliography } from '../deck/bibliography.ts';
import type { Deck } from '../deck/deck.ts';
import { escapeHtml } from '../deck/html.ts';
import type { Citation } from '../deck/model.ts';
import { renderHead, renderSlideContent, type RenderContext, type WidgetRenderer } from '../deck/render.ts';

/** Where the article's references live, and each entry's anchor. */
const REFERENCES_ID = 'references';
const referenceId = (key: string) => `ref-${key.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

export interface ArticleOptions {
  /** The URL of a project file (`assets/art/x.svg`) as the page links it. */
  assetUrl: (path: string) => string;
  /** The stylesheet's URL. */
  stylesheet: string;
  /** The Content-Security-Policy for the page's `<meta>`. */
  policy: (bodyHtml: string) => string;
}

/** The article's HTML page. */
export function renderArticle(deck: Deck, options: ArticleOptions): string {
  const context: RenderContext = {
    notes: true,
    bibliography: deck.bibliography,
    assetUrl: options.assetUrl,
    widgets: Object.fromEntries(deck.widgets.map((widget) => [widget.kind, scrollable(widget.render.bind(widget))])),
    citationHref: (key) => `#${referenceId(key)}`,
  };
  const parts = deck.slides.map((slide, index) => {
    const { body, notes } = renderSlideContent(slide, context);
    const label = `<p class="slide-label">Slide ${index + 1}</p>`;
    const said = notes ? `\n<div class="said">\n${notes}\n</div>` : '';
    return `<section class="part layout-${slide.layout}" id="${escapeHtml(slide.slug)}">\n<div class="on-slide">\n${label}\n${body}\n</div>${said}\n</section>`;
  });
  const cited = deck.slides.flatMap((slide) => slide.citations);
  const references = deck.bibliography && cited.length > 0 ? referenceList(deck.bibliography, cited) : '';
  // The first slide usually carries the talk's title as its one `#` heading; if none does, the page gets one.
  const title = parts.some((part) => part.includes('<h1')) ? '' : `<h1>${escapeHtml(deck.talk.title)}</h1>\n`;
  const intro = `<header class="masthead"><p>${escapeHtml(deck.talk.author)}’s talk, written out: each slide, then what the speaker says about it.</p></header>`;
  const body = `${intro}\n<main>\n${title}${parts.join('\n')}\n${references}</main>`;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(deck.talk.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${options.policy(body)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    renderHead(deck.talk),
    `<link rel="stylesheet" href="${escapeHtml(options.stylesheet)}">`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A widget (the matrix's table) in a region that scrolls sideways on a screen narrower than
 * the table, reachable by keyboard, so a phone reader can still read every column.
 */
function scrollable(render: WidgetRenderer): WidgetRenderer {
  return (block, slide) => `<div class="wide" role="region" tabindex="0" aria-label="${escapeHtml(slide.title)}: table, scrolls sideways on a narrow screen">\n${render(block, slide)}\n</div>`;
}

/** The works cited, in the style's order, each with the anchor its citations link to. */
function referenceList(bibliography: Bibliography, cited: readonly Citation[]): string {
  const all = bibliography.references(cited);
  const keys = [...new Set(cited.map((citation) => bibliography.resolve(citation.key)).filter((key): key is string => key !== undefined))];
  // citation-js formats a list without telling which entry is whose: format each key alone and
  // find its place in the whole list.
  const entries = keys
    .map((key) => ({ key, html: bibliography.references(cited.filter((citation) => bibliography.resolve(citation.key) === key))[0] ?? '' }))
    .sort((a, b) => all.indexOf(a.html) - all.indexOf(b.html));
  const items = entries.map(({ key, html }) => `<li id="${referenceId(key)}">${html}</li>`).join('\n');
  return `<section class="part" id="${REFERENCES_ID}" aria-labelledby="${REFERENCES_ID}-title">\n<h2 id="${REFERENCES_ID}-title">References</h2>\n<ol class="references">\n${items}\n</ol>\n</section>\n`;
}
