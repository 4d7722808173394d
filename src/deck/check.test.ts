import { describe, expect, it } from 'vitest';
import { checkAssets, checkNumbering, checkSlugs, relativeHref } from './check.ts';
import { parseSlide } from './parse.ts';
import { formatProblem } from './problem.ts';

const slideOf = (file: string, ...front: string[]) => parseSlide(file, ['---', ...front, '---', '## x'].join('\n')).value!;

describe('checkNumbering', () => {
  const check = (...files: string[]) => checkNumbering(files.map((file) => ({ file, order: Number(/\d+/.exec(file)?.[0] ?? NaN) }))).map(formatProblem);

  it('accepts 01, 02, … in any listing order', () => {
    expect(check('slides/02-b.md', 'slides/01-a.md', 'slides/03-c.md')).toEqual([]);
  });

  it('reports a late start, a gap and a number used twice, at the file to rename', () => {
    expect(check('slides/02-a.md')).toEqual(['slides/02-a.md:1:1 the first slide is numbered 02 (number the files 01, 02, … without gaps: rename this one 01-…)']);
    expect(check('slides/01-a.md', 'slides/04-b.md')).toEqual(['slides/04-b.md:1:1 slide numbers jump from 01 to 04 (number the files 01, 02, … without gaps: rename this one 02-…)']);
    expect(check('slides/01-a.md', 'slides/01-b.md')).toEqual(['slides/01-b.md:1:1 slide number 01 is also used by slides/01-a.md (give each slide file its own number)']);
  });
});

describe('checkSlugs', () => {
  it('puts a clash on the slide that wrote the slug', () => {
    const problems = checkSlugs([slideOf('slides/01-a.md', 'title: Same'), slideOf('slides/02-b.md', 'title: Other', 'slug: same')]);
    expect(problems.map(formatProblem)).toEqual(['slides/02-b.md:3:7 slug "same" is also used by slides/01-a.md (choose another slug: it is the deep link #/<slug>)']);
  });

  it('puts a clash of title slugs on the later slide, and a reserved slug on every slide that takes it', () => {
    expect(checkSlugs([slideOf('slides/01-a.md', 'title: Same'), slideOf('slides/02-b.md', 'title: Same')]).map((p) => p.file)).toEqual(['slides/02-b.md']);
    expect(checkSlugs([slideOf('slides/01-a.md', 'title: References')], ['references']).map((p) => p.message)).toEqual([
      'slug "references", made from the title, is also used by the generated References slide',
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
