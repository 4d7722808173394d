/**
 * A cell's mark. The star itself is drawn by the theme (src/theme/marks.css: a mask in the
 * signal colour, outline and half filled for a partial mark, chosen by the cell's data-mark), so
 * the cell carries one empty element however long the talk. It has no text, so screen readers
 * pass it by and read the words that come with it (see render.ts).
 */
import type { Mark } from './model.ts';

/** The element for a mark; nothing for an empty cell. */
export function markHtml(mark: Mark): string {
  return mark === 'none' ? '' : '<span class="matrix-mark"></span>';
}
