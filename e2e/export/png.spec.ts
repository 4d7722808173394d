/**
 * `npm run png`, as a speaker making pictures for a blog post: one PNG per slide, named by
 * number and slug, at 1280×720 or 2560×1440, and one per step with --fragments. The count and
 * names come from the deck itself (the loader's model and the built deck), never from here.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDeck } from '../../src/deck/load.ts';
import { WIDGET_SOURCES } from '../../src/widgets/sources.ts';
import { expect, test } from '../deck.ts';
import { outputFolder, PROJECT_ROOT, runCommand } from './pdf-command.ts';

const folder = outputFolder();
const model = loadDeck(PROJECT_ROOT, WIDGET_SOURCES).deck!;
/** The slugs of the slides a reader pages through: the talk's, and References when it cites. */
const slugs = [...model.slides.map((slide) => slide.slug), ...(model.bibliography ? ['references'] : [])];

/** A PNG's width and height, from its header (the IHDR chunk right after the signature). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('--scale 2: one 2560×1440 picture per slide, NN-slug.png, in the talk’s order, replacing an earlier export’s', async () => {
  test.setTimeout(120_000);
  const out = join(folder, 'slides');
  // What an earlier export of a longer talk left, and a file of the user's own.
  mkdirSync(out);
  writeFileSync(join(out, '99-a-slide-since-removed.png'), '');
  writeFileSync(join(out, 'notes.txt'), 'mine');
  const first = await runCommand('png.ts', ['--out', out, '--scale', '2']);
  expect(first.code, first.stderr).toBe(0);
  expect(first.stdout).toMatch(/^png: wrote \d+ pictures, 2560×1440, into /);
  expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  const names = readdirSync(out).filter((name) => name !== 'notes.txt').sort();
  expect(names).toEqual(slugs.map((slug, index) => `${String(index + 1).padStart(2, '0')}-${slug}.png`));
  for (const name of names) expect(pngSize(join(out, name)), name).toEqual({ width: 2560, height: 1440 });
});

test('--fragments: one 1280×720 picture per step of each slide', async ({ deck, page }) => {
  test.setTimeout(120_000);
  await deck.open();
  // Each slide's steps as the built deck has them: one, plus one per distinct fragment index.
  const steps = await page.locator('.reveal .slides > section').evaluateAll((sections) =>
    sections.map((section) => 1 + new Set([...section.querySelectorAll<HTMLElement>('.fragment')].map((fragment) => fragment.dataset.fragmentIndex)).size),
  );
  expect(steps).toHaveLength(slugs.length);
  const out = join(folder, 'steps');
  const result = await runCommand('png.ts', ['--out', out, '--fragments']);
  expect(result.code, result.stderr).toBe(0);
  const expected = slugs.flatMap((slug, index) => {
    const number = String(index + 1).padStart(2, '0');
    return steps[index]! > 1 ? Array.from({ length: steps[index]! }, (_, step) => `${number}-${slug}-${step + 1}.png`) : [`${number}-${slug}.png`];
  });
  expect(steps.some((count) => count > 1), 'the talk has a slide with steps').toBe(true);
  expect(readdirSync(out).sort()).toEqual(expected.sort());
  for (const name of expected) expect(pngSize(join(out, name)), name).toEqual({ width: 1280, height: 720 });
});

test('a bad scale is a usage failure that says what to write', async () => {
  const result = await runCommand('png.ts', ['--scale', '3']);
  expect(result.code).toBe(2);
  expect(result.stderr.trim()).toBe('png: --scale takes 1 (1280×720) or 2 (2560×1440), not "3"');
});
