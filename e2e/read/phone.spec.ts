/**
 * A reader on a phone gets reveal.js's scroll view: every slide one under the other. Which
 * slides, and how many, comes from the loader's model of the talk (talkSlides).
 */
import { test, expect } from '../deck.ts';
import { talkSlides } from '../support/talk-model.ts';

const slugs = talkSlides().map((slide) => slide.slug);
/**
 * Slides spread over the talk, the last included: later pages move as earlier ones grow
 * (fragments shown, widgets mounted). Not the one before the last: the scroll view cannot bring
 * it to the top of the screen (the last page is shorter than the screen), so reveal.js counts
 * the last slide as present there, a limit of its scroll view left as it is.
 */
const SPREAD = [...new Set([1, Math.floor(slugs.length / 2), slugs.length - 1].map((index) => slugs[Math.max(0, index)]!))];

/** An iPhone 12–15 in portrait, in CSS pixels. */
const PHONE = { width: 390, height: 844 };
/** The same phone turned to landscape. */
const LANDSCAPE = { width: 844, height: 390 };

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

test('a narrow screen shows the scroll view with every slide, none wider than the screen', { tag: '@any-talk' }, async ({ deck, page }) => {
  await deck.open();
  await expect(page.locator('.reveal-scroll')).toBeAttached();
  const sections = page.locator('.reveal .slides section[data-title]');
  await expect(sections).toHaveCount(slugs.length);
  // Nothing pushes the page sideways.
  const widths = await page.evaluate(() => [document.scrollingElement!, document.querySelector('.reveal-scroll')!].map((element) => element.scrollWidth));
  for (const width of widths) expect(width).toBeLessThanOrEqual(PHONE.width);
  // Scrolling to the end reaches the last slide, readable on the screen.
  const last = page.locator(`.reveal .slides section#${slugs.at(-1)}`);
  await last.scrollIntoViewIfNeeded();
  await expect(last.getByRole('heading').first()).toBeInViewport();
});

for (const slug of SPREAD) {
  test(`a deep link by slug scrolls to its slide: ${slug}`, { tag: '@any-talk' }, async ({ deck, page }) => {
    await deck.open(`#/${slug}`);
    await expect(page.locator('.reveal-scroll')).toBeAttached();
    await expect(page.locator(`.reveal .slides section#${slug}`).getByRole('heading').first()).toBeInViewport();
    await expect(page.locator('.reveal .slides section.present')).toHaveAttribute('id', slug);
    await expect(page).toHaveURL(new RegExp(`#/${slug}$`));
  });
}

test('following a link to another slide on the same page scrolls to it', async ({ deck, page }) => {
  await deck.open(`#/${slugs[0]}`);
  for (const slug of SPREAD.slice(1).reverse()) {
    await page.evaluate((hash) => (location.hash = hash), `#/${slug}`);
    await expect(page.locator(`.reveal .slides section#${slug}`).getByRole('heading').first()).toBeInViewport();
    await expect(page.locator('.reveal .slides section.present')).toHaveAttribute('id', slug);
  }
});

/** What a reader sees of one slide in the scroll view, measured in CSS pixels of the phone. */
interface SlideOnPhone {
  id: string;
  /** The smallest font size of any visible text, as drawn on the screen (size × the slide's scale). */
  smallestText: number;
  smallestTextSample: string;
  /** Elements reaching past the screen's left or right edge. */
  widerThanScreen: string[];
  /** Elements reaching past their page, where the page cuts them off. */
  clipped: string[];
  pageHeight: number;
}

/** Measures every slide: text size on screen, what sticks out of the screen or the page. */
function measureSlides(page: import('@playwright/test').Page): Promise<SlideOnPhone[]> {
  return page.evaluate(() => {
    const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    const hidden = (element: Element) => element.closest('aside.notes, [hidden], .visually-hidden') !== null || getComputedStyle(element).visibility === 'hidden';
    return [...document.querySelectorAll<HTMLElement>('.reveal .scroll-page section[data-title]')].map((slide) => {
      const scale = slide.getBoundingClientRect().width / slide.offsetWidth;
      const pageBox = slide.closest('.scroll-page-content')!.getBoundingClientRect();
      let smallestText = Infinity;
      let smallestTextSample = '';
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (!node.textContent?.trim() || hidden(parent)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        if (range.getBoundingClientRect().width === 0) continue;
        const size = parseFloat(getComputedStyle(parent).fontSize) * scale;
        if (size < smallestText) [smallestText, smallestTextSample] = [size, node.textContent.trim().slice(0, 40)];
      }
      const widerThanScreen: string[] = [];
      const clipped: string[] = [];
      for (const element of slide.querySelectorAll('*')) {
        if (hidden(element)) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (box.left < -0.5 || box.right > innerWidth + 0.5) widerThanScreen.push(describe(element));
        if (box.top < pageBox.top - 0.5 || box.bottom > pageBox.bottom + 0.5 || box.left < pageBox.left - 0.5 || box.right > pageBox.right + 0.5) clipped.push(describe(element));
      }
      return { id: slide.id, smallestText, smallestTextSample, widerThanScreen, clipped, pageHeight: slide.closest<HTMLElement>('.scroll-page')!.offsetHeight };
    });
  });
}

test('every slide reads at phone size: text 14px or larger, nothing past the screen or cut off by its page', { tag: '@any-talk' }, async ({ deck, page }) => {
  await deck.open();
  await expect(page.locator('.reveal-scroll')).toBeAttached();
  const slides = await measureSlides(page);
  expect(slides.map((slide) => slide.id)).toEqual(slugs);
  for (const slide of slides) {
    expect(slide.smallestText, `${slide.id}: smallest text "${slide.smallestTextSample}"`).toBeGreaterThanOrEqual(14);
    expect(slide.widerThanScreen, `${slide.id}: wider than the screen`).toEqual([]);
    expect(slide.clipped, `${slide.id}: cut off by its page`).toEqual([]);
    // One page per slide, no taller than the screen: fragments add no screens of their own.
    expect(slide.pageHeight, `${slide.id}: page height`).toBeLessThanOrEqual(PHONE.height);
  }
});

test('a phone turned to landscape gets the slides at their own size, on the slide it was reading', { tag: '@any-talk' }, async ({ deck, page }) => {
  const slug = SPREAD[0]!;
  await deck.open(`#/${slug}`);
  await expect(page.locator('.reveal-scroll')).toBeAttached();
  await page.setViewportSize(LANDSCAPE);
  await expect(page.locator('.reveal-scroll')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-reading');
  await expect(deck.currentSlide).toHaveId(slug);
  // The 16:9 slide fills the screen's height, not a portrait column in its middle.
  const box = (await deck.currentSlide.boundingBox())!;
  expect(box.height, 'slide height').toBeGreaterThan(LANDSCAPE.height * 0.85);
  expect(box.width / box.height, 'slide shape').toBeCloseTo(16 / 9, 1);
});
