/**
 * The first paint: every slide is in the built page's HTML, the title slide first, so a reader
 * sees the title before any script runs (and at the top of the page when none runs), and
 * reveal.js then takes the same sections over, no second copy of any left behind.
 */
import { fileURLToPath } from 'node:url';
import { loadDeck } from '../../src/deck/load.ts';
import { WIDGET_SOURCES } from '../../src/widgets/sources.ts';
import { test, expect } from '../deck.ts';

const deckOnDisk = loadDeck(fileURLToPath(new URL('../..', import.meta.url)), WIDGET_SOURCES).deck!;
/** One section per slide file, and the generated References slide when the deck cites works. */
const SLIDES = deckOnDisk.slides.length + (deckOnDisk.bibliography ? 1 : 0);
const TITLE = deckOnDisk.talk.title;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
    test(`the title slide is on screen at ${viewport.width}×${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('./');
      const title = page.locator('.reveal .slides > section:first-child');
      const heading = title.getByRole('heading', { level: 1, name: TITLE });
      await expect(heading).toBeVisible();
      await expect(heading).toBeInViewport({ ratio: 1 });
      await expect(title.getByText(deckOnDisk.talk.author)).toBeInViewport({ ratio: 1 });
    });
  }
});

test('with JavaScript the deck has exactly one section per slide', async ({ deck, page }) => {
  await deck.open();
  await expect(page.locator('.reveal .slides > section')).toHaveCount(SLIDES);
  await expect(page.locator('[data-cover]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toHaveCount(1);
  await expect(deck.currentSlide.getByRole('heading', { level: 1, name: TITLE })).toBeInViewport({ ratio: 1 });
});
