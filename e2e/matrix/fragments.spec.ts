/**
 * Rows come with the clicker: one PageDown per row, in table order, and only then the next slide.
 */
import { test, expect } from '../deck.ts';
import { CHARACTERISTICS, MATRIX_SLIDES, MatrixSlide, VARIETIES } from './matrix-page.ts';

test('slide 6 reveals the varieties one PageDown at a time, then moves on', async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.varieties);
  await slide.open();
  // The header is there from the start: the audience sees what the rows will be measured by.
  for (const name of CHARACTERISTICS) await expect(slide.column(name)).toBeVisible();
  for (const name of VARIETIES) await expect(slide.row(name)).toBeHidden();
  for (const [shown, name] of VARIETIES.entries()) {
    await deck.press('PageDown');
    await expect(slide.row(name)).toBeVisible();
    for (const later of VARIETIES.slice(shown + 1)) await expect(slide.row(later)).toBeHidden();
    await expect(deck.currentSlide).toHaveAttribute('id', slide.slug);
  }
  await deck.press('PageDown');
  await expect(deck.currentSlide).toHaveAttribute('id', MATRIX_SLIDES.characteristics);
});

test('PageUp takes the last row back before leaving the slide', async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.varieties);
  await slide.open();
  await deck.press('PageDown');
  await deck.press('PageDown');
  await expect(slide.row('Peer production')).toBeVisible();
  await deck.press('PageUp');
  await expect(slide.row('Peer production')).toBeHidden();
  await expect(slide.row('Social production')).toBeVisible();
  await expect(deck.currentSlide).toHaveAttribute('id', slide.slug);
});

test('slide 7 reveals each characteristic with its criteria, from the same data', async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.characteristics);
  await slide.open();
  for (const name of CHARACTERISTICS) await expect(slide.row(name)).toBeHidden();
  for (const name of CHARACTERISTICS) {
    await deck.press('PageDown');
    await expect(slide.row(name)).toBeVisible();
  }
  await expect(slide.row('Openness')).toContainText('Accessibility of intermediary goods');
  await expect(slide.row('Socialness').getByRole('listitem')).toHaveCount(3);
});

test('slide 8 shows the ideal types at once and brings the observed row with the clicker', async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.observations);
  await slide.open();
  for (const name of VARIETIES) await expect(slide.row(name)).toBeVisible();
  await expect(slide.row('Internet security communities')).toBeHidden();
  await expect(slide.comparison).toBeHidden();
  await deck.press('PageDown');
  await expect(slide.row('Internet security communities')).toBeVisible();
  await expect(slide.comparison).toBeVisible();
});
