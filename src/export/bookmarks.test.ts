import { describe, expect, it } from 'vitest';
import { placeBookmarks } from './bookmarks.ts';

const slides = [
  { title: 'Internet Security Communities', heading: 'Internet Security Communities' },
  { title: 'The book', heading: 'The book' },
  { title: 'Observations: Gated Openness', heading: 'Observations – Gated Openness' },
];

describe('placeBookmarks', () => {
  it('points each slide at its first page, by the page map, titled by the slide', () => {
    const { bookmarks, unplaced } = placeBookmarks(slides, [0, 1, 1, 2, 2, 2], []);
    expect(bookmarks).toEqual([
      { title: 'Internet Security Communities', target: { page: 0 } },
      { title: 'The book', target: { page: 1 } },
      { title: 'Observations: Gated Openness', target: { page: 3 } },
    ]);
    expect(unplaced).toEqual([]);
  });

  it("without a page map, borrows the place of the slide's heading in document order", () => {
    // Chromium drops the space where a heading wraps, and nests headings under the h1.
    const entries = ['Internet SecurityCommunities', 'The book', 'A heading in the notes', 'Observations – GatedOpenness'];
    const { bookmarks } = placeBookmarks(slides, [], entries);
    expect(bookmarks.map((bookmark) => bookmark.target)).toEqual([{ entry: 0 }, { entry: 1 }, { entry: 3 }]);
  });

  it('matches two slides with the same heading to their own entries', () => {
    const twice = [slides[1]!, slides[1]!];
    expect(placeBookmarks(twice, [], ['The book', 'The book']).bookmarks.map((b) => b.target)).toEqual([{ entry: 0 }, { entry: 1 }]);
  });

  it('reports a slide it cannot place instead of guessing', () => {
    const headless = [{ title: 'Cartoon', heading: '' }, slides[1]!];
    const { bookmarks, unplaced } = placeBookmarks(headless, [], ['The book']);
    expect(unplaced).toEqual(['Cartoon']);
    expect(bookmarks).toEqual([{ title: 'The book', target: { entry: 0 } }]);
  });
});
