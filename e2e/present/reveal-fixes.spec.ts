/**
 * Each workaround in src/present/reveal-fixes/ exists for a fault of the reveal.js version
 * package.json pins. Here the deck starts without one fix at a time (`?without-fix=<id>`, on the
 * dev server only) and each test shows that fault is still there. When an upgrade of reveal.js
 * makes one of them fail, reveal.js has mended that fault itself and the fix may go. The tests
 * that show each fix working are listed beside it.
 */
import type { Page } from '@playwright/test';
import { REVEAL_FIXES, WITHOUT_FIX_PARAMETER } from '../../src/present/reveal-fixes/index.ts';
import { test, expect, type DeckPage } from '../deck.ts';
import { talkSlides } from '../support/talk-model.ts';

const slides = talkSlides();
/** Two slides late in the talk, after the slides with fragments (the last may be the generated References). */
const [before, late] = slides.slice(-3, -1).map((slide) => slide.slug) as [string, string];
const PRESENTING = { width: 1280, height: 720 };
/** Below the scroll view's switch (SCROLL_VIEW_BELOW in src/present/config.ts). */
const NARROW = { width: 360, height: 640 };

/** What a failing fault test says: the fault is gone upstream. */
const mayGo = (id: string) => `reveal.js no longer has this fault: the fix ${id} may go`;

/** Opens the deck without one fix, at a deep link. */
async function openWithout(deck: DeckPage, id: string, hash = '', more = ''): Promise<void> {
  await deck.open(`?${WITHOUT_FIX_PARAMETER}=${id}${more}${hash}`);
}

/** A fault reveal.js shows without the fix, and the tests that show the fix at work. */
interface Fault {
  fixedIn: string;
  show(deck: DeckPage, page: Page, id: string): Promise<void>;
}

const FAULTS: Record<string, Fault> = {
  'followed-link': {
    fixedIn: 'e2e/present/walk.spec.ts "a link followed just as reveal.js rewrites the address"',
    async show(deck, page, id) {
      const [from, to] = [slides[2]!.slug, slides.at(-2)!.slug];
      await openWithout(deck, id, `#/${from}`);
      // The link changes the address, reveal.js's delayed write puts the old one back, and then
      // the hashchange event arrives: read once reveal.js has handled it.
      await page.evaluate(
        ([link, stale]) =>
          new Promise<void>((resolve) => {
            window.addEventListener('hashchange', () => requestAnimationFrame(() => resolve()), { once: true });
            location.hash = `#/${link}`;
            history.replaceState(null, '', `${location.search}#/${stale}`);
          }),
        [to, from],
      );
      expect(await deck.currentSlug(), mayGo(id)).toBe(from);
    },
  },
  'jump-box-late-close': {
    fixedIn: 'e2e/present/walk.spec.ts "G jumps by number or slug; a box opened straight after a jump stays open"',
    async show(deck, page, id) {
      await openWithout(deck, id);
      const box = page.locator('.jump-to-slide-input');
      await deck.press('g');
      await expect(box).toBeFocused();
      // The blur of the box closed by the previous jump, arriving after G opened it again.
      await box.evaluate((input) => input.dispatchEvent(new FocusEvent('blur')));
      await expect(box, mayGo(id)).toHaveCount(0);
    },
  },
  'focus-left-behind': {
    fixedIn: 'e2e/matrix/interactions.spec.ts "a header clicked on one slide lets go of the keys when the talk moves on"',
    async show(deck, page, id) {
      // Without transitions, as in the matrix test: the slide just left keeps the focus then.
      await openWithout(deck, id, `#/${slides[0]!.slug}`, '&transition=none&backgroundTransition=none');
      for (let step = await deck.fragmentSteps(); step > 0; step--) await deck.press('ArrowRight');
      // Any control on the slide will do: a button the presenter clicked.
      await page.evaluate(() => {
        const button = document.createElement('button');
        button.textContent = 'a control on the slide';
        document.querySelector('.reveal .slides > section.present')!.append(button);
        button.focus();
        const reveal = document.querySelector('.reveal')!;
        const record = () => reveal.setAttribute('data-test-focus-left-on', document.activeElement?.closest('.slides section:not(.present)')?.id ?? '');
        reveal.addEventListener('slidechanged', record, { once: true });
      });
      await deck.press('ArrowRight');
      await expect(page.locator('.reveal'), mayGo(id)).toHaveAttribute('data-test-focus-left-on', slides[0]!.slug);
    },
  },
  'overview-in-scroll-view': {
    fixedIn: 'e2e/present/window.spec.ts "the overview open while the window goes narrow and back"',
    async show(deck, page, id) {
      await openWithout(deck, id, `#/${late}`);
      await deck.press('o');
      await expect(page.locator('.reveal')).toHaveClass(/overview/);
      await page.setViewportSize(NARROW);
      await expect(page.locator('.reveal-viewport.reveal-scroll')).toHaveCount(1);
      await expect(page.locator('.reveal'), mayGo(id)).toHaveClass(/overview/);
      await page.setViewportSize(PRESENTING);
    },
  },
  'scroll-lands-short': {
    fixedIn: 'e2e/present/window.spec.ts (the presenter\'s slide after narrowing) and e2e/read/phone.spec.ts (deep links)',
    async show(deck, page, id) {
      await openWithout(deck, id, `#/${late}`);
      await page.setViewportSize(NARROW);
      await expect(page.locator('.reveal-viewport.reveal-scroll')).toHaveCount(1);
      // The scroll view opens at the slide before the presenter's (a page a screen high).
      await expect(page.locator(`.reveal .slides section#${before}`), mayGo(id)).toBeInViewport({ ratio: 0.9 });
      await page.setViewportSize(PRESENTING);
    },
  },
  'address-written-late': {
    fixedIn: 'e2e/present/walk.spec.ts "a reload right after two key presses keeps the slide and step they reached"',
    async show(deck, page, id) {
      await openWithout(deck, id, `#/${slides[0]!.slug}`);
      const place = () => deck.currentSlide.evaluate((section) => `${section.id}/${section.getAttribute('data-fragment') ?? ''}`);
      const start = await place();
      // Two presses at once: the second's address is due within a second of the first's.
      await deck.press('ArrowRight');
      await deck.press('ArrowRight');
      await expect.poll(place).not.toBe(start);
      const address = () => page.evaluate(() => location.hash);
      const written = await address();
      // reveal.js writes the address it owed only later, on its timer.
      await expect.poll(address, { message: mayGo(id), timeout: 3000 }).not.toBe(written);
    },
  },
};

test('every reveal.js fix has a test here that shows its fault', () => {
  expect(Object.keys(FAULTS).sort()).toEqual(REVEAL_FIXES.map((fix) => fix.id).sort());
});

for (const fix of REVEAL_FIXES) {
  const fault = FAULTS[fix.id];
  if (!fault) continue;
  test(`reveal.js ${fix.revealVersion} without the fix ${fix.id}: ${fix.description}`, { annotation: { type: 'fixed in', description: fault.fixedIn } }, async ({ deck, page }) => {
    await fault.show(deck, page, fix.id);
  });
}
