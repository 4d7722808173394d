/**
 * The speaker's single file presents from file:// with no network and no server: every slide,
 * the notes, within its Content-Security-Policy, and accessible. Its speaker view: speaker-view.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { test, expect, buildSpeakerFile, SPEAKER_OUT_DIR } from './single-file.ts';
import { speakerNotes } from '../read/speaker-notes.ts';
import { axeViolations } from '../support/axe.ts';
import { declaredPolicy, policyViolations, presentThrough, recordPolicyViolations, showSlide, slideSlugs } from '../read/walk.ts';
import { expectPictureLoaded } from '../support/pictures.ts';

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
  // text is inline) links no script, style, font or picture by file name. The slides' own
  // hyperlinks (`<a href>`, in the page since it holds the slides) lead away; nothing loads them.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<a\b[^>]*>/g, '<a>');
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
  await expectPictureLoaded(cover);
  expect(await page.evaluate(() => [...document.fonts].filter((font) => font.status === 'loaded').length)).toBeGreaterThan(0);
});

test('the policy allows no inline script and no eval, and blocks nothing while presenting', async ({ speakerFile, page }) => {
  await recordPolicyViolations(page);
  await speakerFile.open(fileUrl);
  const policy = await declaredPolicy(page);
  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  for (const [directive, sources] of policy) {
    for (const source of sources) expect.soft(source, directive).toMatch(/^('self'|'none'|'sha256-[A-Za-z0-9+/=]+'|'unsafe-hashes'|data:)$/);
  }
  await presentThrough(page, async () => {});
  expect(await policyViolations(page)).toEqual([]);
});

// The slides are the audience build's, with the notes hidden: e2e/read/accessibility.spec.ts
// walks every one of them. What the speaker file adds is the page around them (the speaker's
// controls), checked here on its first and its last slide.
test('axe-core finds no violations in the speaker file, on its first and last slide', async ({ speakerFile, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await speakerFile.open(fileUrl);
  const slugs = await slideSlugs(page);
  for (const slug of [slugs[0]!, slugs.at(-1)!]) {
    await showSlide(page, slug);
    expect.soft(await axeViolations(page), `slide ${slug}`).toEqual([]);
  }
});
