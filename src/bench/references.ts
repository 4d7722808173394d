/**
 * The two reference points the page-load figures are divided by, made in a temporary folder
 * from the real slides:
 * - the floor: a static HTML page holding only the first slide's text, no CSS, no script;
 * - the runtime-Markdown deck: the common way of doing this, reveal.js's own dist files and
 *   its Markdown plugin parsing `<textarea data-template>` in the browser, with our built
 *   theme CSS and fonts so that only the way of getting slides on screen differs.
 */
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deck } from '../deck/deck.ts';
import { escapeHtml } from '../deck/html.ts';
import type { Slide } from '../deck/model.ts';
import { renderSlide } from '../deck/render.ts';
import { presentingConfig } from '../present/config.ts';
import { filesIn } from './sizes.ts';

/** reveal.js's own ES module builds, as its documentation tells users to load them. */
export const REVEAL_FILES = ['node_modules/reveal.js/dist/reveal.mjs', 'node_modules/reveal.js/dist/plugin/markdown.mjs'] as const;

/** The separator reveal's Markdown plugin looks for by default (`^\s*notes?:`, any case). */
const NOTES_SEPARATOR = 'Note:';

/** The first slide exactly as our build renders it, in a page with nothing else. */
export function floorPage(deck: Deck): string {
  const first = renderSlide(deck.slides[0]!, deck.timings[0]!, { notes: false, bibliography: deck.bibliography, assetUrl: (path) => path, widgets: {} });
  return page(deck.talk.lang, deck.talk.title, '', `<div class="reveal"><div class="slides">\n${first}\n</div></div>`, '');
}

/**
 * One slide as a user of reveal's Markdown plugin writes it: the body, then the notes after
 * `Note:`. Asset links become page-relative; `&` and `<` are escaped because a textarea's
 * content is decoded once before the plugin reads it.
 */
export function markdownSection(slide: Slide): string {
  let body = slide.body.markdown;
  for (const asset of slide.assets) body = body.split(`(${asset.href}`).join(`(${asset.path}`);
  const notes = slide.notes ? `\n${NOTES_SEPARATOR}\n${slide.notes.markdown}` : '';
  const template = `${body.trim()}\n${notes}`.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<section data-markdown id="${escapeHtml(slide.slug)}" class="layout-${slide.layout}"><textarea data-template>\n${template}\n</textarea></section>`;
}

/** The whole runtime-Markdown page, with our reveal.js configuration so both decks lay out alike. */
export function runtimeMarkdownPage(deck: Deck, stylesheets: readonly string[]): string {
  const { plugins: _plugins, totalTime: _totalTime, ...config } = presentingConfig(0, []);
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n');
  const sections = deck.slides.map(markdownSection).join('\n');
  const script = `<script type="module">
import Reveal from './reveal/reveal.mjs';
import Markdown from './reveal/markdown.mjs';
new Reveal({ ...${JSON.stringify(config)}, plugins: [Markdown] }).initialize();
</script>`;
  return page(deck.talk.lang, deck.talk.title, links, `<div class="reveal"><div class="slides">\n${sections}\n</div></div>`, script);
}

function page(lang: string, title: string, head: string, body: string, script: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
${body}
${script}
</body>
</html>
`;
}

/** Writes the floor page into `folder`. */
export function writeFloorPage(folder: string, deck: Deck): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), floorPage(deck));
}

/**
 * Writes the runtime-Markdown deck into `folder`: reveal's files from `project`'s
 * node_modules, the slides' assets, and the CSS and fonts of our build in `ourBuild`.
 */
export function writeRuntimeMarkdownDeck(folder: string, deck: Deck, project: string, ourBuild: string): void {
  mkdirSync(join(folder, 'reveal'), { recursive: true });
  for (const file of REVEAL_FILES) copyFileSync(join(project, file), join(folder, 'reveal', file.split('/').pop()!));
  cpSync(join(project, 'assets'), join(folder, 'assets'), { recursive: true });
  // Our CSS names its fonts relative to itself, so the build's files move together.
  cpSync(ourBuild, join(folder, 'theme'), { recursive: true });
  const stylesheets = filesIn(join(folder, 'theme'))
    .filter((file) => file.endsWith('.css'))
    .map((file) => file.slice(folder.length + 1));
  writeFileSync(join(folder, 'index.html'), runtimeMarkdownPage(deck, stylesheets));
}
