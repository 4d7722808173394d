/**
 * The speaker view from the single file, opened via file:// with the network off: the deck and
 * its speaker views keep in sync there too (BroadcastChannel and localStorage between file://
 * pages, src/speaker/channel.ts), within the page's Content-Security-Policy, and accessible.
 */
import { test, expect, buildSpeakerFile } from './single-file.ts';
import { policyViolations, recordPolicyViolations } from '../read/walk.ts';
import { clockText, SpeakerView, speakerViewViolations, talkPlan } from '../support/speaker-view.ts';

let fileUrl: string;

test.beforeAll(() => {
  test.setTimeout(120_000);
  fileUrl = buildSpeakerFile();
});

test('S opens the speaker view from file://; keys in either window drive both; blackout; no policy violations', async ({ speakerFile, page, context }) => {
  await recordPolicyViolations(context);
  await speakerFile.open(fileUrl);
  const plan = await talkPlan(page);
  const stepped = plan.findIndex((slide) => slide.steps >= 1);
  const { slug } = plan[stepped]!;
  await speakerFile.open(fileUrl, `#/${slug}`);
  const speaker = await SpeakerView.openFrom(page);
  expect(speaker.page.url()).toMatch(/^file:.*\?speaker/);
  await speaker.showsSlide(slug);
  if (plan[stepped]!.hasNotes) await expect(speaker.notes).toContainText((await speakerFile.currentSlide.locator('aside.notes').textContent())!.trim().slice(0, 40));

  await speaker.page.keyboard.press('ArrowRight');
  await expect(speakerFile.currentSlide).toHaveAttribute('data-fragment', '0');
  await expect(speaker.currentPreview).toHaveAttribute('data-fragment', '0');
  await page.keyboard.press('ArrowLeft');
  await expect(speaker.currentPreview).toHaveAttribute('data-fragment', '-1');

  // A second speaker view, opened by hand in another tab, follows and drives as well.
  const second = await SpeakerView.openByHand(context, page.url());
  await second.showsSlide(slug);
  await second.page.keyboard.press('b');
  await expect(page.locator('.reveal.paused')).toHaveCount(1);
  await expect(speaker.blackout).toBeVisible();
  await speaker.page.keyboard.press('.');
  await expect(page.locator('.reveal.paused')).toHaveCount(0);
  await expect(second.blackout).toBeHidden();

  for (const each of [page, speaker.page, second.page]) expect(await policyViolations(each)).toEqual([]);
});

test('from file://, opened mid-talk the pacing is the plan’s, and the timer survives a reopen; axe finds nothing', async ({ speakerFile, page, context }) => {
  await speakerFile.open(fileUrl);
  const plan = await talkPlan(page);
  const middle = Math.floor(plan.length / 2);
  const { slug, timing } = plan[middle]!;
  await speakerFile.open(fileUrl, `#/${slug}`);
  const speaker = await SpeakerView.openByHand(context, page.url());
  await speaker.showsSlide(slug);
  await expect(speaker.paceTalk).toHaveText('talk: on plan');
  await expect(speaker.paceSlide).toContainText(`left of ${clockText(timing)}`);
  await speaker.page.getByRole('button', { name: 'Pause timer' }).click();
  const paused = await speaker.talkTime.textContent();
  await speaker.page.close();
  const again = await SpeakerView.openByHand(context, page.url());
  await expect(again.talkTime).toHaveText(paused!);
  expect(await speakerViewViolations(again.page)).toEqual([]);
});

test('from file://, without BroadcastChannel the views still keep in sync (localStorage events)', async ({ speakerFile, page, context }) => {
  await context.addInitScript(() => delete (window as { BroadcastChannel?: unknown }).BroadcastChannel);
  await speakerFile.open(fileUrl);
  expect(await page.evaluate(() => typeof BroadcastChannel)).toBe('undefined');
  const speaker = await SpeakerView.openByHand(context, page.url());
  const first = (await speakerFile.currentSlide.getAttribute('id'))!;
  await speaker.showsSlide(first);
  await speaker.page.keyboard.press('End');
  const last = (await talkPlan(page)).at(-1)!.slug;
  await expect(speakerFile.currentSlide).toHaveId(last);
  await speaker.showsSlide(last);
});
