/**
 * The presenter's hands on the table: a characteristic's header opens its criteria (mouse,
 * Enter, Space), a variety's header highlights its marks, the state survives leaving the
 * slide, and the reset control puts it back.
 */
import { test, expect } from '../deck.ts';
import { MATRIX_SLIDES, MatrixSlide } from './matrix-page.ts';

/** More Tab presses than the focusable things before the table: the slide's controls and the table's headers. */
const TAB_LIMIT = 20;

test('clicking a characteristic shows its criteria, and clicking it again hides them', async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.varieties);
  await slide.open();
  await slide.revealAll();
  const openness = slide.column('Openness');
  await expect(openness).toHaveAttribute('aria-expanded', 'false');
  await expect(slide.criteria('Openness')).toBeHidden();

  await openness.click();
  await expect(openness).toHaveAttribute('aria-expanded', 'true');
  await expect(slide.criteria('Openness')).toBeVisible();
  await expect(slide.criteria('Openness').getByRole('listitem')).toHaveText([
    'No or low access restrictions on production platform',
    'Accessibility of intermediary goods',
    'Internal transparency about activities and contributions',
    /^Produced goods non-proprietary.*forkable$/,
  ]);

  // One characteristic at a time: choosing another closes the first.
  await slide.column('Socialness').click();
  await expect(openness).toHaveAttribute('aria-expanded', 'false');
  await expect(slide.criteria('Openness')).toBeHidden();
  await expect(slide.criteria('Socialness')).toBeVisible();

  await slide.column('Socialness').click();
  await expect(slide.column('Socialness')).toHaveAttribute('aria-expanded', 'false');
  await expect(slide.criteria('Socialness')).toBeHidden();
});

test('the keyboard alone reaches a header and opens it with Enter or Space, without leaving the slide', async ({ deck, page }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.varieties);
  await slide.open();
  await slide.revealAll();
  const distributiveness = slide.column('Distributiveness');
  for (let press = 0; press < TAB_LIMIT && !(await distributiveness.evaluate((button) => button === document.activeElement)); press++) await page.keyboard.press('Tab');
  await expect(distributiveness).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(distributiveness).toHaveAttribute('aria-expanded', 'true');
  await expect(slide.criteria('Distributiveness')).toBeVisible();

  // Space on a focused header toggles it; reveal.js must not take it as "next slide".
  await page.keyboard.press('Space');
  await expect(distributiveness).toHaveAttribute('aria-expanded', 'false');
  await expect(deck.currentSlide).toHaveAttribute('id', slide.slug);

  await page.keyboard.press('Tab');
  await expect(slide.column('Openness')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(slide.column('Openness')).toHaveAttribute('aria-expanded', 'true');
  await expect(deck.currentSlide).toHaveAttribute('id', slide.slug);
});

test("selecting a variety highlights its marks and no other row's", async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.varieties);
  await slide.open();
  await slide.revealAll();
  const peer = slide.variety('Peer production');
  await expect(peer).toHaveAttribute('aria-pressed', 'false');
  const glow = (row: string) => slide.row(row).locator('.matrix-mark').first().evaluate((mark) => getComputedStyle(mark).filter);
  const plain = await glow('Peer production');

  await peer.click();
  await expect(peer).toHaveAttribute('aria-pressed', 'true');
  await expect(slide.row('Peer production')).toHaveClass(/is-selected/);
  await expect.poll(() => glow('Peer production')).not.toBe(plain);
  expect(await glow('Commons-based peer production')).toBe(plain);

  // Selecting another moves the highlight; selecting it again clears it.
  await slide.variety('Social crowdsourcing').focus();
  await deck.press('Enter');
  await expect(peer).toHaveAttribute('aria-pressed', 'false');
  await expect(slide.variety('Social crowdsourcing')).toHaveAttribute('aria-pressed', 'true');
  await expect(slide.row('Peer production')).not.toHaveClass(/is-selected/);
  await deck.press('Enter');
  await expect(slide.variety('Social crowdsourcing')).toHaveAttribute('aria-pressed', 'false');
});

test('what the presenter opened is still open after going to the next slide and back', async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.varieties);
  await slide.open();
  await slide.revealAll();
  await slide.column('Openness').click();
  await slide.variety('Commons-based peer production').click();
  await deck.page.locator('body').focus();

  await deck.press('PageDown');
  await expect(deck.currentSlide).toHaveAttribute('id', MATRIX_SLIDES.characteristics);
  await deck.press('PageUp');
  await expect(deck.currentSlide).toHaveAttribute('id', slide.slug);

  await expect(slide.column('Openness')).toHaveAttribute('aria-expanded', 'true');
  await expect(slide.criteria('Openness')).toBeVisible();
  await expect(slide.variety('Commons-based peer production')).toHaveAttribute('aria-pressed', 'true');
  await expect(slide.reset).toBeVisible();
});

test('the reset control appears once something is selected and puts the table back', async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.varieties);
  await slide.open();
  await slide.revealAll();
  await expect(slide.reset).toBeHidden();

  await slide.column('Socialness').click();
  await slide.variety('Peer production').click();
  await expect(slide.reset).toBeVisible();
  await slide.reset.click();

  await expect(slide.column('Socialness')).toHaveAttribute('aria-expanded', 'false');
  await expect(slide.criteria('Socialness')).toBeHidden();
  await expect(slide.variety('Peer production')).toHaveAttribute('aria-pressed', 'false');
  await expect(slide.reset).toBeHidden();
  // The control hides itself, so focus goes to the table rather than getting lost.
  await expect(slide.column('Distributiveness')).toBeFocused();
});

test('Escape on a focused header resets the table too', async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.varieties);
  await slide.open();
  await slide.revealAll();
  await slide.column('Openness').click();
  await expect(slide.reset).toBeVisible();
  await deck.press('Escape');
  await expect(slide.column('Openness')).toHaveAttribute('aria-expanded', 'false');
  await expect(slide.reset).toBeHidden();
  // Reset took the Escape; reveal.js's overview did not open.
  await expect(deck.page.locator('.reveal')).not.toHaveClass(/overview/);
});
