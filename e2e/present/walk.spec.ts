/**
 * The presenter's walk through the talk: every slide in order with its title and notes,
 * clicker keys, deep links by slug, reload keeping the place, nothing fetched from elsewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from '../deck.ts';

/** The titles the slide files declare, in file order, plus the generated References slide. */
function expectedTitles(): string[] {
  const files = readdirSync('slides').filter((name) => /^\d{2,}-.*\.md$/.test(name)).sort();
  const titles = files.map((name) => {
    const text = readFileSync(`slides/${name}`, 'utf8');
    const title = /^title:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? '';
    return title.replace(/^"(.*)"$/, '$1');
  });
  return [...titles, 'References'];
}

test('walking the deck with the arrow key shows every slide in order', async ({ deck, page }) => {
  const titles = expectedTitles();
  expect(titles).toHaveLength(14);
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
  await expect(deck.currentSlide).toHaveAttribute('id', 'current-activities');
  await deck.press('PageDown');
  await expect(deck.currentSlide).toHaveAttribute('id', 'the-book');
  await deck.press('PageUp');
  await expect(deck.currentSlide).toHaveAttribute('id', 'current-activities');
});

test('every slide carries speaker notes with words in them', async ({ deck, page }) => {
  await deck.open();
  const notes = await page.locator('.reveal .slides > section').evaluateAll((sections) =>
    sections.map((section) => ({ id: section.id, words: (section.querySelector('aside.notes')?.textContent ?? '').split(/\s+/).filter(Boolean).length })),
  );
  expect(notes).toHaveLength(14);
  for (const { id, words } of notes.slice(0, 13)) expect.soft(words, `notes of ${id}`).toBeGreaterThanOrEqual(60);
  for (const { id, words } of notes.slice(0, 13)) expect.soft(words, `notes of ${id}`).toBeLessThanOrEqual(200);
  expect(notes[13]!.words).toBeGreaterThan(0);
});

test('a deep link by slug opens its slide, and reload keeps it', async ({ deck, page }) => {
  await deck.open('#/the-puzzle');
  await expect(deck.currentSlide).toHaveAttribute('data-title', 'The puzzle');
  await deck.press('ArrowRight');
  await expect(page).toHaveURL(/#\/varieties-of-social-production$/);
  await page.reload();
  await deck.ready();
  await expect(deck.currentSlide).toHaveAttribute('id', 'varieties-of-social-production');
});

test('the overview opens with O and closes with Escape', async ({ deck, page }) => {
  await deck.open('#/the-book');
  await deck.press('o');
  await expect(page.locator('.reveal')).toHaveClass(/overview/);
  await deck.press('Escape');
  await expect(page.locator('.reveal')).not.toHaveClass(/overview/);
  await expect(deck.currentSlide).toHaveAttribute('id', 'the-book');
});

test('the progress bar and slide numbers are shown', async ({ deck, page }) => {
  await deck.open('#/the-puzzle');
  await expect(page.locator('.reveal .progress')).toBeVisible();
  await expect(page.locator('.slide-number')).toHaveText('5 / 14');
});

test('a citation renders readably and the References slide lists the cited work', async ({ deck, page }) => {
  await deck.open('#/information-edge');
  await expect(deck.currentSlide.locator('cite.citation').filter({ visible: true })).toHaveText('(Nye & Owens, 1996, p. 27)');
  await page.goto('./#/references');
  await deck.ready();
  await expect(deck.currentSlide.getByRole('listitem').filter({ hasText: "America’s Information Edge" })).toBeVisible();
});

test('the pictures on the slides load from this host', async ({ deck, page }) => {
  await deck.open('#/the-book');
  const cover = deck.currentSlide.getByRole('img', { name: /cover of the book Secrecy versus Openness/ });
  await expect(cover).toBeVisible();
  expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.goto('./#/the-puzzle');
  const poster = deck.currentSlide.getByRole('img', { name: /cargo ship/ });
  expect(await poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});

test('F asks for full screen, as a presenter does before starting', async ({ deck, page }) => {
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
  await page.keyboard.type('5');
  await deck.press('Enter');
  await expect(deck.currentSlide).toHaveId('the-puzzle');
  await expect(box).toHaveCount(0);

  await deck.press('g');
  await expect(box).toBeFocused();
  // Closing after the jump took the focus from the box, and reveal.js closes the box a moment
  // after it loses focus. On a busy machine that moment comes after the new G: replayed here.
  await box.evaluate((input) => input.dispatchEvent(new FocusEvent('blur')));
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  await expect(box, 'the box opened since stays open').toBeFocused();
  await page.keyboard.type('gated-openness');
  await deck.press('Enter');
  await expect(deck.currentSlide).toHaveId('gated-openness');

  // Leaving the box (a click on the slide) still closes it.
  await deck.press('g');
  await expect(box).toBeFocused();
  await page.mouse.click(640, 360);
  await expect(box).toHaveCount(0);
  expect(deck.consoleErrors).toEqual([]);
});

test('a link followed just as reveal.js rewrites the address still goes to its slide', async ({ deck, page }) => {
  await deck.open('#/the-book');
  // reveal.js writes the current slide into the address on a timer; on a busy page that write
  // can land between a link changing the address and the hashchange event: replayed here.
  await page.evaluate(() => {
    location.hash = '#/gated-openness';
    history.replaceState(null, '', '#/the-book');
  });
  await expect(deck.currentSlide).toHaveId('gated-openness');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/gated-openness');
});
