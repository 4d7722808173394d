import { describe, expect, it } from 'vitest';
import { parseSlide } from '../deck/parse.ts';
import type { Deck } from '../deck/deck.ts';
import { markdownSection, marpMarkdown } from './pages.ts';

const BOOK = `---
title: The book
layout: book
---

## The book

![Cover <of> the book & more](../assets/art/book-cover.svg)

Notes:
Secrecy & openness: a <tension>.
`;

describe('markdownSection', () => {
  const slide = parseSlide('slides/the-book.md', BOOK).value!;
  const section = markdownSection(slide);

  it('writes the slide as reveal\'s Markdown plugin expects it, notes after "Note:"', () => {
    expect(section).toMatch(/^<section data-markdown id="the-book" class="layout-book"><textarea data-template>\n## The book/);
    expect(section).toMatch(/\nNote:\nSecrecy &amp; openness: a &lt;tension>\.\n*<\/textarea><\/section>$/);
  });

  it('links assets from the page rather than from the slide file', () => {
    expect(section).toContain('](assets/art/book-cover.svg)');
    expect(section).not.toContain('../assets');
  });

  it('escapes what a textarea would decode or end on', () => {
    expect(section).toContain('![Cover &lt;of> the book &amp; more]');
    expect(section.match(/<\/textarea>/g)).toHaveLength(1);
  });
});

describe('marpMarkdown', () => {
  const book = parseSlide('slides/the-book.md', BOOK).value!;
  const title = parseSlide('slides/title.md', '# Secrecy\n').value!;
  const markdown = marpMarkdown({ slides: [title, book] } as Deck);

  it('writes every slide in order, a `---` line between two slides, for marp-cli', () => {
    expect(markdown.split('\n---\n')).toHaveLength(2);
    expect(markdown).toMatch(/^# Secrecy\n\n---\n\n## The book/);
  });

  it('links assets from the project folder and leaves the speaker notes out', () => {
    expect(markdown).toContain('](assets/art/book-cover.svg)');
    expect(markdown).not.toContain('tension');
  });
});
