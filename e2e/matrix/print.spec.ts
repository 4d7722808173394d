/**
 * The print view (what the PDF is made from): every row of every placed matrix is there and
 * nothing is half-open or clickable.
 */
import { test, expect } from '../deck.ts';
import { MATRIX_SLIDES } from './matrix-page.ts';

test('the print view shows every matrix complete and static', async ({ deck, page }) => {
  await page.goto('./?print-pdf');
  await deck.ready();
  for (const slug of Object.values(MATRIX_SLIDES)) {
    const section = page.locator(`.pdf-page section#${slug}`);
    await expect(section).toHaveCount(1);
    const rows = section.locator('tbody tr');
    expect(await rows.count(), `rows on ${slug}`).toBeGreaterThanOrEqual(3);
    for (const row of await rows.all()) await expect(row, `a row on ${slug}`).toBeVisible();
    // Static: no buttons to press, no criteria panel left open.
    await expect(section.locator('button')).toHaveCount(0);
    await expect(section.locator('.matrix-criteria:not([hidden])')).toHaveCount(0);
  }
  // reveal.js leaves every slide but the first aria-hidden in the print view, so these are found by
  // what the page shows rather than by role.
  const observations = page.locator(`.pdf-page section#${MATRIX_SLIDES.observations}`);
  await expect(observations.locator('tbody th', { hasText: 'Internet security communities' })).toBeVisible();
  await expect(observations.locator('.matrix-observed td[data-column="openness"]')).toContainText('partly');
  await expect(observations.locator('.matrix-comparison')).toHaveText(/against commons-based peer production: socialness as required/);
});
