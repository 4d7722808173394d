/**
 * The whole talk is in the page itself: the build writes every slide into index.html, so a
 * reader without JavaScript gets a page of slides, and search engines and archives see every
 * slide. Which slides, and their headings, come from the deck's own loader, so this holds for
 * any talk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDeck } from '../../src/deck/deck.ts';
import { loadDeck } from '../../src/deck/load.ts';
import { WIDGET_SOURCES } from '../../src/widgets/sources.ts';
import { READ_OUT_PATH } from '../playwright.config.ts';
import { DECK_ROOT, talkSlides } from '../support/talk-model.ts';
import { test, expect } from '../deck.ts';
import { speakerNotes } from './speaker-notes.ts';

/** A section of the rendered deck and the first heading in it. */
const SECTION_HEADING = /<section\b[^>]*\bid="([^"]+)"[^>]*>[\s\S]*?<(h[12])>([\s\S]*?)<\/\2>/g;
/** Headings under this many CSS pixels on screen are not read comfortably on any screen. */
const READABLE_HEADING_PX = 16;

/** Each slide's heading as plain text, by slug, as the deck's renderer writes it. */
function slideHeadings(): Map<string, string> {
  const deck = loadDeck(DECK_ROOT, WIDGET_SOURCES).deck!;
  const html = renderDeck(deck, { notes: false, assetUrl: (path) => path });
  return new Map([...html.matchAll(SECTION_HEADING)].map(([, slug, , heading]) => [slug!, plainText(heading!)]));
}

function plainText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return html.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!).replace(/\s+/g, ' ').trim();
}

const slides = talkSlides();
const headings = slideHeadings();

test('the built index.html holds every slide with its heading, and no speaker notes', { tag: '@any-talk' }, () => {
  const page = readFileSync(join(READ_OUT_PATH, 'index.html'), 'utf8');
  const text = plainText(page);
  // Every slide has a heading to look for: otherwise this proves nothing.
  expect([...headings.keys()]).toEqual(slides.map((slide) => slide.slug));
  for (const slide of slides) {
    expect.soft(page, `section of ${slide.slug}`).toContain(`<section id="${slide.slug}"`);
    expect.soft(text, `heading of ${slide.slug}`).toContain(headings.get(slide.slug));
  }
  expect(page).not.toContain('class="notes"');
  for (const notes of speakerNotes(DECK_ROOT)) expect.soft(notes.probes.filter((probe) => page.includes(probe)), `notes of ${notes.slug}`).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
    test(`every slide's heading is on the page and readable at ${viewport.width}×${viewport.height}`, { tag: '@any-talk' }, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('./');
      let bottomOfLast = -Infinity;
      for (const slide of slides) {
        const heading = page.locator(`section#${slide.slug}`).getByRole('heading', { name: headings.get(slide.slug), exact: true });
        // Centred, so the edge of the window never cuts a fraction of a pixel off the heading.
        await heading.evaluate((element) => element.scrollIntoView({ block: 'center' }));
        await expect(heading, slide.slug).toBeVisible();
        await expect(heading, slide.slug).toBeInViewport({ ratio: 1 });
        const placed = await heading.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return {
            top: box.top + window.scrollY,
            bottom: box.bottom + window.scrollY,
            // The size on screen: the computed size times the zoom the page set the slide out at.
            fontPx: parseFloat(getComputedStyle(element).fontSize) * (box.width / (element as HTMLElement).offsetWidth),
          };
        });
        expect(placed.fontPx, `${slide.slug}: heading size on screen`).toBeGreaterThanOrEqual(READABLE_HEADING_PX);
        // One slide after another down the page, never stacked on each other.
        expect(placed.top, `${slide.slug}: below the slide before it`).toBeGreaterThan(bottomOfLast);
        bottomOfLast = placed.bottom;
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    });
  }
});
