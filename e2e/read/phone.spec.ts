/** A reader on a phone gets reveal.js's scroll view: every slide one under the other. */
import { test, expect } from '../deck.ts';

/** An iPhone 12–15 in portrait, in CSS pixels. */
const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

test('a narrow screen shows the scroll view with every slide, none wider than the screen', async ({ deck, page }) => {
  await deck.open();
  await expect(page.locator('.reveal-scroll')).toBeAttached();
  const sections = page.locator('.reveal .slides section[data-title]');
  await expect(sections).toHaveCount(14);
  // Nothing pushes the page sideways.
  const widths = await page.evaluate(() => [document.scrollingElement!, document.querySelector('.reveal-scroll')!].map((element) => element.scrollWidth));
  for (const width of widths) expect(width).toBeLessThanOrEqual(PHONE.width);
  // Scrolling to the end reaches the References slide, readable on the screen.
  const last = page.locator('.reveal .slides section#references');
  await last.scrollIntoViewIfNeeded();
  await expect(last.getByRole('heading', { name: 'References' })).toBeInViewport();
});

test('a deep link by slug scrolls to its slide', async ({ deck, page }) => {
  await deck.open('#/the-puzzle');
  await expect(page.locator('.reveal-scroll')).toBeAttached();
  await expect(page.locator('.reveal .slides section#the-puzzle').getByRole('heading').first()).toBeInViewport();
});
