import { describe, expect, it } from 'vitest';
import type { Deck } from './deck.ts';
import { deckModuleSource } from './module.ts';
import { renderPageSlides, SLIDES_PLACEHOLDER, withSlides } from './page.ts';
import { parseSlide } from './parse.ts';
import { parseTalk } from './talk.ts';

const talk = parseTalk('slides/talk.yaml', ['title: T', 'author: A', 'description: D', 'lang: en', 'duration: 20m'].join('\n')).value!;
const slideOf = (file: string, ...lines: string[]) => parseSlide(file, lines.join('\n'), { widgetKinds: [] }).value!;
const deckOf = (...slides: ReturnType<typeof slideOf>[]): Deck => ({ talk, slides, widgets: [], timings: slides.map(() => 60) });

const title = slideOf('slides/01-title.md', '---', 'title: The talk', 'slug: title', 'layout: title', 'background: ../assets/bg.svg', '---', '# The talk', '![Logo](../assets/logo.svg)', 'Notes:', 'Secret words.');
const second = slideOf('slides/02-next.md', '---', 'title: Next', '---', '## Next slide', '', 'Costs $& and $1.', '', '![Chart](../assets/chart.svg)', 'Notes:', 'Say next.');
const deck = deckOf(title, second);

describe('renderPageSlides', () => {
  const audience = renderPageSlides(deck, { notes: false, assetUrl: (path) => `../${path}` });

  it('is every slide, with what reveal.js reads from each', () => {
    expect(audience.match(/<section\b/g)).toHaveLength(2);
    expect(audience).toMatch(/<section id="title" class="layout-title" data-title="The talk" data-timing="60"/);
    expect(audience).toContain('<h1>The talk</h1>');
    expect(audience).toContain('<h2>Next slide</h2>');
  });

  it('carries speaker notes only when asked to', () => {
    expect(audience).not.toContain('Secret words');
    expect(audience).not.toContain('notes');
    const speaker = renderPageSlides(deck, { notes: true, assetUrl: (path) => path });
    expect(speaker).toContain('<aside class="notes"><p>Secret words.</p></aside>');
    expect(speaker).toContain('<aside class="notes"><p>Say next.</p></aside>');
  });

  it('links images as the page resolves them, and leaves background pictures to virtual:deck', () => {
    expect(audience).toContain('<img src="../assets/logo.svg" alt="Logo">');
    expect(audience).not.toContain('data-background-image');
  });

  it('lets the pictures of every slide but the first wait until the reader nears them', () => {
    expect(audience).toContain('<img loading="lazy" src="../assets/chart.svg" alt="Chart">');
    expect(audience.match(/loading="lazy"/g)).toHaveLength(1);
  });
});

describe('withSlides', () => {
  it('puts the slides inside .slides where the page asks for them, as they are', () => {
    const page = `<div class="slides">${SLIDES_PLACEHOLDER}</div>`;
    expect(withSlides(page, '<section>$& $1</section>')).toBe('<div class="slides"><section>$& $1</section></div>');
  });
});

describe('deckModuleSource', () => {
  const source = (sections: boolean) => deckModuleSource(deck, { notes: true, root: '/project', sections });

  it('carries no sections in a build: the page has them', () => {
    expect(source(false)).toContain('export const sections = undefined;');
    expect(source(false)).not.toContain('Next slide');
  });

  it('carries the sections, assets imported, from the dev server for a hot update', () => {
    expect(source(true)).toContain('Next slide');
    expect(source(true)).toContain('<img loading=\\"lazy\\" src=\\"" + asset2 + "\\" alt=\\"Chart\\">');
    expect(source(true)).toContain('import asset0 from "/project/assets/bg.svg?url";');
    expect(source(true)).toMatch(/data-background-image=\\"" \+ asset0 \+ "\\"/);
  });

  it('names each background picture by its slide, as an imported URL', () => {
    expect(source(false)).toContain('import asset0 from "/project/assets/bg.svg?url";');
    expect(source(false)).toContain('export const backgrounds = [["title", "" + asset0 + ""]];');
    expect(source(false)).not.toContain('logo.svg');
  });
});
