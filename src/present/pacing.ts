/** The talk's planned length: the sum of every slide's `data-timing` (set by the loader). */
export function totalTiming(slides: ParentNode): number {
  return [...slides.querySelectorAll<HTMLElement>('section[data-timing]')].reduce(
    (sum, section) => sum + Number(section.dataset.timing ?? 0),
    0,
  );
}
