import { describe, expect, it } from 'vitest';
import { PNG_NAME, pngNames } from './png-names.ts';

describe('PNG names', () => {
  it('numbers each slide and names it by its slug', () => {
    expect(pngNames(['title', 'the-puzzle', 'references'])).toEqual(['01-title.png', '02-the-puzzle.png', '03-references.png']);
  });

  it('gives each step of a slide its own image, and only such slides a step number', () => {
    expect(pngNames(['title', 'matrix', 'matrix', 'matrix', 'end'])).toEqual(['01-title.png', '02-matrix-1.png', '02-matrix-2.png', '02-matrix-3.png', '03-end.png']);
  });

  it('pads the number so a long talk still sorts', () => {
    const slugs = Array.from({ length: 120 }, (_, index) => `s${index}`);
    expect(pngNames(slugs)[0]).toBe('001-s0.png');
    expect(pngNames(slugs).at(-1)).toBe('120-s119.png');
  });

  it('recognises its own files, and nobody else’s', () => {
    for (const name of pngNames(['title', 'matrix', 'matrix'])) expect(name).toMatch(PNG_NAME);
    expect('cover.png').not.toMatch(PNG_NAME);
    expect('01-notes.txt').not.toMatch(PNG_NAME);
  });
});
