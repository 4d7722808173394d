/**
 * Checks that need the whole deck rather than one file: unique slugs, and that every cited key and every asset exists. Pure: existence is asked of a callback.
 */
import type { Slide } from './model.ts';
import { problemAt, type Problem } from './problem.ts';
import { closest } from './suggest.ts';

/**
 * Two slides with one slug would make one deep link open the wrong slide. The problem is put
 * where the fix is: on the slides that wrote the slug, or, when all of them took it from their
 * file names, on every slide after the first (and on all of them when the slug is reserved).
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
      const at = slide.optionsAt.slug ?? { file: slide.file, line: 1, column: 1 };
      problems.push(
        slide.optionsAt.slug
          ? problemAt(at, `slug "${slug}" is also used by ${owners.join(' and ')}`, 'choose another slug: it is the deep link #/<slug>')
          : problemAt(at, `slug "${slug}", made from the file name, is also used by ${owners.join(' and ')}`, 'rename the file (and its line in slides/talk.yaml), or add a "slug:" line with another kebab-case id'),
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

/** `assets/art/ship.svg` as written in `slides/the-puzzle.md`: `../assets/art/ship.svg`. */
export function relativeHref(fromFile: string, path: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = path.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/');
}

const baseName = (path: string) => path.split('/').pop() ?? path;
