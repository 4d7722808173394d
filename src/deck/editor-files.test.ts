import { describe, expect, it } from 'vitest';
import { isEditorLeftover } from './editor-files.ts';

describe('isEditorLeftover', () => {
  it.each(['.#02-x.md', 'slides/.#02-x.md', '#02-x.md#', '02-x.md~', '.02-x.md.swp', '.02-x.md.swo', '4913', '.~lock.deck.odp#', '.DS_Store', '._ship.svg', 'Thumbs.db'])('skips %s', (name) => {
    expect(isEditorLeftover(name)).toBe(true);
  });

  it.each(['02-the-puzzle.md', 'the-puzzle.md', 'talk.yaml', 'references.bib', 'art/ship.svg', '4913-notes.md', 'x.swp.md', 'c#.md'])('keeps %s', (name) => {
    expect(isEditorLeftover(name)).toBe(false);
  });
});
