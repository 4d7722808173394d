/**
 * Checks that need the whole deck rather than one file: the numbering of the files, unique
 * slugs, and that every cited key and every asset exists. Pure: existence is asked of a callback.
 */
import type { Slide } from './model.ts';
import { problemAt, type Problem } from './problem.ts';
import { closest } from './suggest.ts';

/** A slide file and the number its name starts with (NaN when none: reported by parse). */
export interface NumberedFile {
  file: string;
  order: number;
}

/**
 * The numbering rule: slide files are numbered 01, 02, … in the talk's order, with no gap and
 * no number used twice, so that inserting a slide is a visible renumbering, never a surprise.
 */
export function checkNumbering(slides: readonly NumberedFile[]): Problem[] {
  const problems: Problem[] = [];
  const numbered = slides.filter((s) => Number.isFinite(s.order)).sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
  numbered.forEach((slide, index) => {
    const previous = numbered[index - 1];
    const expected = previous ? previous.order + 1 : 1;
    const at = { file: slide.file, line: 1, column: 1 };
    if (previous?.order === slide.order)
      problems.push(problemAt(at, `slide number ${pad(slide.order)} is also used by ${previous.file}`, 'give each slide file its own number'));
    else if (slide.order !== expected)
      problems.push(
        problemAt(at, previous ? `slide numbers jump from ${pad(previous.order)} to ${pad(slide.order)}` : `the first slide is numbered ${pad(slide.order)}`, `number the files 01, 02, … without gaps: rename this one ${pad(expected)}-…`),
      );
  });
  return problems;
}

/**
 * Two slides with one slug would make one deep link open the wrong slide. The problem is put
 * where the fix is: on the slides that wrote the slug, or, when all of them took it from their
 * titles, on every slide after the first (and on all of them when the slug is reserved).
 */
export function checkSlugs(slides: readonly Slide[], reserved: readonly string[] = []): Problem[] {
  // Map.groupBy would do, but Node 20 lacks it.
  const bySlug = new Map<string, Slide[]>();
  for (const slide of slides) bySlug.set(slide.slug, [...(bySlug.get(slide.slug) ?? []), slide]);
  const problems: Problem[] = [];
  for (const [slug, group] of bySlug) {
    const isReserved = reserved.includes(slug);
    if (group.length < 2 && !isReserved) continue;
    const written = group.filter((slide) => slide.optionsAt.slug);
    const toChange = written.length > 0 ? written : isReserved ? group : group.slice(1);
    for (const slide of toChange) {
      const owners = [...(isReserved ? ['the generated References slide'] : []), ...group.filter((other) => other !== slide).map((other) => other.file)];
      const at = slide.optionsAt.slug ?? slide.optionsAt.title ?? { file: slide.file, line: 1, column: 1 };
      problems.push(
        slide.optionsAt.slug
          ? problemAt(at, `slug "${slug}" is also used by ${owners.join(' and ')}`, 'choose another slug: it is the deep link #/<slug>')
          : problemAt(at, `slug "${slug}", made from the title, is also used by ${owners.join(' and ')}`, 'add a "slug:" line with another kebab-case id, or change the title'),
      );
    }
  }
  return problems;
}

/**
 * Every image and background the slides name must exist on disk, and stay inside the project
 * once its links are followed: a link to a file elsewhere would be copied into the build.
 */
export function checkAssets(slides: readonly Slide[], exists: (path: string) => boolean, known: readonly string[], inside: (path: string) => boolean = () => true): Problem[] {
  return slides.flatMap((slide) =>
    [...slide.assets, ...(slide.backgroundAsset ? [slide.backgroundAsset] : [])].flatMap((asset) => {
      if (!exists(asset.path)) {
        const guess = likelyAsset(asset.path, known);
        return [
          problemAt(
            asset.at,
            `asset "${asset.href}" does not exist (looked for ${asset.path})`,
            guess ? `did you mean "${relativeHref(slide.file, guess)}"? Paths are relative to the slide file` : 'put the file in assets/ and link it relative to the slide file, e.g. ../assets/art/x.svg',
          ),
        ];
      }
      if (!inside(asset.path))
        return [problemAt(asset.at, `asset "${asset.href}" is a link to a file outside the project`, 'copy the file itself into assets/: the build never reads or publishes a file outside the project')];
      return [];
    }),
  );
}

/** The existing file an author most likely meant: the same name in another folder or case, or a near spelling. */
function likelyAsset(path: string, known: readonly string[]): string | undefined {
  const name = baseName(path).toLowerCase();
  const sameName = known.find((candidate) => baseName(candidate).toLowerCase() === name);
  if (sameName) return sameName;
  const names = known.map(baseName);
  const guess = closest(baseName(path), names);
  return guess === undefined ? undefined : known[names.indexOf(guess)];
}

/** `assets/art/ship.svg` as written in `slides/02-x.md`: `../assets/art/ship.svg`. */
export function relativeHref(fromFile: string, path: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = path.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/');
}

const baseName = (path: string) => path.split('/').pop() ?? path;
const pad = (n: number) => String(n).padStart(2, '0');
