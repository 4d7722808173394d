/**
 * The marks drawn as inline SVG: ★ is not in the latin subset of IBM Plex the theme ships, and
 * a fallback font would draw it differently on every machine. The partial mark is the same star
 * in outline with its left half filled (like ◐), so it differs from the full one in shape, not
 * only in colour; the words for screen readers come with it (see render.ts).
 */
import type { Mark } from './model.ts';

/** The star's centre and radii in a 24×24 box; the inner radius makes a regular pentagram. */
const CENTRE = { x: 12, y: 12.8 };
const OUTER_RADIUS = 11.5;
const INNER_RADIUS = OUTER_RADIUS * 0.382;

/** The ten corners, outer and inner alternating, clockwise from the top. */
const CORNERS = Array.from({ length: 10 }, (_, index) => {
  const radius = index % 2 === 0 ? OUTER_RADIUS : INNER_RADIUS;
  const angle = -Math.PI / 2 + (index * Math.PI) / 5;
  return { x: CENTRE.x + radius * Math.cos(angle), y: CENTRE.y + radius * Math.sin(angle) };
});

const points = (corners: readonly { x: number; y: number }[]) => corners.map(({ x, y }) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ');

const STAR = points(CORNERS);
/** Corner 0 is the top and corner 5 the inner one at the bottom, both on the vertical axis:
 * down the axis from the top, then back up along the corners on the left. */
const HALF_STAR = points([CORNERS[0]!, CORNERS[5]!, ...CORNERS.slice(6)]);

/** The SVG for a mark; nothing for an empty cell. Hidden from screen readers, which read words. */
export function markSvg(mark: Mark): string {
  const open = '<svg class="matrix-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">';
  if (mark === 'full') return `${open}<polygon points="${STAR}"/></svg>`;
  if (mark === 'partial')
    return `${open}<polygon class="matrix-mark-outline" points="${STAR}"/><polygon points="${HALF_STAR}"/></svg>`;
  return '';
}
