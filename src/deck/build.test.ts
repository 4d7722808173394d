/**
 * The build, end to end: `vite build` on a throwaway copy of the project with several broken
 * slides must list every problem, in every file, and exit non-zero without writing a deck.
 * (The copy is src/testing/project-copy.ts's, the one the dev-server tests and the bench use.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProjectCopy, PROJECT_ROOT } from '../testing/project-copy.ts';

/** A cold Vite on a busy 2-core machine; the build stops at the deck long before bundling. */
const BUILD_TIMEOUT_MS = 120_000;

/** Three broken slides, each with problems of its own. */
const BROKEN: Record<string, string> = {
  'slides/the-puzzle.md': ['---', 'title: The puzzle', 'layout: quote', '---', '', '## The puzzle', '', 'Openness {Nye 1969@27}.', '', 'Note:', 'Say it.', ''].join('\n'),
  'slides/limits-of-openness.md': ['---', 'title: Limits', '--', '', '## Limits', ''].join('\n'),
  'slides/contact.md': ['---', 'title: Contact', '---', '', '## Contact', '', '![Map](../assets/art/mapp.svg)', '', '<div class="card">', '', 'Notes:', 'Bye.', ''].join('\n'),
};
const EXPECTED = [
  'slides/contact.md:7:1 asset "../assets/art/mapp.svg" does not exist (looked for assets/art/mapp.svg) (put the file in assets/ and link it relative to the slide file, e.g. ../assets/art/x.svg)',
  'slides/contact.md:9:1 <div> is never closed (add </div> where the element should end)',
  'slides/limits-of-openness.md:1:1 the front matter is never closed (line 3 reads "--": write exactly "---" there)',
  'slides/the-puzzle.md:3:9 unknown layout "quote" (did you mean "quotes"?)',
  'slides/the-puzzle.md:8:10 unknown citation key "Nye1969" in {Nye 1969@27} (did you mean {Nye1996}? Keys come from slides/references.bib)',
  'slides/the-puzzle.md:10:1 "Note:" is not the notes separator, so the notes after it would show on the slide (write "Notes:" alone on its own line, then the notes below it)',
];

let dir: string;
let build: { status: number | null; output: string };

beforeAll(() => {
  dir = makeProjectCopy(mkdtempSync(join(tmpdir(), 'deck-build-')), { from: PROJECT_ROOT });
  for (const [file, text] of Object.entries(BROKEN)) writeFileSync(join(dir, file), text);
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: dir, encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
  build = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}, BUILD_TIMEOUT_MS + 10_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('vite build with broken slides', () => {
  it('exits non-zero and writes no deck', () => {
    expect(build.status, build.output).not.toBe(0);
    expect(build.status, build.output).not.toBeNull();
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
  });

  it('lists every problem of every broken file, sorted by file', () => {
    expect(build.output).toContain(`the deck has ${EXPECTED.length} problems:\n${EXPECTED.join('\n')}\n`);
  });
});
