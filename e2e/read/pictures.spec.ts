/**
 * Pictures arrive when they are needed, for any talk: the page holds every slide, so a reader
 * who opens it must not fetch the pictures of slides far ahead, yet the presenter finds the
 * pictures of the slides reveal.js lays out ahead (its view distance) loaded, and the print view
 * (the PDF) signals ready only once every picture has loaded.
 */
import { test, expect } from '../deck.ts';
import { expectPictureLoaded } from '../support/pictures.ts';

/** What the page shows of its pictures: those of slides reveal.js lays out, and of those it does not. */
function picturesByDistance() {
  const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
  // reveal.js lays out the slides within its view distance and gives the rest `display: none`.
  const far = sections.filter((section) => section.style.display === 'none');
  const sources = (of: HTMLElement[]) => of.flatMap((section) => [...section.querySelectorAll('img')].map((picture) => picture.src));
  return {
    near: sources(sections.filter((section) => !far.includes(section))),
    far: far.flatMap((section) => [...section.querySelectorAll('img')].map((picture) => ({ slug: section.id, src: picture.src }))),
  };
}

test('opening the deck loads the pictures within the view distance and none beyond; going there loads it', { tag: '@any-talk' }, async ({ deck, page }) => {
  const requested = new Set<string>();
  page.on('request', (request) => requested.add(request.url()));
  await deck.open();
  const { near, far } = await page.evaluate(picturesByDistance);
  const waiting = far.filter((picture) => !near.includes(picture.src));
  test.info().annotations.push({ type: 'pictures within and beyond the view distance', description: `${near.length}, ${waiting.length}` });
  // Settled: anything the opening would fetch has been asked for by now.
  await page.waitForLoadState('networkidle');
  expect(near.filter((src) => !requested.has(src))).toEqual([]);
  expect(waiting.filter((picture) => requested.has(picture.src)).map((picture) => picture.src)).toEqual([]);
  const first = waiting[0];
  if (!first) return;
  await deck.open(`#/${first.slug}`);
  const picture = page.locator(`section#${first.slug} img`).first();
  await expectPictureLoaded(picture);
});

// The page alone, not the deck fixture: in the audience build reveal.js's print view logs two
// refusals of the inline <style> it adds (its @page size, which the PDF command sets itself).
test('the print view signals ready with every picture loaded, however slowly they arrive', { tag: '@any-talk' }, async ({ page }) => {
  // A slow disk or a large photo: every picture arrives well after the rest of the page.
  await page.route(/\.(svg|png|jpe?g|gif|webp|avif)(\?.*)?$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('./?print-pdf');
  await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
  const pictures = await page.locator('.reveal .slides img').evaluateAll((all) => all.map((img) => ({ src: (img as HTMLImageElement).src, loaded: (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0 })));
  expect(pictures.filter((picture) => !picture.loaded)).toEqual([]);
});
