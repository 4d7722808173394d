/** What a link preview and a search result show: the page head of the audience build. */
import { test, expect } from '../deck.ts';
import { loadDeck } from '../../src/deck/load.ts';
import { WIDGET_SOURCES } from '../../src/widgets/sources.ts';

const talk = loadDeck('.', WIDGET_SOURCES).deck!.talk;
/** Width and height of the social card, as Open Graph and most sites want it. */
const CARD = { width: 1200, height: 630 };

test('the head names the talk and describes it', async ({ deck, page }) => {
  await deck.open();
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(talk.title)}`));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', talk.description);
  await expect(page.locator('html')).toHaveAttribute('lang', talk.lang);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', talk.title);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', talk.description);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
});

test('the social preview image resolves to a PNG of the card’s size', async ({ deck, page }) => {
  await deck.open();
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  const twitter = await page.locator('meta[name="twitter:image"]').getAttribute('content');
  expect(og).toBeTruthy();
  expect(twitter).toBe(og);
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', new RegExp(escapeRegExp(talk.title)));
  const response = await page.request.get(new URL(og!, page.url()).href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  // IHDR, the first chunk, holds width and height at bytes 16 and 20.
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(CARD);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', String(CARD.width));
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', String(CARD.height));
});

test('the favicon resolves', async ({ deck, page }) => {
  await deck.open();
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  const response = await page.request.get(new URL(href!, page.url()).href);
  expect(response.status()).toBe(200);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
