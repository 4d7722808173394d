/**
 * A reader with a screen reader, a keyboard, a wish for less motion or forced colours: axe-core
 * finds nothing on any slide (contrast included), each new slide's title is announced, Tab
 * stays on the slide in view, transitions stop when the system asks for reduced motion, and
 * the cartoon's captions keep an edge when forced colours drop their ground.
 */
import { test, expect } from '../deck.ts';
import { talkSlides } from '../support/talk-model.ts';
import { axeViolations } from '../support/axe.ts';
import { showSlide, slideSlugs } from './walk.ts';

const slides = talkSlides();

test.describe('axe-core', () => {
  // Finished slides, not slides caught mid-transition, are what a reader reads.
  test.use({ reducedMotion: 'reduce' });

  // Not run again on the changed talk (e2e/any-talk/): it holds for any talk, but there it would
  // check the same layouts once more, a fifth of that run's time.
  test('finds no violations on any slide, with every fragment shown', async ({ deck, page }) => {
    test.setTimeout(300_000);
    await deck.open();
    const slugs = await slideSlugs(page);
    expect(slugs).toEqual(slides.map((slide) => slide.slug));
    for (const slug of slugs) {
      await showSlide(page, slug);
      // Fragments are hidden (opacity 0) until shown; check them as the reader sees them.
      while ((await page.locator('.reveal .slides > section.present .fragment:not(.visible)').count()) > 0) await deck.press('ArrowRight');
      await expect(deck.currentSlide).toHaveAttribute('id', slug);
      expect.soft(await axeViolations(page), `slide ${slug}`).toEqual([]);
    }
  });

  // The walks above are worth something only if axe-core can judge contrast on a slide at all:
  // text it takes for overlapped is "incomplete", never a violation (see e2e/support/axe.ts).
  test('judges contrast on a slide: text turned dark on the dark ground is a violation', { tag: '@any-talk' }, async ({ deck, page }) => {
    await deck.open();
    // The first slide with a line of text on it: a talk may open on a picture.
    const slug = await page.locator('.reveal .slides > section').evaluateAll((sections) => sections.find((section) => section.querySelector('h1, h2, h3, p, li'))?.id);
    expect(slug, 'a slide with a heading, a paragraph or a list item').toBeTruthy();
    await deck.open(`#/${slug}`);
    const text = deck.currentSlide.locator(':is(h1, h2, h3, p, li)').first();
    await expect(text).toBeVisible();
    const ground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // Nearly the ground's own colour: far below any contrast threshold.
    await text.evaluate((element, colour) => (element as HTMLElement).style.setProperty('color', `color-mix(in srgb, ${colour} 90%, grey)`, 'important'), ground);
    const findings = await axeViolations(page, { include: '.reveal .slides > section.present' });
    expect(findings.filter((finding) => finding.startsWith('color-contrast'))).not.toEqual([]);
  });

  test('finds no violations in the scroll view on a phone', async ({ deck, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await deck.open();
    await expect(page.locator('.reveal-scroll')).toBeAttached();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the new slide’s title is announced, once, on each change', { tag: '@any-talk' }, async ({ deck, page }) => {
  const announced = (index: number) => `${slides[index]!.title}, slide ${index + 1} of ${slides.length}`;
  await deck.open();
  const announcer = page.getByRole('status').filter({ hasText: /slide \d+ of/ });
  await deck.press('ArrowRight');
  await expect(announcer).toHaveText(announced(1));
  await showSlide(page, slides[2]!.slug);
  await expect(announcer).toHaveText(announced(2));
  await showSlide(page, slides.at(-1)!.slug);
  await expect(announcer).toHaveText(announced(slides.length - 1));
  // reveal.js's own live region, which reads the whole slide, is silenced so it is heard once.
  const live = await page.locator('[aria-live]').evaluateAll((regions) => regions.filter((r) => r.getAttribute('aria-live') !== 'off').map((r) => r.textContent?.trim()));
  expect(live).toEqual([announced(slides.length - 1)]);
});

test('Tab reaches only what is on the slide in view, and the deck’s controls', async ({ deck, page }) => {
  await deck.open('#/gated-openness');
  const reached: { inSlide: string | null; inHiddenSlide: string | null; visible: boolean }[] = [];
  // More presses than the slide and the controls have stops, so focus wraps round at least once.
  for (let press = 0; press < 40; press++) {
    await deck.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        const section = focused?.closest('.reveal .slides > section') ?? null;
        const rect = focused?.getBoundingClientRect();
        return {
          inSlide: section?.classList.contains('present') ? section.id : null,
          inHiddenSlide: section && !section.classList.contains('present') ? `${section.id}: ${focused!.outerHTML.slice(0, 80)}` : null,
          visible: !!rect && rect.width > 0 && rect.height > 0,
        };
      }),
    );
  }
  expect(reached.map((stop) => stop.inHiddenSlide).filter(Boolean)).toEqual([]);
  // The matrix's buttons on this slide are reachable: Tab works, it is only confined.
  expect(reached.some((stop) => stop.inSlide === 'gated-openness')).toBe(true);
  expect(reached.filter((stop) => stop.inSlide && !stop.visible)).toEqual([]);
});

test.describe('reduced motion', () => {
  /** The longest transition or animation on any element of the deck, in seconds. */
  const longestMotion = (page: import('@playwright/test').Page) =>
    page.evaluate(() => {
      const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));
      let longest = 0;
      for (const element of document.querySelectorAll('.reveal, .reveal *')) {
        const style = getComputedStyle(element);
        const transition = seconds(style.transitionDuration) > 0 && style.transitionProperty !== 'none' ? seconds(style.transitionDuration) : 0;
        const animation = style.animationName !== 'none' ? seconds(style.animationDuration) : 0;
        longest = Math.max(longest, transition, animation);
      }
      return longest;
    });

  test('with no preference, slides move (so the next test can tell)', async ({ deck, page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await deck.open();
    expect(await longestMotion(page)).toBeGreaterThan(0);
  });

  test('when the system asks for reduced motion, nothing in the deck moves', async ({ deck, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await deck.open();
    await deck.press('ArrowRight');
    expect(await longestMotion(page)).toBe(0);
    await showSlide(page, 'gated-openness');
    expect(await longestMotion(page)).toBe(0);
  });
});

test('in forced colours (Windows high contrast) the cartoon captions keep an edge where their ground is dropped', async ({ deck, page }) => {
  const caption = page.locator('.reveal section.layout-cartoon p:has(> em:only-child)').first();
  const edge = () => caption.evaluate((element) => getComputedStyle(element).outlineStyle);
  await deck.open();
  // On screen the paper ground is the bubble, with no outline.
  expect(await edge()).toBe('none');
  await page.emulateMedia({ forcedColors: 'active' });
  expect(await edge()).toBe('solid');
});
