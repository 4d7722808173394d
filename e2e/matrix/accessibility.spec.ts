/**
 * axe-core on the three matrix slides, with every row shown and in the states the presenter
 * puts them in (criteria open, a variety selected).
 */
import { test, expect } from '../deck.ts';
import { axeViolations } from '../support/axe.ts';
import { MATRIX_SLIDES, MatrixSlide } from './matrix-page.ts';

for (const [view, slug] of Object.entries(MATRIX_SLIDES)) {
  test(`axe finds no violations on the ${view} slide`, async ({ deck, page }) => {
    const slide = new MatrixSlide(deck, slug);
    await slide.open();
    await slide.revealAll();
    const scan = () => axeViolations(page, { include: `section#${slug}` });
    expect(await scan()).toEqual([]);
    if (view === 'characteristics') return;
    await slide.variety('Peer production').click();
    await slide.column('Openness').click();
    await expect(slide.criteria('Openness')).toBeVisible();
    expect(await scan()).toEqual([]);
  });
}
