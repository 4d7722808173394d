/**
 * The audience build keeps nothing of the speaker's: no word of any note and no speaker view,
 * in no file of the build, text or binary. Reads the very build the reader tests serve.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect } from '@playwright/test';
import { READ_OUT_PATH } from '../playwright.config.ts';
import { DECK_ROOT, talkSlides } from '../support/talk-model.ts';
import { filesUnder, speakerNotes } from './speaker-notes.ts';

const require = createRequire(import.meta.url);
/** Text only the speaker view (src/speaker/) carries: its layout's class and its storage keys. */
const SPEAKER_VIEW_MARKERS = ['speaker-preview-frame', 'deck-speaker:'];
const SPEAKER_VIEW_SOURCES = ['src/speaker/layout.ts', 'src/speaker/store.ts'];
/** Text only the Markdown parser carries (its own error message points at its repository). */
const MARKDOWN_PARSER_MARKERS = ['markedjs/marked'];
/** PNG chunks that hold text; the social card must be pixels only. */
const PNG_TEXT_CHUNKS = ['tEXt', 'zTXt', 'iTXt'];

const files = filesUnder(READ_OUT_PATH);

test('the build has the files a reader needs', () => {
  const paths = files.map((file) => file.path);
  expect(paths).toContain('index.html');
  expect(paths.some((path) => path.endsWith('.js'))).toBe(true);
  expect(paths.some((path) => path.endsWith('.woff2'))).toBe(true);
});

test('no file of the audience build holds any words of the speaker notes', { tag: '@any-talk' }, () => {
  const notes = speakerNotes(DECK_ROOT);
  // Every slide written with notes is searched for, and every note yields words to look for: otherwise this proves nothing.
  expect(notes.map((slide) => slide.slug)).toEqual(talkSlides().filter((slide) => slide.hasNotes).map((slide) => slide.slug));
  for (const slide of notes) expect(slide.probes.length, `probes for ${slide.slug}`).toBeGreaterThan(0);
  for (const file of files) {
    // Latin-1 keeps every byte, and the probes are plain ASCII: this reads text and binary alike.
    const content = file.bytes.toString('latin1');
    for (const slide of notes) {
      const leaked = slide.probes.filter((probe) => content.includes(probe));
      expect.soft(leaked, `notes of ${slide.slug} in ${file.path}`).toEqual([]);
    }
  }
});

test('no file carries the speaker view or a Markdown parser', { tag: '@any-talk' }, () => {
  const speakerView = SPEAKER_VIEW_SOURCES.map((file) => readFileSync(file, 'utf8')).join('\n');
  for (const marker of SPEAKER_VIEW_MARKERS) expect(speakerView, 'the marker is still in the speaker view’s source').toContain(marker);
  const marked = readFileSync(require.resolve('marked'), 'utf8');
  for (const marker of MARKDOWN_PARSER_MARKERS) expect(marked, 'the marker is still in marked').toContain(marker);
  for (const file of files) {
    const content = file.bytes.toString('latin1');
    for (const marker of [...SPEAKER_VIEW_MARKERS, ...MARKDOWN_PARSER_MARKERS]) expect.soft(content, file.path).not.toContain(marker);
    expect.soft(content, file.path).not.toContain('class="notes"');
  }
});

test('the social preview image carries no text chunks, only pixels', () => {
  const pngs = files.filter((file) => file.path.endsWith('.png'));
  expect(pngs.length).toBeGreaterThan(0);
  for (const png of pngs) {
    for (const chunk of chunkTypes(png.bytes)) expect.soft(PNG_TEXT_CHUNKS, png.path).not.toContain(chunk);
  }
});

/** The chunk types of a PNG, in order (8-byte signature, then length, type, data, CRC). */
function chunkTypes(png: Buffer): string[] {
  const types: string[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    types.push(png.toString('latin1', at + 4, at + 8));
    at += 12 + length;
  }
  return types;
}
