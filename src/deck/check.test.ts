import { describe, expect, it } from 'vitest';
import { checkAssets, checkSlugs, relativeHref } from './check.ts';
import { parseSlide } from './parse.ts';
import { formatProblem } from './problem.ts';

const slideOf = (file: string, ...front: string[]) => parseSlide(file, ['---', ...front, '---', '## x'].join('\n')).value!;

describe('checkSlugs', () => {
  it('puts a clash on the slide that wrote the slug', () => {
    const problems = checkSlugs([slideOf('slides/same.md', 'title: Same'), slideOf('slides/b.md', 'title: Other', 'slug: same')]);
    expect(problems.map(formatProblem)).toEqual(['slides/b.md:3:7 slug "same" is also used by slides/same.md (choose another slug: it is the deep link #/<slug>)']);
  });

  it('puts a reserved slug made from a file name on the slide file', () => {
    expect(checkSlugs([slideOf('slides/references.md', 'title: Sources')], ['references']).map(formatProblem)).toEqual([
      'slides/references.md:1:1 slug "references", made from the file name, is also used by the generated References slide (rename the file (and its line in slides/talk.yaml), or add a "slug:" line with another kebab-case id)',
    ]);
  });
});

describe('checkAssets', () => {
  const slide = parseSlide('slides/01-a.md', ['---', 'title: A', 'background: ../assets/Sea.svg', '---', '![x](../assets/art/shipp.svg)', '![y](../assets/art/ship.svg)'].join('\n')).value!;
  const known = ['assets/art/ship.svg', 'assets/art/sea.svg'];

  it('reports missing files with the existing file meant, as the slide would write it', () => {
    expect(checkAssets([slide], (path) => known.includes(path), known).map(formatProblem)).toEqual([
      'slides/01-a.md:5:1 asset "../assets/art/shipp.svg" does not exist (looked for assets/art/shipp.svg) (did you mean "../assets/art/ship.svg"? Paths are relative to the slide file)',
      'slides/01-a.md:3:13 asset "../assets/Sea.svg" does not exist (looked for assets/Sea.svg) (did you mean "../assets/art/sea.svg"? Paths are relative to the slide file)',
    ]);
  });

  it('writes paths relative to the slide file', () => {
    expect(relativeHref('slides/01-a.md', 'assets/art/x.svg')).toBe('../assets/art/x.svg');
    expect(relativeHref('slides/01-a.md', 'slides/pic.png')).toBe('pic.png');
  });
});
