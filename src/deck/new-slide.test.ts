import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WIDGET_SOURCES } from '../widgets/sources.ts';
import { loadDeck } from './load.ts';
import { addSlide, listSlide, NewSlideError, slideTemplate } from './new-slide.ts';
import { parseSlide } from './parse.ts';
import { formatProblem } from './problem.ts';
import { fixtureDeck, type FixtureDeck } from './testing/fixture-deck.ts';

const BASE = new URL('./catalogue/base/', import.meta.url).pathname;
const TALK = ['# The talk.', 'title: T', '', '# The order.', 'slides:', '  - title.md   # opens', '  - the-puzzle.md', '', 'duration: 5m', ''].join('\n');

let open: FixtureDeck | undefined;
afterEach(() => open?.dispose());

describe('listSlide', () => {
  it('inserts one line after the slide named, keeping every comment and blank line', () => {
    expect(listSlide(TALK, 'new.md', 'title')).toBe(TALK.replace('  - title.md   # opens\n', '  - title.md   # opens\n  - new.md\n'));
  });

  it('appends after the last listed slide without --after', () => {
    expect(listSlide(TALK, 'new.md')).toBe(TALK.replace('  - the-puzzle.md\n', '  - the-puzzle.md\n  - new.md\n'));
  });

  it('writes out an empty list in block style', () => {
    expect(listSlide('title: T\nslides: []\n', 'new.md')).toBe('title: T\nslides:\n  - new.md\n');
  });

  it('refuses an --after slug that is not listed, with the likeliest one', () => {
    expect(() => listSlide(TALK, 'new.md', 'the-puzle')).toThrow('--after the-puzle: no slide with that slug is listed in slides/talk.yaml (did you mean "the-puzzle"?)');
    expect(() => listSlide('title: T\n', 'new.md')).toThrow(NewSlideError);
  });
});

describe('slideTemplate', () => {
  it('is a slide the loader accepts, titled, with a heading and notes, even with YAML characters in the title', () => {
    const parsed = parseSlide('slides/why-not.md', slideTemplate('Why not: "open"?'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toMatchObject({ title: 'Why not: "open"?', slug: 'why-not' });
    expect(parsed.value!.body.markdown).toContain('## Why not: "open"?');
    expect(parsed.value!.notes?.markdown).toBeTruthy();
  });
});

describe('addSlide', () => {
  it('writes the slide and lists it where asked, and the deck then has it there', () => {
    open = fixtureDeck(BASE);
    expect(addSlide(open.root, { title: 'Open questions', after: 'title' })).toBe('slides/open-questions.md');
    const loaded = loadDeck(open.root, WIDGET_SOURCES);
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.deck!.slides.map((slide) => slide.slug)).toEqual(['title', 'open-questions', 'the-puzzle', 'varieties']);
  });

  it('refuses a slug that exists, and writes nothing', () => {
    open = fixtureDeck(BASE);
    const talk = readFileSync(join(open.root, 'slides/talk.yaml'), 'utf8');
    expect(() => addSlide(open!.root, { title: 'The Puzzle' })).toThrow(expect.objectContaining({ kind: 'slug-taken' }));
    expect(() => addSlide(open!.root, { title: 'References' })).toThrow(expect.objectContaining({ kind: 'slug-taken' }));
    expect(() => addSlide(open!.root, { title: 'New', after: 'nowhere' })).toThrow(expect.objectContaining({ kind: 'unknown-after' }));
    expect(readFileSync(join(open.root, 'slides/talk.yaml'), 'utf8')).toBe(talk);
    expect(existsSync(join(open.root, 'slides/new.md'))).toBe(false);
  });

  it('refuses a title that gives no slug', () => {
    const root = mkdtempSync(join(tmpdir(), 'new-slide-'));
    try {
      mkdirSync(join(root, 'slides'));
      writeFileSync(join(root, 'slides/talk.yaml'), 'slides: []\n');
      expect(() => addSlide(root, { title: '???' })).toThrow(expect.objectContaining({ kind: 'no-slug' }));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
