/**
 * `npm run pdf -- --handout`, as an attendee gets it: each slide with the speaker's notes,
 * on A4 or Letter, notes never cut off, light unless asked for dark, one to three slides a
 * sheet. Read back with a real PDF library.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../deck.ts';
import { speakerNotes } from '../read/speaker-notes.ts';
import { copyProject, outputFolder, PROJECT_ROOT, readPdf, runPdf, squeezed, type PdfContents } from './pdf-command.ts';
import { pixelAt } from './page-pixels.ts';
import { talkSlides } from '../support/talk-model.ts';

const folder = outputFolder();
const a4File = join(folder, 'handout-a4.pdf');
const letterFile = join(folder, 'handout-letter.pdf');
const twoFile = join(folder, 'handout-2.pdf');
const threeFile = join(folder, 'handout-3.pdf');
let a4: PdfContents;
let letter: PdfContents;
let two: PdfContents;
let three: PdfContents;

test.beforeAll(async () => {
  // The first run may make the private build with notes; then the prints. Letter is printed
  // dark, so one run covers both the paper and the --theme option.
  test.setTimeout(300_000);
  const runs = [
    [a4File, ['--paper', 'a4']],
    [letterFile, ['--paper', 'letter', '--theme', 'dark']],
    [twoFile, ['--per-page', '2']],
    [threeFile, ['--per-page', '3']],
  ] as const;
  for (const [out, options] of runs) {
    const result = await runPdf(['--handout', ...options, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
  }
  [a4, letter, two, three] = await Promise.all([readPdf(a4File), readPdf(letterFile), readPdf(twoFile), readPdf(threeFile)]);
});

test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * A note as runs of plain words, first to last. Chromium writes a link's text (an address, a
 * URL) apart from the line it stands in, so a reader that follows the file's order finds the
 * runs around it, not the whole paragraph, in one piece.
 */
function wordRuns(text: string): string[] {
  const withoutAddresses = text.replace(/\S*(?:@|:\/\/)\S*/g, '|');
  return withoutAddresses.split(/[^\p{L}\p{N}’' -]+/u).map((run) => run.trim()).filter((run) => run.split(/\s+/).length >= 3);
}

test('every note is in the handout, every word of it, to the last', async ({ deck }) => {
  await deck.open();
  const titles = await deck.titles();
  const notes = speakerNotes(PROJECT_ROOT);
  expect(notes.length).toBeGreaterThan(10);
  for (const [perPage, handout] of [[1, a4], [1, letter], [2, two], [3, three]] as const) {
    // Pages joined: a note that continues on the next sheet is still one run of text.
    const text = squeezed(handout.pages.join(''));
    for (const note of notes) {
      const runs = wordRuns(note.text);
      expect(runs.length, note.slug).toBeGreaterThan(0);
      for (const run of runs) expect(text, `${note.slug}: "${run}"`).toContain(squeezed(run));
    }
    expect(handout.pages.length).toBeGreaterThanOrEqual(Math.ceil(titles.length / perPage));
  }
});

test('each slide starts a sheet, in order, and its bookmark goes there', async ({ deck }) => {
  await deck.open();
  const titles = await deck.titles();
  for (const handout of [a4, letter]) {
    expect(handout.outline.map((entry) => entry.title)).toEqual(titles);
    const pages = handout.outline.map((entry) => entry.page);
    expect(pages[0]).toBe(0);
    // Strictly increasing: one slide per sheet, and a long note only adds sheets after it.
    pages.slice(1).forEach((page, index) => expect(page).toBeGreaterThan(pages[index]!));
  }
});

test('the paper is A4 or Letter, portrait, with white margins', () => {
  // Points: A4 is 210 × 297 mm, Letter 8.5 × 11 in.
  // Chromium rounds the sheet to whole CSS pixels: within a point of the paper is A4.
  for (const size of a4.sizes) {
    expect(Math.abs(size.width - 595.3)).toBeLessThan(1);
    expect(Math.abs(size.height - 841.9)).toBeLessThan(1);
  }
  for (const size of letter.sizes) expect(size).toEqual({ width: 612, height: 792 });
  expect(pixelAt(a4File, 1, 0.02, 0.5)).toEqual([255, 255, 255]);
  // Paper is light: the slide is printed in the light theme, its ground light but not the
  // sheet's white; asked for dark, it keeps the dark ground.
  const light = pixelAt(a4File, 2, 0.5, 0.12);
  expect(light.reduce((sum, channel) => sum + channel, 0)).toBeGreaterThan(650);
  expect(light).not.toEqual([255, 255, 255]);
  const [red, green, blue] = pixelAt(letterFile, 2, 0.5, 0.12);
  expect(red + green + blue).toBeLessThan(150);
});

test("the handout carries the talk's metadata and tags", () => {
  expect(a4.info).toMatchObject({ Author: 'Andreas Schmidt', Language: 'en' });
  expect(String(a4.info.Title)).toMatch(/handout/);
  expect(a4.tagged).toBe(true);
  expect(a4.roles[1]).toEqual(expect.arrayContaining(['H2', 'P']));
});

test('a note longer than a sheet continues on the next one, whole, and the next slide starts a sheet after it', async () => {
  test.setTimeout(300_000);
  const project = copyProject(join(folder, 'long-note'));
  // The second slide of the talk, whichever it is: its notes run long, the third slide follows.
  const slide = join(project, talkSlides()[1]!.file!);
  // About 1,500 words: three sheets of notes under the slide, on any paper.
  const long = Array.from({ length: 60 }, (_, index) => `Paragraph ${index + 1} of the long note says what the speaker says at length, and then a little more.`).join('\n\n');
  writeFileSync(slide, `${readFileSync(slide, 'utf8').trimEnd()}\n\n${long}\n\nThe very last words of the long note.\n`);
  const out = join(folder, 'long.pdf');
  const result = await runPdf(['--handout', '--out', out], { project });
  expect(result.code, result.stderr).toBe(0);
  const handout = await readPdf(out);
  const [, second, third] = handout.outline.map((entry) => entry.page);
  expect(third! - second!, 'sheets for slide 2').toBeGreaterThanOrEqual(2);
  const notesPages = squeezed(handout.pages.slice(second, third).join(''));
  for (let index = 1; index <= 60; index++) expect(notesPages).toContain(squeezed(`Paragraph ${index} of the long note`));
  expect(notesPages).toContain(squeezed('The very last words of the long note.'));
  expect(handout.pages.length).toBe(a4.pages.length + (third! - second! - 1));
});

test('two or three slides share a sheet, each with its notes, and every second or third starts one', async ({ deck }) => {
  await deck.open();
  const titles = await deck.titles();
  for (const [perPage, handout] of [[2, two], [3, three]] as const) {
    expect(handout.outline.map((entry) => entry.title), `${perPage} a sheet`).toEqual(titles);
    const pages = handout.outline.map((entry) => entry.page);
    pages.forEach((page, index) => {
      if (index === 0) return;
      // A group's first slide starts a sheet; the others follow on the sheet (or after a long note).
      if (index % perPage === 0) expect(page, `${titles[index]} starts a sheet`).toBeGreaterThan(pages[index - 1]!);
      else expect(page).toBeGreaterThanOrEqual(pages[index - 1]!);
    });
    // Never more than `perPage` slides on a sheet, so at least this many sheets, and fewer than one a slide.
    for (const page of new Set(pages)) expect(pages.filter((other) => other === page).length).toBeLessThanOrEqual(perPage);
    expect(handout.pages.length).toBeGreaterThanOrEqual(Math.ceil(titles.length / perPage));
    expect(handout.pages.length).toBeLessThan(a4.pages.length);
  }
  expect(three.pages.length).toBeLessThan(two.pages.length);
});
