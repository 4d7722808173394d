/**
 * A speaker saves a typo minutes before the talk, with the deck open in the dev server. The
 * deck must show what is wrong (Vite's error overlay, naming file and line), keep presenting
 * the last good version, and come back on the same slide once the file is fixed, without a
 * reload. Each test breaks a throwaway copy of the project, never the real slides/.
 */
import type { DeckPage } from '../deck.ts';
import { test, expect } from '../support/copy-fixture.ts';
import { talkSlides } from '../support/talk-model.ts';

test.afterEach(({ project }) => project.restore());

const PUZZLE = 'slides/the-puzzle.md';
const TALK = 'slides/talk.yaml';
const SLIDE_COUNT = talkSlides().length;

/** Leaves a mark on the window that only a page reload would wipe. */
async function markPage(deck: DeckPage): Promise<void> {
  await deck.page.evaluate(() => Object.assign(window, { __noReload: true }));
}

async function expectSamePage(deck: DeckPage): Promise<void> {
  expect(await deck.page.evaluate(() => (window as { __noReload?: boolean }).__noReload), 'the page was reloaded').toBe(true);
}

function overlayMessage(deck: DeckPage) {
  return deck.page.locator('vite-error-overlay .message-body');
}

function slides(deck: DeckPage) {
  return deck.page.locator('.reveal .slides > section');
}

test('breaking the slide on screen shows the overlay and keeps the deck; fixing it returns to that slide', async ({ deck, project }) => {
  await deck.open('#/the-puzzle');
  await markPage(deck);
  const original = project.read(PUZZLE);

  // The closing "---" of the front matter is gone: the classic half-finished edit.
  project.write(PUZZLE, original.replace(/^(---\n[\s\S]*?\n)---\n/, '$1'));
  await expect(overlayMessage(deck)).toContainText(`${PUZZLE}:1:1 the front matter is never closed`);
  await expect(slides(deck)).toHaveCount(SLIDE_COUNT);
  await expect(deck.currentSlide).toHaveId('the-puzzle');
  await expect(deck.currentSlide.getByRole('heading', { level: 2 })).toHaveText('The puzzle');

  // The last good deck still presents behind the overlay.
  await deck.press('ArrowRight');
  await expect(deck.currentSlide).toHaveId(talkSlides()[talkSlides().findIndex((slide) => slide.slug === 'the-puzzle') + 1]!.slug);
  await deck.press('ArrowLeft');
  await expect(deck.currentSlide).toHaveId('the-puzzle');

  project.write(PUZZLE, original.replace('## The puzzle', '## The puzzle, revised'));
  await expect(deck.currentSlide.getByRole('heading', { level: 2 })).toHaveText('The puzzle, revised');
  await expect(deck.page.locator('vite-error-overlay')).toHaveCount(0);
  await expect(deck.currentSlide).toHaveId('the-puzzle');
  await expect(deck.page).toHaveURL(/#\/the-puzzle$/);
  await expect(slides(deck)).toHaveCount(SLIDE_COUNT);
  await expectSamePage(deck);
});

test('breaking another slide while presenting names its file and line; fixing it keeps the speaker where they were', async ({ deck, project }) => {
  const edge = 'slides/information-edge.md';
  await deck.open('#/the-book');
  await markPage(deck);
  const original = project.read(edge);
  const citation = '{Nye 1996@27}';
  const line = original.split('\n').findIndex((text) => text.includes(citation)) + 1;
  expect(line, `${edge} cites ${citation}`).toBeGreaterThan(0);

  project.write(edge, original.replace(citation, '{Nye 1969@27}'));
  await expect(overlayMessage(deck)).toContainText(`${edge}:${line}:`);
  await expect(overlayMessage(deck)).toContainText('Nye 1969');
  await expect(deck.currentSlide).toHaveId('the-book');
  await expect(slides(deck)).toHaveCount(SLIDE_COUNT);

  project.write(edge, original.replace('This is from 1996.', 'This is from 1996, revised.'));
  await expect(deck.page.locator('vite-error-overlay')).toHaveCount(0);
  await expect(deck.page.locator('#information-edge')).toContainText('This is from 1996, revised.');
  await expect(deck.currentSlide).toHaveId('the-book');
  await expect(deck.page).toHaveURL(/#\/the-book$/);
  await expectSamePage(deck);
});

test('deleting the slide on screen keeps the last good deck; restoring the file brings the slide back', async ({ deck, project }) => {
  await deck.open('#/the-puzzle');
  await markPage(deck);
  const original = project.read(PUZZLE);

  project.remove(PUZZLE);
  await expect(overlayMessage(deck)).toContainText(`${PUZZLE} does not exist`);
  await expect(slides(deck)).toHaveCount(SLIDE_COUNT);
  await expect(deck.currentSlide).toHaveId('the-puzzle');

  project.write(PUZZLE, original.replace('## The puzzle', '## The puzzle, restored'));
  await expect(deck.currentSlide.getByRole('heading', { level: 2 })).toHaveText('The puzzle, restored');
  await expect(deck.page.locator('vite-error-overlay')).toHaveCount(0);
  await expect(deck.currentSlide).toHaveId('the-puzzle');
  await expect(slides(deck)).toHaveCount(SLIDE_COUNT);
  await expectSamePage(deck);
});

test('inserting a slide before the one on screen keeps the speaker on their slide', async ({ deck, project }) => {
  await deck.open('#/contact');
  await markPage(deck);

  // Inserting the way a speaker would: write the file, then list it before contact.md.
  project.write('slides/one-more-thing.md', '---\ntitle: One more thing\n---\n\n## One more thing\n\nA late addition.\n');
  project.write(TALK, project.read(TALK).replace('  - contact.md', '  - one-more-thing.md\n  - contact.md'));

  await expect(slides(deck)).toHaveCount(SLIDE_COUNT + 1);
  await expect(deck.page.locator('section#one-more-thing')).toHaveCount(1);
  await expect(deck.page.locator('vite-error-overlay')).toHaveCount(0);
  await expect(deck.currentSlide).toHaveId('contact');
  await expect(deck.page).toHaveURL(/#\/contact$/);
  await expectSamePage(deck);
});
