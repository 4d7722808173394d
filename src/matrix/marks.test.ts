import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markHtml } from './marks.ts';

describe('markHtml', () => {
  it('gives a marked cell one empty element, with nothing a screen reader would read', () => {
    expect(markHtml('full')).toBe('<span class="matrix-mark"></span>');
    expect(markHtml('partial')).toBe(markHtml('full'));
  });

  it('gives an empty cell nothing', () => {
    expect(markHtml('none')).toBe('');
  });
});

/** The SVG of a custom property of src/theme/marks.css, decoded from its data: URL. */
function markSvg(property: string): string {
  const css = readFileSync('src/theme/marks.css', 'utf8');
  const match = new RegExp(`${property}:\\s*url\\("data:image/svg\\+xml,([^"]+)"\\)`).exec(css);
  if (!match) throw new Error(`src/theme/marks.css has no ${property}`);
  return decodeURIComponent(match[1]!);
}

type Point = { x: number; y: number };
const polygons = (svg: string): { points: Point[]; attributes: string }[] =>
  [...svg.matchAll(/<polygon points='([^']+)'([^>]*)\/>/g)].map(([, points, attributes]) => ({
    points: points!.split(' ').map((pair) => {
      const [x, y] = pair.split(',').map(Number);
      return { x: x!, y: y! };
    }),
    attributes: attributes!.trim(),
  }));

const CENTRE = { x: 12, y: 12.8 };
const radius = ({ x, y }: Point) => Math.hypot(x - CENTRE.x, y - CENTRE.y);
/** Degrees clockwise from the top, as the screen's y axis points down. */
const bearing = ({ x, y }: Point) => (Math.atan2(x - CENTRE.x, CENTRE.y - y) * 180) / Math.PI;

describe('src/theme/marks.css', () => {
  const [star] = polygons(markSvg('--matrix-star'));
  const partial = polygons(markSvg('--matrix-star-partial'));

  it('draws the full mark as a regular pentagram, corners clockwise from the top', () => {
    expect(star!.points).toHaveLength(10);
    star!.points.forEach((corner, index) => {
      expect(radius(corner)).toBeCloseTo(index % 2 === 0 ? 11.5 : 11.5 * 0.382, 1);
      const expected = index * 36 > 180 ? index * 36 - 360 : index * 36;
      // Within a fifth of a degree: the corners are written to two decimals.
      expect(Math.abs(bearing(corner) - expected) % 360).toBeLessThan(0.2);
    });
  });

  it('keeps the star inside its 24×24 box, with room for the outline', () => {
    for (const { x, y } of star!.points) {
      expect(Math.min(x, y, 24 - x, 24 - y)).toBeGreaterThan(0.8);
    }
  });

  it('draws the partial mark as the same star in outline, with its left half filled', () => {
    expect(partial).toHaveLength(2);
    const [outline, half] = partial;
    expect(outline!.points).toEqual(star!.points);
    expect(outline!.attributes).toContain("fill='none'");
    expect(outline!.attributes).toContain("stroke='black'");
    // The top, the inner corner under the centre, then the five corners on the left.
    expect(half!.points).toEqual([star!.points[0], star!.points[5], ...star!.points.slice(6)]);
    for (const { x } of half!.points) expect(x).toBeLessThanOrEqual(CENTRE.x);
    expect(half!.attributes).toBe('');
  });
});
