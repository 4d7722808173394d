/**
 * The published site (the audience build, served as it would be) keeps the matrix live.
 * This project's baseURL is the dev server, so the reader's address is given in full.
 */
import { test, expect } from '../deck.ts';
import { READ_PORT } from '../playwright.config.ts';
import { MATRIX_SLIDES, MatrixSlide } from './matrix-page.ts';

test('in the audience build the matrix still answers a click and the clicker', async ({ deck, page }) => {
  await page.goto(`http://127.0.0.1:${READ_PORT}/#/${MATRIX_SLIDES.observations}`);
  await deck.ready();
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.observations);
  await expect(slide.row('Internet security communities')).toBeHidden();
  await deck.press('PageDown');
  await expect(slide.row('Internet security communities')).toBeVisible();
  await slide.variety('Social production').click();
  await expect(slide.comparison).toHaveText('Internet security communities against social production: socialness as required.');
  await slide.column('Distributiveness').click();
  await expect(slide.column('Distributiveness')).toHaveAttribute('aria-expanded', 'true');
  await expect(slide.criteria('Distributiveness')).toContainText('Peer governance');
});
