/**
 * The audience build works from any folder of any static host: here a plain file server with
 * the build two folders down, where a root-relative URL (/assets/…) would miss.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../deck.ts';
import { serveDirectory, type StaticServer } from '../../src/node/static-server.ts';
import { READ_OUT_PATH } from '../playwright.config.ts';
import { expectPictureLoaded } from '../support/pictures.ts';

const SUBPATH = 'talks/secrecy-versus-openness/';
let site: string;
let server: StaticServer;

test.beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'deck-relocated-'));
  cpSync(READ_OUT_PATH, join(site, SUBPATH), { recursive: true });
  server = await serveDirectory(site);
});

test.afterAll(async () => {
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

test('a deep link by slug opens its slide under a subpath, with every file found', async ({ deck, page }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  // A request cut short by the reload below (net::ERR_ABORTED) is not a missing file.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') missing.push(`failed ${request.url()}: ${request.failure()?.errorText}`);
  });
  await page.goto(`${server.url}${SUBPATH}#/the-book`);
  await deck.ready();
  await expect(deck.currentSlide).toHaveAttribute('id', 'the-book');
  // The slide's picture, the styles and the fonts all came from beside the page.
  const cover = deck.currentSlide.getByRole('img', { name: /cover of the book/ });
  await expect(cover).toBeVisible();
  await expectPictureLoaded(cover);
  expect(await page.evaluate(() => [...document.fonts].filter((font) => font.status === 'loaded').length)).toBeGreaterThan(0);
  expect(await page.locator('.reveal').evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/IBM Plex/);

  // Moving on keeps the slug in the URL, under the same folder.
  await deck.press('ArrowRight');
  await expect(page).toHaveURL(`${server.url}${SUBPATH}#/security-communities`);
  await page.reload();
  await deck.ready();
  await expect(deck.currentSlide).toHaveAttribute('id', 'security-communities');
  expect(missing).toEqual([]);
});

test('the page opens by its file name too, at a deep link', async ({ deck, page }) => {
  await page.goto(`${server.url}${SUBPATH}index.html#/the-puzzle`);
  await deck.ready();
  await expect(deck.currentSlide).toHaveAttribute('id', 'the-puzzle');
});
