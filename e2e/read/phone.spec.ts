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

// Slides after the matrix too: its fragments make earlier pages taller once it is mounted.
for (const slug of ['the-puzzle', 'gated-openness', 'limits-of-openness', 'references']) {
  test(`a deep link by slug scrolls to its slide: ${slug}`, async ({ deck, page }) => {
    await deck.open(`#/${slug}`);
    await expect(page.locator('.reveal-scroll')).toBeAttached();
    await expect(page.locator(`.reveal .slides section#${slug}`).getByRole('heading').first()).toBeInViewport();
    await expect(page.locator('.reveal .slides section.present')).toHaveAttribute('id', slug);
    await expect(page).toHaveURL(new RegExp(`#/${slug}$`));
  });
}

test('following a link to another slide on the same page scrolls to it', async ({ deck, page }) => {
  await deck.open('#/the-book');
  for (const slug of ['information-edge', 'references', 'gated-openness']) {
    await page.evaluate((hash) => (location.hash = hash), `#/${slug}`);
    await expect(page.locator(`.reveal .slides section#${slug}`).getByRole('heading').first()).toBeInViewport();
    await expect(page.locator('.reveal .slides section.present')).toHaveAttribute('id', slug);
  }
});
