import { describe, expect, it } from 'vitest';
import { COVER_ATTRIBUTE, COVER_PLACEHOLDER, renderCover, withCover } from './cover.ts';
import type { Deck } from './deck.ts';
import { parseSlide } from './parse.ts';
import { parseTalk } from './talk.ts';

const talk = parseTalk('slides/talk.yaml', ['title: T', 'author: A', 'description: D', 'lang: en', 'duration: 20m'].join('\n')).value!;
const slideOf = (file: string, ...lines: string[]) => parseSlide(file, lines.join('\n'), { widgetKinds: [] }).value!;
const deckOf = (...slides: ReturnType<typeof slideOf>[]): Deck => ({ talk, slides, widgets: [], timings: slides.map(() => 60) });

const title = slideOf('slides/01-title.md', '---', 'title: The talk', 'slug: title', 'layout: title', 'background: ../assets/bg.svg', '---', '# The talk', '![Logo](../assets/logo.svg)', 'Notes:', 'Secret words.');
const second = slideOf('slides/02-next.md', '---', 'title: Next', '---', '## Next slide');

describe('renderCover', () => {
  const cover = renderCover(deckOf(title, second), (path) => `../${path}`);

  it('is the first slide only, marked as the cover, with its layout', () => {
    expect(cover).toMatch(new RegExp(`^<section ${COVER_ATTRIBUTE} class="layout-title">`));
    expect(cover).toContain('<h1>The talk</h1>');
    expect(cover).not.toContain('Next slide');
    expect(cover.match(/<section/g)).toHaveLength(1);
  });

  it('never carries speaker notes, in any build', () => {
    expect(cover).not.toContain('Secret words');
    expect(cover).not.toContain('notes');
  });

  it('leaves the deep link and what reveal.js reads to the real slide', () => {
    expect(cover).not.toMatch(/\sid=|data-title|data-timing|data-background/);
  });

  it('links images as the page resolves them', () => {
    expect(cover).toContain('<img src="../assets/logo.svg" alt="Logo">');
  });

  it('is empty for a deck without slides', () => {
    expect(renderCover(deckOf(), (path) => path)).toBe('');
  });
});

describe('withCover', () => {
  it('puts the cover inside .slides where the page asks for it', () => {
    const page = `<div class="slides">${COVER_PLACEHOLDER}</div>`;
    expect(withCover(page, '<section data-cover></section>')).toBe('<div class="slides"><section data-cover></section></div>');
  });
});
