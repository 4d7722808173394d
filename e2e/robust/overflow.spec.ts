/**
 * Nothing on any slide reaches past its 1280×720 canvas or is cut off inside its box, on screen
 * (with every fragment shown, and with each of the matrix's criteria opened) and in the print
 * view the PDF is made from. A failure names the slide, the element and the pixels.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../deck.ts';
import { formatOverflow, measureOverflow, overflowRequest, type Overflow } from '../support/overflow.ts';
import { talkSlides } from '../support/talk-model.ts';

/** reveal.js reads options from the query string; a slide caught mid-transition measures wrong. */
const WITHOUT_TRANSITIONS = '?transition=none&backgroundTransition=none';
const PRESENT_SLIDE = '.reveal .slides > section.present';
const PRINTED_SLIDES = '.reveal .slides .pdf-page > section';

/** Goes to a slide (and fragment) by its deep link, once reveal.js has followed it. */
async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate(
    (target) =>
      location.hash === target
        ? undefined
        : new Promise<void>((resolve) => {
            window.addEventListener('hashchange', () => resolve(), { once: true });
            location.hash = target;
          }),
    hash,
  );
}

test('the measurement finds content past the slide, cut off in its box, or spilling out of it', async ({ page }) => {
  const words = 'Gated openness: inside, members share a great deal; entry is controlled. '.repeat(12);
  await page.setContent(`
    <section id="too-long" style="box-sizing: border-box; width: 1280px; height: 720px; padding: 48px 72px; font: 36px/1.35 sans-serif">
      <h2>Too long</h2><p>${words}</p>
    </section>
    <section id="cut-off" style="box-sizing: border-box; width: 1280px; height: 720px; font: 36px/1.35 sans-serif">
      <p class="card" style="height: 100px; overflow: hidden">${words}</p>
    </section>
    <section id="spills" style="box-sizing: border-box; width: 1280px; height: 720px; font: 36px/1.35 sans-serif">
      <p class="card" style="height: 100px; background: #17273d">${words.slice(0, 200)}</p><p class="plain" style="height: 40px">${words.slice(0, 120)}</p><aside class="notes" style="position: absolute; top: 2000px">Notes are not on the slide.</aside>
    </section>
    <section id="fits" style="box-sizing: border-box; width: 1280px; height: 720px"><h2>Fits</h2></section>`);
  const found = await page.evaluate(measureOverflow, overflowRequest('section'));
  const at = (slide: string) => found.filter((overflow) => overflow.slide === slide);

  expect(at('too-long')).toEqual([expect.objectContaining({ element: expect.stringMatching(/^p "Gated openness/), where: 'bottom', px: expect.any(Number) })]);
  expect(at('too-long')[0]!.px).toBeGreaterThan(100);
  expect(at('cut-off')).toEqual([expect.objectContaining({ element: expect.stringMatching(/^p\.card/), where: 'cut off' })]);
  expect(at('spills')).toEqual([expect.objectContaining({ element: expect.stringMatching(/^p\.card/), where: 'spills out' })]);
  expect(at('fits')).toEqual([]);
  expect(formatOverflow(at('too-long')[0]!, 'present view')).toMatch(/^too-long \(present view\): p "Gated openness[^"]*…" reaches \d+ px past the slide's bottom edge$/);
});

test('no slide overflows at 1280×720 in the present view, with every fragment shown', { tag: '@any-talk' }, async ({ deck, page }) => {
  await page.goto(`./${WITHOUT_TRANSITIONS}`);
  await deck.ready();
  const slides = await page.locator('.reveal .slides > section').evaluateAll((sections) =>
    sections.map((s) => ({ slug: s.id, lastFragment: Math.max(-1, ...[...s.querySelectorAll('.fragment')].map((f) => Number(f.getAttribute('data-fragment-index')))) })),
  );
  expect(slides.map((slide) => slide.slug), 'the slides of the talk, in its order').toEqual(talkSlides().map((slide) => slide.slug));
  const found: string[] = [];
  const measure = async (view: string) => found.push(...(await page.evaluate(measureOverflow, overflowRequest(PRESENT_SLIDE))).map((o: Overflow) => formatOverflow(o, view)));
  for (const { slug, lastFragment } of slides) {
    await goTo(page, `#/${slug}${lastFragment >= 0 ? `/${lastFragment}` : ''}`);
    await expect(page.locator(PRESENT_SLIDE)).toHaveId(slug);
    await expect(page.locator(`${PRESENT_SLIDE} .fragment:not(.visible)`)).toHaveCount(0);
    await measure('present view');
    // The matrix's criteria panels open under the table, one at a time: each must fit too.
    const columns = page.locator(`${PRESENT_SLIDE} figure[data-matrix] button[aria-expanded]`);
    for (const column of await columns.all()) {
      await column.click();
      await expect(column).toHaveAttribute('aria-expanded', 'true');
      await measure(`present view, criteria of "${(await column.textContent())?.trim()}" open`);
      await column.click();
    }
  }
  expect(found, 'content that does not fit its slide').toEqual([]);
});

test('no slide overflows its page in the print view', { tag: '@any-talk' }, async ({ deck, page }) => {
  await page.goto('./?print-pdf');
  await deck.ready();
  // The PDF is printed with print media; the slides must fit as printed.
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator(PRINTED_SLIDES);
  await expect(printed).toHaveCount(talkSlides().length);
  await expect(page.locator(`${PRINTED_SLIDES} .fragment:not(.visible)`)).toHaveCount(0);
  const found = (await page.evaluate(measureOverflow, overflowRequest(PRINTED_SLIDES))).map((o: Overflow) => formatOverflow(o, 'print view'));
  expect(found, 'content that does not fit its printed slide').toEqual([]);
});
