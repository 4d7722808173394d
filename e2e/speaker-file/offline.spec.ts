/**
 * The speaker's single file presents from file:// with no network and no server: every slide,
 * the notes, the speaker view, within its Content-Security-Policy, and accessible.
 */
import { readFileSync } from 'node:fs';
import { test, expect, buildSpeakerFile, SPEAKER_OUT_DIR } from './single-file.ts';
import { speakerNotes } from '../read/speaker-notes.ts';
import { axeViolations, declaredPolicy, policyViolations, presentThrough, recordPolicyViolations, showSlide, slideSlugs } from '../read/walk.ts';

let fileUrl: string;

test.beforeAll(() => {
  test.setTimeout(120_000);
  fileUrl = buildSpeakerFile();
});

test('the build is one HTML file that holds every speaker note', () => {
  const html = readFileSync(`${SPEAKER_OUT_DIR}/index.html`, 'latin1');
  for (const slide of speakerNotes()) {
    expect.soft(slide.probes.filter((probe) => !html.includes(probe)), `notes of ${slide.slug} missing`).toEqual([]);
  }
  // Nothing beside it to carry along: the page's own markup (scripts and styles aside, whose
  // text is inline) links no script, style, font or picture by file name.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  expect(markup).toContain('<link rel="icon"');
  expect([...markup.matchAll(/\s(?:src|href)="(?!data:)([^"]*)"/g)].map((match) => match[1])).toEqual([]);
});

test('presents every slide from file:// with the network off', async ({ speakerFile, page }) => {
  await speakerFile.open(fileUrl);
  const visited = await presentThrough(page, async () => {
    await expect(speakerFile.currentSlide.getByRole('heading').first()).toBeVisible();
  });
  expect(visited).toBe(14);
  // The pictures and fonts are inside the file.
  await showSlide(page, 'the-book');
  const cover = speakerFile.currentSlide.getByRole('img', { name: /cover of the book/ });
  expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await page.evaluate(() => [...document.fonts].filter((font) => font.status === 'loaded').length)).toBeGreaterThan(0);
});

test('S opens the speaker view with this slide’s notes, and it follows the slides', async ({ speakerFile, page }) => {
  await speakerFile.open(fileUrl, '#/the-puzzle');
  const notes = speakerNotes();
  const noteOf = (slug: string) => notes.find((slide) => slide.slug === slug)!.probes[0]!;
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await popup;
  await expect(speaker.locator('.speaker-controls-notes .value')).toContainText(noteOf('the-puzzle'));
  // The current slide's preview is the file itself, loaded in a frame.
  await expect(speaker.frameLocator('#current-slide iframe').locator('.reveal .slides > section.present')).toHaveAttribute('id', 'the-puzzle');
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(speaker.locator('.speaker-controls-notes .value')).toContainText(noteOf('varieties-of-social-production'));
  await speaker.close();
});

test('the policy allows no inline script and no eval, and blocks nothing while presenting with the speaker view', async ({ speakerFile, page }) => {
  await recordPolicyViolations(page);
  await speakerFile.open(fileUrl);
  const policy = await declaredPolicy(page);
  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  for (const [directive, sources] of policy) {
    for (const source of sources) expect.soft(source, directive).toMatch(/^('self'|'none'|'sha256-[A-Za-z0-9+/=]+'|'unsafe-hashes'|data:)$/);
  }
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await popup;
  await expect(speaker.locator('.speaker-controls-notes .value')).not.toBeEmpty();
  await page.bringToFront();
  await presentThrough(page, async () => {});
  expect(await policyViolations(page)).toEqual([]);
  // A violation in the speaker view's own page shows as a console error there, which the
  // fixture fails the test on; its script ran if its timer shows a time.
  await expect(speaker.locator('.clock-value')).toHaveText(/\d{1,2}:\d{2}/);
  await speaker.close();
});

test('axe-core finds no violations on any slide', async ({ speakerFile, page }) => {
  test.setTimeout(300_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await speakerFile.open(fileUrl);
  for (const slug of await slideSlugs(page)) {
    await showSlide(page, slug);
    while ((await page.locator('.reveal .slides > section.present .fragment:not(.visible)').count()) > 0) await page.keyboard.press('ArrowRight');
    expect.soft(await axeViolations(page), `slide ${slug}`).toEqual([]);
  }
});
