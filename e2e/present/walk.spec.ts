/**
 * The presenter's walk through the talk: every slide in order with its title and notes,
 * clicker keys, deep links by slug, reload keeping the place. What to expect comes from the
 * loader's model of the talk (talkSlides), so these hold for any talk; this talk's own words
 * are pinned in this-talk.spec.ts.
 */
import { test, expect } from '../deck.ts';
import { talkSlides } from '../support/talk-model.ts';

const slides = talkSlides();
/** A slide in the middle of the talk, with one after it: where deep-link tests start. */
const middle = Math.floor(slides.length / 2);

test('walking the deck with the arrow key shows every slide in order', { tag: ['@any-talk', '@whole-browser'] }, async ({ deck, page }) => {
  const titles = slides.map((slide) => slide.title);
  expect(titles.length).toBeGreaterThan(1);
  await deck.open();
  for (const [index, title] of titles.entries()) {
    await expect(deck.currentSlide).toHaveAttribute('data-title', title);
    await expect(deck.currentSlide.getByRole('heading').first()).toBeVisible();
    await expect(page.locator('.slide-number')).toHaveText(`${index + 1} / ${titles.length}`);
    // A slide with fragments takes one press per fragment before the next slide comes.
    // Fragments that share a data-fragment-index appear together, in one step.
    const steps = await deck.fragmentSteps();
    for (let shown = 1; shown <= steps; shown++) {
      await deck.press('ArrowRight');
      await expect(deck.currentSlide).toHaveAttribute('data-fragment', String(shown - 1));
      await expect(deck.currentSlide).toHaveAttribute('data-title', title);
    }
    if (index < titles.length - 1) await deck.press('ArrowRight');
  }
});

test('a clicker moves with PageDown and PageUp', async ({ deck }) => {
  await deck.open();
  await deck.press('PageDown');
  await expect(deck.currentSlide).toHaveAttribute('id', slides[1]!.slug);
  for (let step = await deck.fragmentSteps(); step > 0; step--) await deck.press('PageDown');
  await deck.press('PageDown');
  await expect(deck.currentSlide).toHaveAttribute('id', slides[2]!.slug);
  await deck.press('PageUp');
  await expect(deck.currentSlide).toHaveAttribute('id', slides[1]!.slug);
});

test('every slide written with notes carries them, and no other slide has any', { tag: '@any-talk' }, async ({ deck, page }) => {
  await deck.open();
  const notes = await page.locator('.reveal .slides > section').evaluateAll((sections) =>
    sections.map((section) => ({ id: section.id, words: (section.querySelector('aside.notes')?.textContent ?? '').split(/\s+/).filter(Boolean).length })),
  );
  expect(notes.map((slide) => slide.id)).toEqual(slides.map((slide) => slide.slug));
  for (const [index, { id, words }] of notes.entries()) expect.soft(words > 0, `notes of ${id}`).toBe(slides[index]!.hasNotes);
});

test('a deep link by slug opens its slide, and reload keeps it', { tag: '@any-talk' }, async ({ deck, page }) => {
  const [here, next] = [slides[middle]!, slides[middle + 1]!];
  await deck.open(`#/${here.slug}`);
  await expect(deck.currentSlide).toHaveAttribute('data-title', here.title);
  for (let step = await deck.fragmentSteps(); step > 0; step--) await deck.press('ArrowRight');
  await deck.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`#/${next.slug}$`));
  await page.reload();
  await deck.ready();
  await expect(deck.currentSlide).toHaveAttribute('id', next.slug);
});

test('a reload right after two key presses keeps the slide and step they reached', { tag: '@any-talk' }, async ({ deck, page }) => {
  await deck.open(`#/${slides[0]!.slug}`);
  const place = () => deck.currentSlide.evaluate((section) => `${section.id}/${section.getAttribute('data-fragment') ?? ''}`);
  // Two presses in well under a second: reveal.js alone would write the second one's address a second late.
  for (let press = 0; press < 2; press++) {
    const before = await place();
    await deck.press('ArrowRight');
    await expect.poll(place).not.toBe(before);
  }
  const reached = await place();
  await page.reload();
  await deck.ready();
  expect(await place()).toBe(reached);
});

test('the overview opens with O and closes with Escape', async ({ deck, page }) => {
  await deck.open(`#/${slides[2]!.slug}`);
  await deck.press('o');
  await expect(page.locator('.reveal')).toHaveClass(/overview/);
  await deck.press('Escape');
  await expect(page.locator('.reveal')).not.toHaveClass(/overview/);
  await expect(deck.currentSlide).toHaveAttribute('id', slides[2]!.slug);
});

test('the progress bar and slide numbers are shown', { tag: '@any-talk' }, async ({ deck, page }) => {
  await deck.open(`#/${slides[middle]!.slug}`);
  await expect(page.locator('.reveal .progress')).toBeVisible();
  await expect(page.locator('.slide-number')).toHaveText(`${middle + 1} / ${slides.length}`);
});

test('F asks for full screen, as a presenter does before starting', { tag: '@whole-browser' }, async ({ deck, page }) => {
  await deck.open();
  await deck.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.evaluate(() => document.exitFullscreen());
});

test('G jumps by number or slug; a box opened straight after a jump stays open', async ({ deck, page }) => {
  await deck.open();
  const box = page.locator('.jump-to-slide-input');
  await deck.press('g');
  await expect(box).toBeFocused();
  await page.keyboard.type(String(middle + 1));
  await deck.press('Enter');
  await expect(deck.currentSlide).toHaveId(slides[middle]!.slug);
  await expect(box).toHaveCount(0);

  await deck.press('g');
  await expect(box).toBeFocused();
  // Closing after the jump took the focus from the box, and reveal.js closes the box a moment
  // after it loses focus. On a busy machine that moment comes after the new G: replayed here.
  await box.evaluate((input) => input.dispatchEvent(new FocusEvent('blur')));
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  await expect(box, 'the box opened since stays open').toBeFocused();
  await page.keyboard.type(slides.at(-2)!.slug);
  await deck.press('Enter');
  await expect(deck.currentSlide).toHaveId(slides.at(-2)!.slug);

  // Leaving the box (a click on the slide) still closes it.
  await deck.press('g');
  await expect(box).toBeFocused();
  await page.mouse.click(640, 360);
  await expect(box).toHaveCount(0);
  expect(deck.consoleErrors).toEqual([]);
});

test('a link followed just as reveal.js rewrites the address still goes to its slide', async ({ deck, page }) => {
  const [from, to] = [slides[2]!.slug, slides.at(-2)!.slug];
  await deck.open(`#/${from}`);
  // reveal.js writes the current slide into the address on a timer; on a busy page that write
  // can land between a link changing the address and the hashchange event: replayed here.
  await page.evaluate(([link, stale]) => {
    location.hash = `#/${link}`;
    history.replaceState(null, '', `#/${stale}`);
  }, [to, from]);
  await expect(deck.currentSlide).toHaveId(to);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/${to}`);
});
