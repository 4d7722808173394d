/**
 * Slide 8: the observed security-communities row against the ideal types. Partial marks are
 * told apart from full ones by shape and by word, and the sentence under the table says it.
 */
import { test, expect } from '../deck.ts';
import { inkByHalf } from '../support/ink.ts';
import { MATRIX_SLIDES, MatrixSlide } from './matrix-page.ts';

const OBSERVED = 'Internet security communities';

test('the observed row is set against commons-based peer production when the slide opens', async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.observations);
  await slide.open();
  await slide.revealAll();
  await expect(slide.variety('Commons-based peer production')).toHaveAttribute('aria-pressed', 'true');
  await expect(slide.comparison).toHaveText(
    'Internet security communities against commons-based peer production: socialness as required; distributiveness and openness only partly.',
  );
  await expect(slide.cell(OBSERVED, 'Openness')).toHaveAttribute('data-fit', 'partly');
  await expect(slide.cell(OBSERVED, 'Socialness')).toHaveAttribute('data-fit', 'met');
  // The reset control stays hidden: this is the slide's own first state.
  await expect(slide.reset).toBeHidden();
});

test('partial marks differ from full ones in shape, in the visible word and in what is read out', async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.observations);
  await slide.open();
  await slide.revealAll();
  const partial = slide.cell(OBSERVED, 'Openness');
  const full = slide.cell(OBSERVED, 'Socialness');

  await expect(partial.locator('.matrix-word')).toBeVisible();
  await expect(partial.locator('.matrix-word')).toHaveText('partly');
  await expect(full.locator('.matrix-word')).toHaveText('yes');
  // The text a screen reader reads for the cell: the word, then the finding.
  await expect(partial).toHaveText(/^partly: Gated openness/);
  await expect(full).toHaveText(/^yes: Strong elements of socialness/);
  // The shapes (src/theme/marks.css): the full star is solid and as inked on the left as on the
  // right; the partial one has its left half filled and only an outline on the right.
  const [partialInk, fullInk] = [await inkByHalf(partial.locator('.matrix-mark')), await inkByHalf(full.locator('.matrix-mark'))];
  expect(fullInk.right).toBeGreaterThan(0.2);
  expect(Math.abs(fullInk.left - fullInk.right)).toBeLessThan(fullInk.right * 0.25);
  expect(partialInk.right).toBeGreaterThan(0.05);
  expect(partialInk.left).toBeGreaterThan(partialInk.right * 1.5);
  // And the frame: a cell that falls short of the ideal type is framed differently from one that meets it.
  const frame = (cell: typeof partial) => cell.evaluate((td) => `${getComputedStyle(td).outlineStyle} ${getComputedStyle(td).boxShadow}`);
  expect(await frame(partial)).not.toBe(await frame(full));
});

test("the stars and the headers' triangles keep their shapes in forced colours (Windows high contrast)", async ({ deck }) => {
  // Forced colours repaint backgrounds with the page's ground, and a star is a masked background.
  await deck.page.emulateMedia({ forcedColors: 'active' });
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.observations);
  await slide.open();
  await slide.revealAll();
  const [partialInk, fullInk] = [await inkByHalf(slide.cell(OBSERVED, 'Openness').locator('.matrix-mark')), await inkByHalf(slide.cell(OBSERVED, 'Socialness').locator('.matrix-mark'))];
  expect(fullInk.right).toBeGreaterThan(0.2);
  expect(partialInk.left).toBeGreaterThan(partialInk.right * 1.5);
  // A header's triangle is drawn with borders, and forced colours paint transparent ones too:
  // only the side it points to may be painted, down when closed and up when open.
  const triangle = () =>
    slide.column('Openness').evaluate((button) => {
      const style = getComputedStyle(button, '::after');
      const painted = (side: string) => style.getPropertyValue(`border-${side}-width`) !== '0px' && style.getPropertyValue(`border-${side}-color`) !== 'rgba(0, 0, 0, 0)';
      return { top: painted('top'), bottom: painted('bottom'), sides: painted('left') || painted('right') };
    });
  expect(await triangle()).toEqual({ top: true, bottom: false, sides: false });
  await slide.column('Openness').click();
  expect(await triangle()).toEqual({ top: false, bottom: true, sides: false });
});

test('choosing another ideal type re-reads the observed row against it', async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.observations);
  await slide.open();
  await slide.revealAll();
  await slide.variety('Peer production').click();
  await expect(slide.variety('Peer production')).toHaveAttribute('aria-pressed', 'true');
  await expect(slide.variety('Commons-based peer production')).toHaveAttribute('aria-pressed', 'false');
  await expect(slide.comparison).toHaveText('Internet security communities against peer production: socialness as required; distributiveness only partly.');
  // Peer production does not ask for openness, so the gate is no shortfall against it.
  await expect(slide.cell(OBSERVED, 'Openness')).toHaveAttribute('data-fit', 'not-required');

  // With no ideal type selected the line says how to choose one.
  await slide.variety('Peer production').click();
  await expect(slide.comparison).toHaveText('Select a variety to set Internet security communities against it.');
  await expect(slide.cell(OBSERVED, 'Openness')).not.toHaveAttribute('data-fit', /.*/);

  // Reset brings back the slide's own comparison.
  await slide.reset.click();
  await expect(slide.variety('Commons-based peer production')).toHaveAttribute('aria-pressed', 'true');
  await expect(slide.comparison).toContainText('against commons-based peer production');
});

test("a characteristic's criteria can be read beside the observed findings", async ({ deck }) => {
  const slide = new MatrixSlide(deck, MATRIX_SLIDES.observations);
  await slide.open();
  await slide.revealAll();
  await slide.column('Openness').click();
  await expect(slide.criteria('Openness')).toBeVisible();
  await expect(slide.row(OBSERVED)).toBeVisible();
  // The criteria take the place of the recap of the ideal types, never of the observed row...
  const panel = await slide.criteria('Openness').boundingBox();
  const observed = await slide.row(OBSERVED).boundingBox();
  expect(panel!.y + panel!.height).toBeLessThanOrEqual(observed!.y + 1);
  // ...and the rows they cover are out of reach, not clickable or focusable underneath.
  await expect(slide.variety('Peer production')).toBeHidden();
  await slide.column('Openness').click();
  await expect(slide.variety('Peer production')).toBeVisible();
  await slide.variety('Peer production').click();
  await expect(slide.variety('Peer production')).toHaveAttribute('aria-pressed', 'true');
});
