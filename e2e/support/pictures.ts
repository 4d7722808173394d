/**
 * A picture on a slide, shown whole. Pictures after the first slide load lazily (src/deck/page.ts),
 * as their slide comes within reveal.js's view distance: soon after the deck is ready, not
 * necessarily by then, so this waits (within expect's timeout) rather than looks once.
 */
import { expect, type Locator } from '@playwright/test';

export async function expectPictureLoaded(picture: Locator): Promise<void> {
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: 'the picture has loaded' }).toBe(true);
}
