/**
 * Checks that need the whole deck rather than one file: the numbering of the files, unique
 * slugs, and that every cited key and every asset exists. Pure: existence is asked of a callback.
 */
import type { Slide } from './model.ts';
import { problemAt, type Problem } from './problem.ts';

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

/** Two slides with one slug would make one deep link open the wrong slide. */
export function checkSlugs(slides: readonly Slide[], reserved: readonly string[] = []): Problem[] {
  const seen = new Map<string, string>(reserved.map((slug) => [slug, 'the generated References slide']));
  const problems: Problem[] = [];
  for (const slide of slides) {
    const owner = seen.get(slide.slug);
    if (!owner) {
      seen.set(slide.slug, slide.file);
      continue;
    }
    // A slug made from the title is fixed where the title is; a written one where it is written.
    const written = slide.optionsAt.slug;
    const at = written ?? slide.optionsAt.title ?? { file: slide.file, line: 1, column: 1 };
    problems.push(
      problemAt(
        at,
        written ? `slug "${slide.slug}" is also used by ${owner}` : `slug "${slide.slug}", made from the title, is also used by ${owner}`,
        written ? 'choose another slug: it is the deep link #/<slug>' : 'add a "slug:" line with another kebab-case id, or change the title',
      ),
    );
  }
  return problems;
}

/** Every image and background the slides name must exist on disk. */
export function checkAssets(slides: readonly Slide[], exists: (path: string) => boolean, known: readonly string[]): Problem[] {
  return slides.flatMap((slide) =>
    [...slide.assets, ...(slide.backgroundAsset ? [slide.backgroundAsset] : [])]
      .filter((asset) => !exists(asset.path))
      .map((asset) => {
        const name = asset.path.split('/').pop() ?? '';
        const guess = known.find((path) => path.split('/').pop()?.toLowerCase() === name.toLowerCase()) ?? known.find((path) => path.endsWith(name.slice(-8)));
        return problemAt(asset.at, `asset "${asset.href}" does not exist (looked for ${asset.path})`, guess ? `did you mean ${guess}? Paths are relative to the slide file` : 'put the file in assets/ and link it relative to the slide file, e.g. ../assets/art/x.svg');
      }),
  );
}

const pad = (n: number) => String(n).padStart(2, '0');
