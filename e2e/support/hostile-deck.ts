/**
 * Hostile content that the loader accepts, written into a throwaway copy of the project: every
 * payload here is text, an attribute value or a code sample once the deck is built, and must
 * stay that way in a browser. Each payload, if it ever ran, would set `window.__pwned` or open
 * a dialog, which e2e/security/inert.spec.ts watches for. What the loader refuses is in
 * src/deck/catalogue/hostile-* instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { loadDeck } from '../../src/deck/load.ts';
import { WIDGET_SOURCES } from '../../src/widgets/sources.ts';

/** What each payload does if it runs: the probe the spec reads. */
export const PROBE = '__pwned';
const RUN = `window.${PROBE}=1;alert(1)`;

/** The accepted payloads, one a line, each a different route to the page. */
export const INERT_PAYLOADS: readonly string[] = [
  `\\<script>${RUN}\\</script> is escaped text.`,
  `\`<img src=x onerror="${RUN}">\` is a code span.`,
  `&lt;script&gt;${RUN}&lt;/script&gt; is written with entities.`,
  `<abbr title="&quot;&gt;&lt;img src=x onerror=${RUN}&gt;">An attribute break-out in a title</abbr> stays in its attribute.`,
  `[A link whose title breaks out](https://example.org/ "&quot;&gt;&lt;img src=x onerror=${RUN}&gt;") has an escaped title.`,
  `<a href="https://example.org/&quot;onmouseover=&quot;${RUN}">A quote in an href</a> stays in the href.`,
  `javascript:${RUN} is plain text, never a link.`,
  `<!-- <script>${RUN}</script> --> A comment hides a script.`,
  `<svg viewBox="0 0 10 10" role="img" aria-label="square"><title>&lt;script&gt;${RUN}&lt;/script&gt;</title><rect width="10" height="10"/></svg> SVG text with a script in it.`,
];

/** Code blocks: the renderer escapes all of it. */
const CODE_BLOCK = ['```html', `</section><script>${RUN}</script>`, `<img src=x onerror="${RUN}">`, '```'].join('\n');

/** Speaker notes that try to leave their `<aside>`: only text, inside it. */
const NOTES = [`\`</aside><script>${RUN}</script>\` and \\</aside> and &lt;/aside&gt;&lt;script&gt;${RUN}&lt;/script&gt; stay in the notes.`, '', 'Cited: {Mallory 2024} and {Eve 2023}.'].join('\n');

/** Bibliography entries whose fields try to break out of the References slide's markup. */
const HOSTILE_ENTRIES = `
@misc{Mallory2024,
  author = {Mallory, M. <img src=x onerror="${RUN}">},
  title  = {A title "><script>${RUN}</script> with a break-out},
  year   = {2024},
  url    = {javascript:${RUN}},
}

@article{Eve2023,
  author  = {Eve, E.},
  title   = {A DOI with a quote},
  journal = {Journal of Tests},
  year    = {2023},
  doi     = {10.1000/x"onmouseover="${RUN}},
}
`;

/** A title that tries to leave the `data-title` attribute and the page's `<title>`. */
const HOSTILE_TITLE = `Title "><img src=x onerror="${RUN}"></title><script>${RUN}</script>`;

/** How many hostile inputs this copy carries, to count with the refused ones. */
export const INERT_COUNT = INERT_PAYLOADS.length + 6; // + code block, notes, two entries, slide title, talk description

/** Slugs of the slides this adds. */
export const HOSTILE_SLUGS = ['hostile-markup', 'hostile-links', 'hostile-references'];

/** Adds a slide to a project at the end of its talk: slides/<slug>.md, listed in talk.yaml. */
export function addSlide(dir: string, slug: string, text: string): void {
  const talkFile = join(dir, 'slides/talk.yaml');
  const talk = parseDocument(readFileSync(talkFile, 'utf8'));
  const list = talk.get('slides');
  if (!isSeq(list)) throw new Error('the project copy\'s talk.yaml has no slides: list');
  // The talk's order names slide files, each named by its slug (src/deck/running-order.ts).
  list.add(`${slug}.md`);
  writeFileSync(talkFile, talk.toString());
  writeFileSync(join(dir, `slides/${slug}.md`), text);
}

/** Writes every accepted payload into the project at `dir`: two slides, the bibliography, the talk, the first slide (the cover). */
export function addHostileContent(dir: string): void {
  const firstSlide = loadDeck(dir, WIDGET_SOURCES).deck?.slides[0];
  if (!firstSlide) throw new Error('the project copy does not load: cannot add hostile content');

  const half = Math.ceil(INERT_PAYLOADS.length / 2);
  addSlide(dir, 'hostile-markup', [`---`, `title: '${HOSTILE_TITLE.replace(/'/g, "''")}'`, `slug: hostile-markup`, `---`, '', '## Hostile markup', '', ...INERT_PAYLOADS.slice(0, half).map((line) => `- ${line}`), '', 'Notes:', NOTES, ''].join('\n'));
  addSlide(dir, 'hostile-links', ['---', 'title: Hostile links', '---', '', '## Hostile links', '', ...INERT_PAYLOADS.slice(half).map((line) => `- ${line}`), ''].join('\n'));
  addSlide(dir, 'hostile-references', ['---', 'title: Hostile references', '---', '', '## Hostile references', '', CODE_BLOCK, '', 'Notes:', 'Cited: {Mallory 2024} and {Eve 2023}.', ''].join('\n'));

  const bibliography = join(dir, 'slides/references.bib');
  writeFileSync(bibliography, readFileSync(bibliography, 'utf8') + HOSTILE_ENTRIES);

  const talkFile = join(dir, 'slides/talk.yaml');
  const talk = parseDocument(readFileSync(talkFile, 'utf8'));
  talk.set('description', `A description "><script>${RUN}</script> that breaks out`);
  writeFileSync(talkFile, talk.toString());

  // The first slide becomes index.html's cover: a payload on it reaches the page's own HTML.
  const first = join(dir, firstSlide.file);
  const lines = readFileSync(first, 'utf8').split('\n');
  const bodyEnd = firstSlide.notes ? firstSlide.notes.line - 2 : lines.length;
  lines.splice(bodyEnd, 0, `<abbr title="&quot;&gt;&lt;script&gt;${RUN}&lt;/script&gt;">·</abbr>`, '');
  writeFileSync(first, lines.join('\n'));
}
