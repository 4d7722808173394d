/**
 * Live while authoring: saving a slide updates the speaker view's notes and previews in place.
 * The save goes to a throwaway copy of the project (its own dev server), never the real slides/.
 */
import { loadDeck } from '../../src/deck/load.ts';
import { WIDGET_SOURCES } from '../../src/widgets/sources.ts';
import { test, expect } from '../support/copy-fixture.ts';
import { SpeakerView, talkPlan } from '../support/speaker-view.ts';

test.afterEach(({ project }) => project.restore());

const ADDED_NOTE = 'A line added while rehearsing, to check the speaker view follows saves.';
const NOTES_LINE = /^Notes:[ \t]*$/m;
const FIRST_HEADING = /^(##? .+)$/m;

test('saving a slide updates the speaker view’s notes and previews, without a reload', async ({ deck, page, context, project }) => {
  const model = loadDeck(project.dir, WIDGET_SOURCES).deck!;
  // Not the title slide: its heading must say talk.yaml's title, so revising it breaks the deck.
  const index = model.slides.findIndex((slide) => slide.layout !== 'title' && slide.notes && FIRST_HEADING.test(project.read(slide.file)));
  expect(index, 'a slide with notes and a heading').toBeGreaterThan(-1);
  const file = model.slides[index]!.file;
  await deck.open();
  const { slug } = (await talkPlan(page))[index]!;
  await deck.open(`#/${slug}`);
  const speaker = await SpeakerView.openByHand(context, page.url());
  await speaker.showsSlide(slug);
  await speaker.page.evaluate(() => Object.assign(window, { __noReload: true }));

  const original = project.read(file);
  project.write(file, original.replace(NOTES_LINE, `Notes:\n\n${ADDED_NOTE}\n`).replace(FIRST_HEADING, '$1, revised'));
  await expect(speaker.notes).toContainText(ADDED_NOTE);
  await expect(speaker.currentPreview.locator('h1, h2').first()).toContainText(', revised');
  await expect(speaker.currentPreview).toHaveId(slug);
  expect(await speaker.page.evaluate(() => (window as { __noReload?: boolean }).__noReload)).toBe(true);
});
