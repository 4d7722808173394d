/**
 * The file names of the PNG export: `NN-<slug>.png`, NN the slide's number in the talk, so a
 * folder listing is the talk in order. With `--fragments` a slide with steps gives one image
 * per step, `NN-<slug>-<step>.png`. Pure, so the naming is tested without a browser.
 */

/** The slides' slugs, one per printed page, in order (a slide repeats once per step). */
export function pngNames(pageSlugs: readonly string[]): string[] {
  const slides = [...new Set(pageSlugs)];
  const steps = new Map(slides.map((slug) => [slug, pageSlugs.filter((page) => page === slug).length]));
  // Two digits at least; more when a talk has a hundred slides, so names still sort.
  const width = Math.max(2, String(slides.length).length);
  const seen = new Map<string, number>();
  return pageSlugs.map((slug) => {
    const number = String(slides.indexOf(slug) + 1).padStart(width, '0');
    const step = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, step);
    return steps.get(slug)! > 1 ? `${number}-${slug}-${step}.png` : `${number}-${slug}.png`;
  });
}

/** A file an earlier export may have written into the folder (and this one may replace). */
export const PNG_NAME = /^\d{2,}-[a-z0-9-]+\.png$/;
