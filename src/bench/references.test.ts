import { describe, expect, it } from 'vitest';
import { parseSlide } from '../deck/parse.ts';
import { markdownSection } from './references.ts';

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
