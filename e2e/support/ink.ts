/**
 * How much of an element is painted, from a screenshot, for marks drawn by the stylesheet (the
 * matrix's stars), which have no DOM of their own to ask. Ink is each pixel's distance from the
 * element's top-left pixel (its ground), from 0 to 1 (as far as the farthest pixel), summed over
 * each half of the element and divided by the half's pixels: so a solid star has about as much
 * on the left as on the right, and a star filled on its left only has clearly more there.
 */
import type { Locator } from '@playwright/test';

export async function inkByHalf(element: Locator): Promise<{ left: number; right: number }> {
  const png = (await element.screenshot({ animations: 'disabled' })).toString('base64');
  // Decoded in the page, so no image library is needed. An <img>, not fetch(): the page's
  // policy (src/publish/csp.ts) allows data: images and connects nowhere.
  return element.page().evaluate(async (source) => {
    const picture = new Image();
    picture.src = `data:image/png;base64,${source}`;
    await picture.decode();
    const { width, height } = picture;
    const context = new OffscreenCanvas(width, height).getContext('2d')!;
    context.drawImage(picture, 0, 0);
    const { data } = context.getImageData(0, 0, width, height);
    const distances = Array.from({ length: width * height }, (_, pixel) =>
      Math.max(...[0, 1, 2].map((channel) => Math.abs(data[pixel * 4 + channel]! - data[channel]!))),
    );
    const farthest = Math.max(1, ...distances);
    const half = (from: number, to: number) => {
      let sum = 0;
      for (let y = 0; y < height; y++) for (let x = from; x < to; x++) sum += distances[y * width + x]! / farthest;
      return sum / ((to - from) * height);
    };
    return { left: half(0, Math.floor(width / 2)), right: half(Math.ceil(width / 2), width) };
  }, png);
}
