/**
 * `npm run notes`, as a speaker rehearsing: the file holds every slide's notes, in the talk's
 * order, under the slide's title, with the citations written out and no `{Key}` left.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadDeck } from '../../src/deck/load.ts';
import { WIDGET_SOURCES } from '../../src/widgets/sources.ts';
import { speakerNotes } from '../read/speaker-notes.ts';
import { expect, test } from '../deck.ts';
import { outputFolder, PROJECT_ROOT, runCommand, squeezed } from './pdf-command.ts';

const folder = outputFolder();
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Markdown's emphasis marks are not words: the script keeps them, the rendered notes do not. */
const plain = (text: string) => squeezed(text.replace(/[*_`]/g, ''));

test('every note is in the script, in order, under its slide’s title', async () => {
  const out = join(folder, 'talk-notes.md');
  const result = await runCommand('notes.ts', ['--out', out]);
  expect(result.code, result.stderr).toBe(0);
  const script = readFileSync(out, 'utf8');
  const text = plain(script);
  const model = loadDeck(PROJECT_ROOT, WIDGET_SOURCES).deck!;
  // The References slide's note is the deck's own words, not the speaker's.
  const notes = speakerNotes(PROJECT_ROOT).filter((note) => model.slides.some((slide) => slide.slug === note.slug));
  expect(notes).toHaveLength(model.slides.filter((slide) => slide.notes).length);
  let last = -1;
  for (const note of notes) {
    const slide = model.slides.find((candidate) => candidate.slug === note.slug)!;
    const heading = script.indexOf(`. ${slide.title} · `);
    expect(heading, `${slide.slug}'s heading`).toBeGreaterThan(-1);
    for (const probe of note.probes) expect(text, `${note.slug}: "${probe}"`).toContain(plain(probe));
    const at = text.indexOf(plain(note.probes[0] ?? note.text));
    expect(at, `${note.slug} comes after the slide before it`).toBeGreaterThan(last);
    last = at;
  }
  expect(script).not.toMatch(/\{[A-Z][A-Za-z]*\s*\d{4}/);
});
