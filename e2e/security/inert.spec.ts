/**
 * Hostile content the loader accepts stays inert in a real browser, in all three ways the deck
 * runs: the audience build served over HTTP, the speaker's single file from file://, and the
 * dev server. One throwaway copy of the project carries every accepted payload (see
 * e2e/support/hostile-deck.ts: slides, notes, titles, the talk's description, BibTeX fields,
 * the cover); it is built once per mode. Every payload, if it ran, would set a global probe and
 * open a dialog: the test visits every slide, opens the speaker view where there is one, and
 * finds neither. What the loader refuses instead is src/deck/catalogue/hostile-*.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { serveDirectory, type StaticServer } from '../../src/node/static-server.ts';
import { presentThrough, showSlide, slideSlugs } from '../read/walk.ts';
import { addHostileContent, HOSTILE_SLUGS, PROBE } from '../support/hostile-deck.ts';
import { COPY_CONFIG, startProjectCopy, type ProjectCopy } from '../../src/testing/project-copy.ts';
import { SpeakerView } from '../support/speaker-view.ts';

/** Copy, two builds and a dev server on a busy 2-core machine. */
const SETUP_TIMEOUT_MS = 180_000;
const VITE = join(process.cwd(), 'node_modules/vite/bin/vite.js');

let project: ProjectCopy;
let audience: StaticServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(SETUP_TIMEOUT_MS);
  project = await startProjectCopy(addHostileContent);
  build(project.dir, []);
  build(project.dir, ['--mode', 'speaker']);
  audience = await serveDirectory(join(project.dir, 'dist'));
});

test.afterAll(async () => {
  await audience?.close();
  await project?.close();
});

function build(dir: string, args: string[]): void {
  const result = spawnSync(process.execPath, [VITE, 'build', '--config', COPY_CONFIG, ...args], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Every dialog any page of the context opens, dismissed at once so nothing hangs. */
function recordDialogs(context: BrowserContext): string[] {
  const dialogs: string[] = [];
  context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** The probe in a page and every frame inside it. */
async function probes(page: Page): Promise<unknown[]> {
  return Promise.all(page.frames().map((frame) => frame.evaluate((key) => (window as unknown as Record<string, unknown>)[key], PROBE).catch(() => undefined)));
}

/**
 * Markup in the page that could run code, whether or not the policy would stop it: a
 * `<script>` inside the slides, an `on…` attribute or a `javascript:` URL anywhere. The policy
 * is the second line; this shows the first one held.
 */
async function smuggledCode(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) => [
      ...(element.localName === 'script' && element.closest('.slides') ? [`<script> in ${element.closest('section')?.id ?? 'the slides'}`] : []),
      ...[...element.attributes].filter((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value)).map((attribute) => `${element.localName}[${attribute.name}]`),
    ]),
  );
}

/** Walks every slide of the deck at `url`; opens the speaker view on a hostile slide when asked. */
async function walkHostileDeck(page: Page, url: string, speakerView: boolean): Promise<{ dialogs: string[]; probes: unknown[] }> {
  const dialogs = recordDialogs(page.context());
  await page.goto(url);
  await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });

  // The payloads reached the browser, as text and attribute values.
  const slugs = await slideSlugs(page);
  expect(slugs).toEqual(expect.arrayContaining(HOSTILE_SLUGS));
  expect(await page.locator('#hostile-markup abbr').getAttribute('title')).toContain('onerror=');
  await expect(page.locator('#references')).toContainText(`javascript:window.${PROBE}`);
  expect(await page.locator('#references a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).protocol))).not.toContain('javascript:');

  expect(await smuggledCode(page)).toEqual([]);

  const visited = await presentThrough(page, async () => undefined);
  expect(visited).toBe(slugs.length);

  const seen = [...(await probes(page))];
  if (speakerView) {
    await showSlide(page, 'hostile-markup');
    const { page: speaker } = await SpeakerView.openFrom(page);
    await expect(speaker.locator('body')).toContainText('stay in the notes');
    expect(await smuggledCode(speaker)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await showSlide(page, 'references');
    seen.push(...(await probes(speaker)));
    await speaker.close();
  }
  seen.push(...(await probes(page)));
  return { dialogs, probes: seen };
}

test('the audience build, served over HTTP, runs none of it', async ({ page }) => {
  const result = await walkHostileDeck(page, audience.url, false);
  expect(result.dialogs).toEqual([]);
  expect(result.probes.filter((value) => value !== undefined)).toEqual([]);
});

test('the speaker file, opened from file://, runs none of it, speaker view included', async ({ page }) => {
  const file = join(project.dir, 'dist-speaker/index.html');
  // The build hashed one script, its own bundle (the speaker view is part of it).
  const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  expect(policy.split(';').find((directive) => directive.trim().startsWith('script-src'))?.match(/'sha256-/g)).toHaveLength(1);
  const result = await walkHostileDeck(page, pathToFileURL(file).href, true);
  expect(result.dialogs).toEqual([]);
  expect(result.probes.filter((value) => value !== undefined)).toEqual([]);
});

test('the dev server sends its policy and runs none of it, speaker view included', async ({ page }) => {
  const response = await page.request.get(project.url);
  expect(response.headers()['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws:\/\//);
  const result = await walkHostileDeck(page, project.url, true);
  expect(result.dialogs).toEqual([]);
  expect(result.probes.filter((value) => value !== undefined)).toEqual([]);
});
