/**
 * The live loop while a speaker writes: every save reaches the deck, broken or not, and the
 * deck ends on what was saved last, on the speaker's slide, without a reload. Each test works on
 * a throwaway copy of the project with its own dev server (src/testing/project-copy.ts).
 *
 *   LIVE_SEED=1234 npx playwright test -c e2e/playwright.config.ts --project=robust e2e/robust/live-loop.spec.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeckPage } from '../deck.ts';
import { test, expect } from '../support/copy-fixture.ts';
import { seededRandom, seedFrom } from '../support/prng.ts';
import { startProjectCopy } from '../../src/testing/project-copy.ts';
import { talkSlides } from '../support/talk-model.ts';

const TALK = 'slides/talk.yaml';
/** A slide in the middle of the talk: the one the speaker is on and edits. */
const EDITED = talkSlides()[Math.floor(talkSlides().length / 2)]!;
const EDITED_FILE = EDITED.file!;
/** How many saves the rapid test makes: half break the slide, half fix it. */
const CYCLES = 50;
/** The pause between two saves, as a speaker saving while they type: 50 to 300 ms. */
const SAVE_GAP_MS = { min: 50, max: 300 };
/** The seed of the save rhythm; the failure message names it, LIVE_SEED replays it. */
const SEED = seedFrom(process.env.LIVE_SEED ?? '2026');

test.afterEach(({ project }) => project.restore());

async function markPage(deck: DeckPage): Promise<void> {
  await deck.page.evaluate(() => Object.assign(window, { __noReload: true }));
}

async function expectSamePage(deck: DeckPage): Promise<void> {
  expect(await deck.page.evaluate(() => (window as { __noReload?: boolean }).__noReload), 'the page was reloaded').toBe(true);
}

/** The slide's file with its front matter left unclosed: the build fails at line 1. */
const broken = (text: string) => text.replace(/^(---\n[\s\S]*?\n)---\n/, '$1');
/** The slide's file with a marker line added under its heading, so each save is told apart. */
const marked = (text: string, mark: string) => text.replace(/^(#{1,2} .*)$/m, `$1\n\n${mark}`);

test(`${CYCLES} rapid saves, breaking and fixing the slide on screen, end on the last one saved`, async ({ deck, project }) => {
  test.setTimeout(180_000);
  const random = seededRandom(SEED);
  const original = project.read(EDITED_FILE);
  await deck.open(`#/${EDITED.slug}`);
  await markPage(deck);
  let last = '';
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    last = `Saved at step ${cycle} of seed ${SEED}.`;
    project.write(EDITED_FILE, cycle % 2 === 1 ? broken(marked(original, last)) : marked(original, last));
    // The gap is the speaker's rhythm, the input of this test, not a wait for the page.
    await new Promise((resolve) => setTimeout(resolve, random.int(SAVE_GAP_MS.min, SAVE_GAP_MS.max)));
  }
  const replay = `replay with LIVE_SEED=${SEED}`;
  await expect(deck.currentSlide, replay).toContainText(last);
  await expect(deck.page.locator('vite-error-overlay'), replay).toHaveCount(0);
  await expect(deck.currentSlide, replay).toHaveId(EDITED.slug);
  await expect(deck.page, replay).toHaveURL(new RegExp(`#/${EDITED.slug}$`));
  await expectSamePage(deck);
});

test('a problem saved with no tab open is printed in the terminal, and so is the fix', async ({ project }) => {
  const original = project.read(EDITED_FILE);
  // Only what the server prints from now on: earlier tests on this server printed problems too.
  const since = project.log.join('').length;
  const printed = () => project.log.join('').slice(since);
  project.write(EDITED_FILE, broken(original));
  await expect.poll(printed, { message: 'the server log' }).toContain(`${EDITED_FILE}:1:1 the front matter is never closed`);
  project.write(EDITED_FILE, original);
  await expect.poll(printed, { message: 'the server log' }).toContain('[deck] the deck builds again');
});

test('a slide listed in talk.yaml appears, and unlisted disappears, without a reload', async ({ deck, project }) => {
  await deck.open(`#/${EDITED.slug}`);
  await markPage(deck);
  const slides = deck.page.locator('.reveal .slides > section');
  await expect(slides).toHaveCount(talkSlides().length);
  project.write('slides/late-addition.md', '---\ntitle: A late addition\n---\n\n## A late addition\n\nNotes:\nOne more thing to say.\n');
  const listed = project.read(TALK).replace(/^(\s*- )(\S+\.md)\s*$/m, '$1$2\n$1late-addition.md');
  project.write(TALK, listed);
  await expect(deck.page.locator('section#late-addition')).toHaveCount(1);
  await expect(slides).toHaveCount(talkSlides().length + 1);
  await expect(deck.currentSlide).toHaveId(EDITED.slug);

  project.write(TALK, listed.replace(/^\s*- late-addition\.md\n/m, ''));
  await expect(deck.page.locator('section#late-addition')).toHaveCount(0);
  await expect(slides).toHaveCount(talkSlides().length);
  await expect(deck.currentSlide).toHaveId(EDITED.slug);
  await expect(deck.page.locator('vite-error-overlay')).toHaveCount(0);
  await expectSamePage(deck);
});

test('a deck broken when the server starts comes up by itself once fixed', async ({ page }) => {
  test.setTimeout(120_000);
  let original = '';
  const copy = await startProjectCopy((dir) => {
    original = readFileSync(join(dir, EDITED_FILE), 'utf8');
    writeFileSync(join(dir, EDITED_FILE), broken(original));
  });
  try {
    await page.goto(copy.url);
    await expect(page.locator('vite-error-overlay')).toHaveCount(1);
    await expect(page.locator('html[data-deck-ready="true"]')).toHaveCount(0);
    copy.write(EDITED_FILE, marked(original, 'Fixed while the page was open.'));
    await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
    await expect(page.locator('vite-error-overlay')).toHaveCount(0);
    await page.evaluate((hash) => (location.hash = hash), `#/${EDITED.slug}`);
    await expect(page.locator(`section#${EDITED.slug}`)).toContainText('Fixed while the page was open.');
  } finally {
    await copy.close();
  }
});
