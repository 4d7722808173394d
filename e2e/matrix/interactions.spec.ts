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

test('a header clicked on one slide lets go of the keys when the talk moves on', async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.observations);
  // Without transitions Chromium keeps the focus on the header of the slide just left: the
  // case where the next key went to that hidden header.
  await deck.open(`?transition=none&backgroundTransition=none#/${slide.slug}/0`);
  await slide.column('Openness').click();
  await expect(slide.column('Openness')).toBeFocused();
  // Chromium lets go of the focus by itself only some frames later, and not always before the
  // next key: so where the focus is is read as the slide changes, after the deck's own listeners.
  await deck.page.evaluate(() => {
    const reveal = document.querySelector('.reveal')!;
    const record = () => reveal.setAttribute('data-test-focus-left-on', document.activeElement?.closest('.slides section:not(.present)')?.id ?? '');
    reveal.addEventListener('slidechanged', record, { once: true });
  });
  await deck.press('ArrowRight');
  await expect(deck.page.locator('.reveal'), 'no slide just left keeps the focus').toHaveAttribute('data-test-focus-left-on', '');
  await deck.press('Escape');
  await expect(deck.currentSlide).not.toHaveAttribute('id', slide.slug);
  // That key was reveal.js's: Escape opened the overview instead of resetting a table nobody sees.
  await expect(deck.page.locator('.reveal')).toHaveClass(/overview/);
  // Out of the accessibility tree on a slide that is not current, the table is found by its markup.
  await expect(slide.section.locator('thead button[aria-expanded="true"]')).toHaveText('Openness');
});

test('in the overview, Escape closes it even while a header has the focus', async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.varieties);
  await slide.open();
  await slide.revealAll();
  await slide.column('Openness').click();
  await deck.press('o');
  await expect(deck.page.locator('.reveal')).toHaveClass(/overview/);
  await expect(slide.column('Openness')).toBeFocused();
  await deck.press('Escape');
  await expect(deck.page.locator('.reveal')).not.toHaveClass(/overview/);
  await expect(deck.currentSlide).toHaveAttribute('id', slide.slug);
  // The overview took the Escape; the table kept what the presenter opened.
  await expect(slide.column('Openness')).toHaveAttribute('aria-expanded', 'true');
});
