/** The speaker view: reveal's notes window with the current slide's notes and the pacing timer. */
import { test, expect } from '../deck.ts';

test('pressing S opens the speaker view with this slide’s notes and a pacing timer', async ({ deck, page }) => {
  await deck.open('#/the-puzzle');
  const notes = (await deck.currentSlide.locator('aside.notes').textContent())!.trim();
  const popup = page.waitForEvent('popup');
  await deck.press('s');
  const speaker = await popup;
  const errors: string[] = [];
  speaker.on('pageerror', (error) => errors.push(error.message));
  await expect(speaker.locator('.speaker-controls-notes .value')).toContainText(notes.slice(0, 60));
  await expect(speaker.locator('.speaker-controls-time .pacing')).toBeVisible();
  await expect(speaker.locator('.pacing-title')).toBeVisible();
  await expect(speaker.locator('.clock-value')).toHaveText(/\d{1,2}:\d{2}/);

  // Moving on in the main window moves the speaker view's notes along.
  await page.bringToFront();
  await deck.press('ArrowRight');
  const next = (await deck.currentSlide.locator('aside.notes').textContent())!.trim();
  await expect(speaker.locator('.speaker-controls-notes .value')).toContainText(next.slice(0, 60));
  await speaker.close();
  expect(errors).toEqual([]);
});

test('each slide has a planned time and they add up to the talk’s duration', async ({ deck, page }) => {
  await deck.open();
  const timings = await page.locator('.reveal .slides > section').evaluateAll((sections) => sections.map((s) => Number((s as HTMLElement).dataset.timing)));
  expect(timings.every((seconds) => seconds >= 15)).toBe(true);
  // slides/talk.yaml sets "duration: 25m".
  expect(timings.reduce((a, b) => a + b, 0)).toBe(25 * 60);
  // Slides 06, 08 and 10 set "timing: 120" in their front matter.
  expect([timings[5], timings[7], timings[9]]).toEqual([120, 120, 120]);
});

test('opening the speaker view mid-slide leaves the rows the audience sees shown', async ({ deck, page }) => {
  await deck.open('#/characteristics-of-social-production');
  await deck.press('ArrowRight');
  await deck.press('ArrowRight');
  await expect(deck.currentSlide).toHaveAttribute('data-fragment', '1');
  const popup = page.waitForEvent('popup');
  await deck.press('s');
  const speaker = await popup;
  // Once connected, the speaker view's preview shows the same step as the audience's deck …
  const preview = speaker.frameLocator('#current-slide iframe');
  await expect(preview.locator('.reveal .slides > section.present')).toHaveAttribute('data-fragment', '1');
  await expect(speaker.locator('.speaker-controls-notes .value')).not.toBeEmpty();
  // … and the audience's deck was not pulled back to the slide's start.
  await expect(deck.currentSlide).toHaveAttribute('data-fragment', '1');
  // Keys pressed in the speaker view still move the talk.
  await speaker.keyboard.press('ArrowRight');
  await expect(deck.currentSlide).toHaveAttribute('data-fragment', '2');
  await speaker.close();
});

test('with the speaker view open, a black screen stays black until the presenter resumes', async ({ deck, page }) => {
  await deck.open('#/contact');
  const popup = page.waitForEvent('popup');
  await deck.press('s');
  const speaker = await popup;
  await expect(speaker.locator('.speaker-controls-notes .value')).not.toBeEmpty();
  await page.bringToFront();
  const paused = page.locator('.reveal.paused');
  // Paused, then moved by a link: the speaker view's preview follows both at once …
  await deck.press('b');
  await page.evaluate(() => (location.hash = '#/varieties-of-social-production/1'));
  await expect(deck.currentSlide).toHaveId('varieties-of-social-production');
  // … and must not report a half-applied state (moved, not yet paused) that the speaker view
  // sends back to the deck half a second later (reveal.js's speaker view debounces by 500 ms).
  await page.waitForTimeout(1200);
  await expect(paused).toHaveCount(1);
  await deck.press('.');
  await page.waitForTimeout(1200);
  await expect(paused).toHaveCount(0);
  await speaker.close();
});
