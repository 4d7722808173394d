/**
 * The light theme, as a speaker in a bright hall switches to it with `?theme=light`: the whole
 * deck turns light (ground, type, the matrix), and axe-core finds nothing on any slide, with
 * contrast included, just as in the dark theme (accessibility.spec.ts).
 */
import { loadDeck } from '../../src/deck/load.ts';
import { WIDGET_SOURCES } from '../../src/widgets/sources.ts';
import { test, expect } from '../deck.ts';
import { axeViolations } from '../support/axe.ts';
import { showSlide, slideSlugs } from './walk.ts';

/** Relative luminance of a computed `rgb(…)` colour, 0 (black) to 1 (white), as WCAG defines it. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

test.use({ reducedMotion: 'reduce' });

test('?theme=light turns the ground light and the type dark, and the matrix with them', async ({ deck, page }) => {
  await page.goto('./?theme=light#/gated-openness');
  await deck.ready();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const colours = await page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      ground: style('body').backgroundColor,
      heading: style('.reveal .slides > section.present h2').color,
      header: style('.reveal .slides > section.present .matrix-table th[scope="row"]').color,
      scheme: document.querySelector('meta[name="color-scheme"]')?.getAttribute('content'),
    };
  });
  expect(luminance(colours.ground)).toBeGreaterThan(0.8);
  expect(luminance(colours.heading)).toBeLessThan(0.05);
  expect(luminance(colours.header)).toBeLessThan(0.05);
  expect(colours.scheme).toBe('light');
});

test('axe-core finds no violations on any slide in the light theme, every fragment shown', async ({ deck, page }) => {
  test.setTimeout(180_000);
  const model = loadDeck('.', WIDGET_SOURCES).deck!;
  await page.goto('./?theme=light');
  await deck.ready();
  const slugs = await slideSlugs(page);
  // Every slide of the talk, and the References slide when the talk cites anything.
  expect(slugs).toEqual([...model.slides.map((slide) => slide.slug), ...(model.bibliography ? ['references'] : [])]);
  for (const slug of slugs) {
    await showSlide(page, slug);
    while ((await page.locator('.reveal .slides > section.present .fragment:not(.visible)').count()) > 0) await deck.press('ArrowRight');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect.soft(await axeViolations(page), `slide ${slug}`).toEqual([]);
  }
});
