/**
 * `npm run build:article`, as someone who missed the talk reads it: one static page with every
 * slide and every note, no script at all, the matrix as a real table, citations that lead to
 * the references, the deck's own fonts, and nothing axe-core finds, on a laptop and a phone.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serveDirectory, type StaticServer } from '../../src/node/static-server.ts';
import { loadDeck } from '../../src/deck/load.ts';
import { WIDGET_SOURCES } from '../../src/widgets/sources.ts';
import { speakerNotes } from '../read/speaker-notes.ts';
import { axeViolations } from '../support/axe.ts';
import { expect, test } from '../deck.ts';
import { outputFolder, PROJECT_ROOT, runCommand, squeezed } from './pdf-command.ts';

const folder = outputFolder();
const out = join(folder, 'article');
const model = loadDeck(PROJECT_ROOT, WIDGET_SOURCES).deck!;
let server: StaticServer;

test.beforeAll(async () => {
  const result = await runCommand('article.ts', ['--out', out]);
  expect(result.code, result.stderr).toBe(0);
  server = await serveDirectory(out);
});

test.afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

test('the page holds every slide and every note, in order, and no script', async ({ page }) => {
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  expect(html).not.toMatch(/<script\b/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
  await page.goto(server.url);
  const text = squeezed(await page.locator('main').innerText());
  const sections = await page.locator('main > section.part').evaluateAll((parts) => parts.map((part) => part.id));
  expect(sections).toEqual([...model.slides.map((slide) => slide.slug), ...(model.bibliography ? ['references'] : [])]);
  let last = -1;
  for (const note of speakerNotes(PROJECT_ROOT).filter((n) => model.slides.some((slide) => slide.slug === n.slug))) {
    for (const probe of note.probes) expect(text, `${note.slug}: "${probe}"`).toContain(squeezed(probe));
    const at = text.indexOf(squeezed(note.probes[0] ?? ''));
    expect(at).toBeGreaterThan(last);
    last = at;
  }
});

test('its policy allows no script, the matrix is the deck’s table, and every citation leads to its reference', async ({ page }) => {
  await page.goto(server.url);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'none'");
  expect(policy).toContain("default-src 'none'");
  const matrices = model.slides.reduce((count, slide) => count + slide.widgets.filter((block) => block.kind === 'matrix').length, 0);
  await expect(page.locator('table.matrix-table')).toHaveCount(matrices);
  await expect(page.locator('table.matrix-table caption').first()).not.toBeEmpty();
  const links = await page.locator('cite.citation a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  expect(links.length).toBe(model.slides.reduce((count, slide) => count + slide.citations.length, 0));
  for (const href of new Set(links)) await expect(page.locator(`#references ${href}`), href).toHaveCount(1);
});

test('it is set in the deck’s own fonts', async ({ page }) => {
  await page.goto(server.url);
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/"/g, ''));
  });
  expect(loaded).toEqual(expect.arrayContaining(['IBM Plex Sans', 'IBM Plex Serif']));
});

// On a phone, where the layout has most to give (the matrix scrolls in its own region); the
// colours, and so the contrast, are the same at every width.
test('axe-core finds no violations, on a phone, and the page keeps to the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(server.url);
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
