/**
 * The presenter's window changes size mid-talk: dragged to a narrow strip (where reveal.js
 * switches to its scroll view) and back, with the overview open at the time.
 */
import { test, expect } from '../deck.ts';
import { talkSlides } from '../support/talk-model.ts';

/** Two slides late in the talk, one after the other (the last may be the generated References). */
const [before, late] = talkSlides().slice(-3, -1).map((slide) => slide.slug);

const PRESENTING = { width: 1280, height: 720 };
/** Below the scroll view's switch (SCROLL_VIEW_BELOW in src/present/config.ts). */
const NARROW = { width: 360, height: 640 };

test('the overview open while the window goes narrow and back: the slides come back on screen', async ({ deck, page }) => {
  await deck.open(`#/${late}`);
  await deck.press('o');
  const reveal = page.locator('.reveal');
  await expect(reveal).toHaveClass(/overview/);

  await page.setViewportSize(NARROW);
  // The scroll view shows pages, not the overview's grid of tiny slides.
  await expect(page.locator('.reveal-viewport.reveal-scroll')).toHaveCount(1);
  await expect(reveal).not.toHaveClass(/overview/);
  // On the presenter's slide, not the one before it.
  await expect(page.locator(`.reveal .slides section#${late}`)).toBeInViewport({ ratio: 0.9 });

  await page.setViewportSize(PRESENTING);
  await expect(page.locator('.reveal-viewport.reveal-scroll')).toHaveCount(0);
  await expect(deck.currentSlide).toHaveId(late!);
  await expect(deck.currentSlide).toBeInViewport({ ratio: 1 });
  // No slide keeps a place in the overview's grid.
  const placed = await page.locator('.reveal .slides section').evaluateAll((slides) => slides.filter((s) => (s as HTMLElement).style.transform.includes('translate3d')).map((s) => s.id));
  expect(placed).toEqual([]);

  // And once more, from a slide reached after the first round trip.
  await deck.press('ArrowLeft');
  await expect(deck.currentSlide).toHaveId(before!);
  await page.setViewportSize(NARROW);
  await expect(page.locator(`.reveal .slides section#${before}`)).toBeInViewport({ ratio: 0.9 });
  await page.setViewportSize(PRESENTING);
  await expect(deck.currentSlide).toHaveId(before!);
  expect(deck.consoleErrors).toEqual([]);
});
