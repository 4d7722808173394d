/**
 * The reference points the bench divides by, made from the real slides: the floor (the first
 * slide alone, no CSS, no script), the styled floor (the same with our stylesheet and fonts),
 * the print floor (every slide, one a printed page), the runtime-Markdown deck (reveal.js's dist
 * files and Markdown plugin, with our theme CSS and fonts, so only the way of getting slides on
 * screen differs) and one Markdown file for marp-cli.
 */
import { copyFileSync, cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDeck, type Deck } from '../deck/deck.ts';
import { escapeHtml } from '../deck/html.ts';
import type { Slide } from '../deck/model.ts';
import { renderSlide } from '../deck/render.ts';
import { presentingConfig } from '../present/config.ts';

/** reveal.js's own ES module builds, as its documentation tells users to load them. */
export const REVEAL_FILES = ['node_modules/reveal.js/dist/reveal.mjs', 'node_modules/reveal.js/dist/plugin/markdown.mjs'] as const;

/** The separator reveal's Markdown plugin looks for by default (`^\s*notes?:`, any case). */
const NOTES_SEPARATOR = 'Note:';
/** One printed page a slide, at the slide size the deck is designed for (1280 × 720). */
const PRINT_CSS = '<style>@page { size: 1280px 720px; margin: 0 } section { display: block; break-after: page; height: 720px; overflow: hidden }</style>';
const assetUrl = (path: string) => path;

/** A slide's Markdown with its asset links made relative to the project folder rather than the slide file. */
function pageMarkdown(slide: Slide): string {
  let body = slide.body.markdown;
  for (const asset of slide.assets) body = body.split(`(${asset.href}`).join(`(${asset.path}`);
  return body.trim();
}

/** The slides as one Markdown file at the project's root, `---` between slides, as marp-cli reads them. */
export function marpMarkdown(deck: Deck): string {
  return `${deck.slides.map(pageMarkdown).join('\n\n---\n\n')}\n`;
}

/** One slide as a user of reveal's Markdown plugin writes it, notes after `Note:`; `&` and `<` escaped, as a textarea decodes them once. */
export function markdownSection(slide: Slide): string {
  const notes = slide.notes ? `\n${NOTES_SEPARATOR}\n${slide.notes.markdown}` : '';
  const template = `${pageMarkdown(slide)}\n${notes}`.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<section data-markdown id="${escapeHtml(slide.slug)}" class="layout-${slide.layout}"><textarea data-template>\n${template}\n</textarea></section>`;
}

/** The whole runtime-Markdown page, with our reveal.js configuration so both decks lay out alike. */
export function runtimeMarkdownPage(deck: Deck, stylesheets: readonly string[]): string {
  const { plugins: _plugins, totalTime: _totalTime, ...config } = presentingConfig(0, []);
  const links = stylesheetLinks(stylesheets);
  const script = `<script type="module">
import Reveal from './reveal/reveal.mjs';
import Markdown from './reveal/markdown.mjs';
new Reveal({ ...${JSON.stringify(config)}, plugins: [Markdown] }).initialize();
</script>`;
  return referencePage(deck, links, `<div class="reveal"><div class="slides">\n${deck.slides.map(markdownSection).join('\n')}\n</div></div>\n${script}`);
}

/** A reference page of the talk: its language and title, `head` and `body` as given. */
export function referencePage(deck: Deck, head: string, body: string): string {
  const { lang, title } = deck.talk;
  return `<!doctype html>\n<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** The first slide as our build renders it, without notes, in reveal.js's wrappers and nothing else. */
export function firstSlideAlone(deck: Deck): string {
  const first = renderSlide(deck.slides[0]!, deck.timings[0]!, { notes: false, bibliography: deck.bibliography, assetUrl, widgets: {} });
  return `<div class="reveal"><div class="slides">\n${first}\n</div></div>`;
}

/** Writes every reference into `work` (the Markdown file into `project`, whose assets it links); `ourBuild` lends its CSS and fonts. */
export function writeReferences(work: string, deck: Deck, project: string, ourBuild: string): { marpFile: string } {
  for (const folder of ['floor', 'print-floor', 'runtime-md/reveal']) mkdirSync(join(work, folder), { recursive: true });
  // The floor: the first slide exactly as our build renders it, in a page with nothing else.
  const firstSlide = firstSlideAlone(deck);
  writeFileSync(join(work, 'floor', 'index.html'), referencePage(deck, '', firstSlide));
  // The same with our build's stylesheet and fonts and no script: what the first paint costs the design.
  cpSync(ourBuild, join(work, 'styled-floor'), { recursive: true });
  writeFileSync(join(work, 'styled-floor', 'index.html'), referencePage(deck, stylesheetLinks(stylesheetsUnder(join(work, 'styled-floor'))), firstSlide));
  cpSync(join(project, 'assets'), join(work, 'styled-floor', 'assets'), { recursive: true, force: false });
  // The print floor: every slide as our build renders it, one a printed page, without the deck's CSS or script.
  writeFileSync(join(work, 'print-floor', 'index.html'), referencePage(deck, PRINT_CSS, renderDeck(deck, { notes: false, assetUrl })));
  cpSync(join(project, 'assets'), join(work, 'print-floor', 'assets'), { recursive: true });
  const runtime = join(work, 'runtime-md');
  for (const file of REVEAL_FILES) copyFileSync(join(project, file), join(runtime, 'reveal', file.split('/').pop()!));
  cpSync(join(project, 'assets'), join(runtime, 'assets'), { recursive: true });
  // Our CSS names its fonts relative to itself, so the build's files move together.
  cpSync(ourBuild, join(runtime, 'theme'), { recursive: true });
  writeFileSync(join(runtime, 'index.html'), runtimeMarkdownPage(deck, stylesheetsUnder(join(runtime, 'theme')).map((file) => `theme/${file}`)));
  const marpFile = join(project, 'bench-slides.md');
  writeFileSync(marpFile, marpMarkdown(deck));
  return { marpFile };
}

/** The stylesheets in `folder` and below, as paths relative to it. */
function stylesheetsUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));
}

export function stylesheetLinks(hrefs: readonly string[]): string {
  return hrefs.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n');
}
