/**
 * THIS talk's own content, pinned: Andreas Schmidt's slides as written, found by slug. Every
 * other spec checks properties that hold for any talk (their expectations come from the
 * loader's model, e2e/support/talk-model.ts); this is the one file to change when the talk's
 * words, pictures, citations or matrix rows change. (The matrix widget's behaviour on this
 * talk's data is driven in e2e/matrix/.)
 */
import { test, expect } from '../deck.ts';
import { expectPictureLoaded } from '../support/pictures.ts';
import { SpeakerView, talkPlan } from '../support/speaker-view.ts';

/** What the speaker plans to say per slide, in words: enough to speak to, short enough to pace. */
const NOTE_WORDS = { min: 60, max: 200 };

test('every slide of this talk has between 60 and 200 words of notes', async ({ deck, page }) => {
  await deck.open();
  const notes = await page.locator('.reveal .slides > section').evaluateAll((sections) =>
    sections.map((section) => ({ id: section.id, words: (section.querySelector('aside.notes')?.textContent ?? '').split(/\s+/).filter(Boolean).length })),
  );
  for (const { id, words } of notes.filter((slide) => slide.id !== 'references')) {
    expect.soft(words, `notes of ${id}`).toBeGreaterThanOrEqual(NOTE_WORDS.min);
    expect.soft(words, `notes of ${id}`).toBeLessThanOrEqual(NOTE_WORDS.max);
  }
  expect(notes.find((slide) => slide.id === 'references')?.words).toBeGreaterThan(0);
});

test('on a 1280×800 laptop the speaker view shows the notes of every slide of this talk whole, none to scroll', async ({ deck, page, context }) => {
  await deck.open();
  const speaker = await SpeakerView.openByHand(context, page.url());
  await speaker.page.setViewportSize({ width: 1280, height: 800 });
  for (const { slug } of await talkPlan(page)) {
    await page.evaluate((id) => (location.hash = `#/${id}`), slug);
    await speaker.showsSlide(slug);
    await expect.poll(async () => (await speaker.notesFit()).runsOn, { message: `the notes of ${slug} run on` }).toBe(false);
  }
});

test('the title slide names the talk and its speaker', async ({ deck }) => {
  await deck.open('#/title');
  await expect(deck.currentSlide.getByRole('heading', { level: 1 })).toHaveText('Internet Security Communities and the Open Source Production Model');
  await expect(deck.currentSlide).toContainText('Andreas Schmidt');
});

test('a citation renders readably and the References slide lists the cited work', async ({ deck, page }) => {
  await deck.open('#/information-edge');
  await expect(deck.currentSlide.locator('cite.citation').filter({ visible: true })).toHaveText('(Nye & Owens, 1996, p. 27)');
  await page.goto('./#/references');
  await deck.ready();
  await expect(deck.currentSlide.getByRole('listitem').filter({ hasText: 'America’s Information Edge' })).toBeVisible();
});

test('the pictures on the slides load from this host', async ({ deck, page }) => {
  await deck.open('#/the-book');
  const cover = deck.currentSlide.getByRole('img', { name: /cover of the book Secrecy versus Openness/ });
  await expect(cover).toBeVisible();
  await expectPictureLoaded(cover);
  await page.goto('./#/the-puzzle');
  const poster = deck.currentSlide.getByRole('img', { name: /cargo ship/ });
  await expectPictureLoaded(poster);
});

test('on a phone the matrix shows every row at once, as the reader scrolls to it', async ({ deck, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await deck.open();
  await expect(page.locator('.reveal-scroll')).toBeAttached();
  const rows = { 'varieties-of-social-production': 4, 'characteristics-of-social-production': 3, 'gated-openness': 5 };
  for (const [slug, count] of Object.entries(rows)) {
    const slide = page.locator(`.reveal .slides section#${slug}`);
    await slide.scrollIntoViewIfNeeded();
    const visibleRows = slide.locator('.matrix tr[data-row]');
    await expect(visibleRows).toHaveCount(count);
    for (const row of await visibleRows.all()) {
      await expect(row).toBeVisible();
      await expect(row).toHaveCSS('opacity', '1');
    }
  }
  // The comparison under the observations' table too.
  await expect(page.locator('section#gated-openness .matrix-comparison')).toHaveCSS('opacity', '1');
});
