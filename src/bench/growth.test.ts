import { describe, expect, it } from 'vitest';
import { repeatSlides, grownTalk, withSlug } from './growth.ts';

const TITLE = '---\ntitle: Hello\nslug: title\nlayout: title\n---\n\n# Hello\n';
const PUZZLE = '---\ntitle: The puzzle\n---\n\n## The puzzle\n';

describe('repeatSlides', () => {
  it('repeats the slides in order, each file named by a slug of its own', () => {
    const names = repeatSlides([{ name: 'title.md', text: TITLE }, { name: 'the-puzzle.md', text: PUZZLE }], 120).map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(['title-1.md', 'the-puzzle-2.md', 'title-3.md']);
    expect(names.at(-1)).toBe('the-puzzle-120.md');
  });

  it('gives every slide a slug of its own', () => {
    const slugs = repeatSlides([{ name: 'title.md', text: TITLE }, { name: 'the-puzzle.md', text: PUZZLE }], 300).map((s) => /^slug: (.*)$/m.exec(s.text)?.[1]);
    expect(new Set(slugs).size).toBe(300);
    expect(slugs.slice(0, 2)).toEqual(['title-1', 'the-puzzle-2']);
  });

  it('refuses an empty deck and a file that is not a slide', () => {
    expect(() => repeatSlides([], 3)).toThrow(/no slides/);
    expect(() => repeatSlides([{ name: 'Notes.txt', text: '' }], 1)).toThrow(/not a slide file name/);
  });
});

describe('withSlug', () => {
  it('replaces the slug a slide had and keeps the rest of its front matter and body', () => {
    expect(withSlug(TITLE, 'title-14')).toBe('---\nslug: title-14\ntitle: Hello\nlayout: title\n---\n\n# Hello\n');
  });

  it('adds a slug to front matter without one', () => {
    expect(withSlug(PUZZLE, 'the-puzzle-2')).toBe('---\nslug: the-puzzle-2\ntitle: The puzzle\n---\n\n## The puzzle\n');
  });

  it('adds front matter to a slide without any', () => {
    expect(withSlug('# Bare\n', 'bare-1')).toBe('---\nslug: bare-1\n---\n# Bare\n');
  });
});

describe('grownTalk', () => {
  it('lists the grown slides and scales the duration in whole seconds, keeping comments and other keys', () => {
    const talk = '# the talk\ntitle: T\nduration: 25m\nlang: en\nslides:\n  - a.md\n';
    expect(grownTalk(talk, ['b.md', 'c.md'], 23.077)).toBe('# the talk\ntitle: T\nduration: 34616\nlang: en\nslides:\n  - b.md\n  - c.md\n');
  });

  it('refuses a talk without a duration', () => {
    expect(() => grownTalk('title: T\nslides: []\n', [], 2)).toThrow(/no duration/);
  });
});
