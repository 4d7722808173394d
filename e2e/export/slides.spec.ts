/**
 * `npm run pdf` as an organiser gets it: deck.pdf, one page per slide, read back with a real
 * PDF library and compared with the deck a reader sees (the audience build).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { parse } from 'yaml';
import { parseTalk } from '../../src/deck/talk.ts';
import { expect, test } from '../deck.ts';
import { speakerNotes } from '../read/speaker-notes.ts';
import { DECK_ROOT, talkSlides } from '../support/talk-model.ts';
import { outputFolder, PROJECT_ROOT, readPdf, runPdf, squeezed, type PdfContents } from './pdf-command.ts';
import { pixelAt } from './page-pixels.ts';

const folder = outputFolder();
const slidesOfTalk = talkSlides();
/** The page a slide is printed on, found by its slug. */
const pageOf = (slug: string) => slidesOfTalk.findIndex((slide) => slide.slug === slug);
const deckPdf = join(folder, 'deck.pdf');
const stepsPdf = join(folder, 'steps.pdf');
let pdf: PdfContents;
let steps: PdfContents;

test.beforeAll(async () => {
  // A first run may build the deck (several seconds on a busy machine), then print twice.
  test.setTimeout(300_000);
  for (const [out, extra] of [[deckPdf, []], [stepsPdf, ['--fragments']]] as const) {
    const result = await runPdf(['--out', out, ...extra], { project: DECK_ROOT });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^pdf: wrote .*\.pdf \(\d+ pages/);
  }
  [pdf, steps] = await Promise.all([readPdf(deckPdf), readPdf(stepsPdf)]);
});

test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Each slide's visible title (its first heading) and its data-title, from the reader's deck. */
async function slideHeadings(page: import('@playwright/test').Page) {
  return page.locator('.reveal .slides > section').evaluateAll((sections) =>
    sections.map((section) => ({ title: (section as HTMLElement).dataset.title ?? '', heading: section.querySelector('h1, h2')?.textContent ?? '' })),
  );
}

test('one page per slide, each with its title, none blank and none extra', { tag: '@any-talk' }, async ({ deck, page }) => {
  await deck.open();
  const slides = await slideHeadings(page);
  expect(slides.map((slide) => slide.title)).toEqual(slidesOfTalk.map((slide) => slide.title));
  expect(pdf.pages).toHaveLength(slides.length);
  slides.forEach((slide, index) => expect(squeezed(pdf.pages[index]!), `page ${index + 1}`).toContain(squeezed(slide.heading)));
  // 1280×720 CSS pixels, at 72 points to 96 pixels: a 16:9 page.
  for (const size of pdf.sizes) expect(size).toEqual({ width: 960, height: 540 });
});

test('the outline has one bookmark per slide, in order, each at its page', { tag: '@any-talk' }, async ({ deck }) => {
  await deck.open();
  const titles = await deck.titles();
  expect(pdf.outline.map((entry) => entry.title)).toEqual(titles);
  expect(pdf.outline.map((entry) => entry.page)).toEqual(titles.map((_, index) => index));
  expect(pdf.outline.every((entry) => entry.children === 0)).toBe(true);
});

test("the metadata is the talk's, from slides/talk.yaml", { tag: '@any-talk' }, () => {
  const talk = parseTalk('slides/talk.yaml', readFileSync(join(DECK_ROOT, 'slides/talk.yaml'), 'utf8')).value!;
  expect(pdf.info).toMatchObject({ Title: talk.title, Author: talk.author, Subject: talk.description, Language: talk.lang });
});

test('the PDF is tagged: headings, lists and tables are marked as such on their pages', () => {
  expect(pdf.tagged).toBe(true);
  expect(pdf.roles[0]).toContain('H1');
  pdf.roles.slice(1).forEach((roles, index) => expect(roles, `page ${index + 2}`).toContain('H2'));
  expect(pdf.roles[slidesOfTalk.findIndex((slide) => slide.layout === 'matrix')]).toContain('Table');
});

test('the text is text: fonts are embedded and every word can be found', async () => {
  const file = await PDFDocument.load(readFileSync(deckPdf));
  const fonts = file.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font'));
  const names: string[] = [];
  for (const font of fonts) {
    const subtype = String(font.get(PDFName.of('Subtype')));
    // Type 0 fonts are wrappers (their descendant is checked), Type 3 glyphs are drawings in the file.
    if (subtype === '/Type0' || subtype === '/Type3') continue;
    const descriptor = font.lookup(PDFName.of('FontDescriptor'), PDFDict);
    const name = String(font.get(PDFName.of('BaseFont')));
    names.push(name);
    // Without a font file the reader substitutes a font of its own.
    expect(['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key))), name).toBe(true);
  }
  expect(names.some((name) => name.includes('IBMPlexSans'))).toBe(true);
  expect(pdf.pages.join(' ')).toContain('Commons-based peer production');
});

test('links stay clickable and none points at the export’s own server', () => {
  expect(pdf.links.map((link) => link.url)).toEqual(expect.arrayContaining([expect.stringMatching(/^mailto:/), expect.stringMatching(/^https:\/\/doi\.org\//)]));
  for (const link of pdf.links) expect(link.url).not.toMatch(/127\.0\.0\.1|localhost/);
});

test('backgrounds are printed: the dark ground, not white paper', () => {
  const [red, green, blue] = pixelAt(deckPdf, 2, 0.5, 0.9);
  // The theme's ink, #0f1b2d.
  expect(red + green + blue).toBeLessThan(150);
});

test('the matrix slides are complete and static: every row, no buttons', () => {
  const matrix = parse(readFileSync(join(PROJECT_ROOT, 'slides/production-matrix.yaml'), 'utf8')) as { columns: { name: string }[]; varieties: { name: string }[] };
  for (const index of [pageOf('varieties-of-social-production'), pageOf('gated-openness')]) {
    for (const variety of matrix.varieties) expect(squeezed(pdf.pages[index]!), `page ${index + 1}`).toContain(squeezed(variety.name));
  }
  const characteristics = pageOf('characteristics-of-social-production');
  for (const column of matrix.columns) expect(squeezed(pdf.pages[characteristics]!)).toContain(squeezed(column.name));
  // The live widget adds "Show all"/reset buttons; the static table has none.
  const matrixPages = slidesOfTalk.flatMap((slide, index) => (slide.layout === 'matrix' ? [pdf.pages[index]!] : []));
  expect(matrixPages.join(' ')).not.toMatch(/Show all|Reset/i);
});

test('no speaker note is anywhere in deck.pdf', { tag: '@any-talk' }, () => {
  const text = pdf.pages.join('\n') + steps.pages.join('\n');
  const notes = speakerNotes(DECK_ROOT);
  expect(notes.map((note) => note.slug)).toEqual(slidesOfTalk.filter((slide) => slide.hasNotes).map((slide) => slide.slug));
  for (const note of notes) for (const probe of note.probes) expect(text, `${note.slug}: "${probe}"`).not.toContain(probe);
});

test('each slide is laid out as on screen: titles stand where the padding puts them', async ({ deck, page }) => {
  await deck.open();
  const count = await deck.slideCount();
  for (let index = 0; index < count; index++) {
    await deck.open(`#/${index}`);
    const onScreen = await deck.currentSlide.evaluate((section) => {
      const box = section.getBoundingClientRect();
      const title = section.querySelector('h1, h2')!.getBoundingClientRect();
      return (title.left - box.left) / (box.width / 1280);
    });
    const onPaper = await titleLeft(deckPdf, index);
    expect(Math.abs(onPaper - onScreen), `slide ${index + 1}: title at ${onPaper}px on paper, ${onScreen}px on screen`).toBeLessThan(3);
  }
  void page;
});

test('--fragments prints a page per step: each slide, then one page per fragment group', { tag: '@any-talk' }, async ({ deck, page }) => {
  await deck.open();
  const groups = await page.locator('.reveal .slides > section').evaluateAll((sections) =>
    sections.map((section) => new Set([...section.querySelectorAll('.fragment')].map((fragment) => fragment.getAttribute('data-fragment-index'))).size),
  );
  expect(groups.some((count) => count > 0)).toBe(true);
  expect(steps.pages).toHaveLength(groups.reduce((sum, count) => sum + 1 + count, 0));
  // Bookmarks go to each slide's first page.
  let first = 0;
  const firsts = groups.map((count) => ((first += 1 + count), first - 1 - count));
  expect(steps.outline.map((entry) => entry.page)).toEqual(firsts);
});

/** Where the first heading of slide `index` starts on its page, in CSS pixels from the left. */
async function titleLeft(file: string, index: number): Promise<number> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false }).promise;
  const page = await document.getPage(index + 1);
  const items = (await page.getTextContent()).items.filter((item) => 'str' in item && item.str.trim() !== '') as { str: string; transform: number[] }[];
  // The title is the topmost text; pdf y grows upwards.
  const top = items.reduce((best, item) => (item.transform[5]! > best.transform[5]! ? item : best));
  await document.destroy();
  return (top.transform[4]! * 96) / 72;
}
