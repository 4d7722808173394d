/**
 * `npm run test:any-talk`: the property tests on another talk than this one. Copies the
 * project, inserts a slide (with a citation, a picture and speaker notes) the way a speaker
 * would, with `addSlide` (what `npm run slide -- new` runs), moves another slide in talk.yaml's
 * list, then runs every test tagged @any-talk against the copy (DECK_ROOT points the Playwright
 * config's servers and the tests' talk model at it). A test that hard-codes this talk's counts,
 * numbers or titles fails here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativeHref } from '../../src/deck/check.ts';
import { loadDeck, TALK_FILE } from '../../src/deck/load.ts';
import { addSlide } from '../../src/deck/new-slide.ts';
import { formatProblem } from '../../src/deck/problem.ts';
import { WIDGET_SOURCES } from '../../src/widgets/sources.ts';
import { makeProjectCopy } from '../../src/testing/project-copy.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The Playwright projects whose @any-talk tests run on the copy. */
const PROJECTS = ['present', 'read', 'export', 'robust'];
/** The picture the inserted slide shows: a file of the copy, since pictures must be local. */
const PICTURE = 'assets/art/any-talk-picture.svg';
const PICTURE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 160 90"><rect width="160" height="90" fill="#17273d"/><circle cx="80" cy="45" r="30" fill="#e0a526"/></svg>\n';

/** Puts the slide listed as `name` just before the last listed slide: a move is one line. */
export function moveInList(talkText: string, name: string): string {
  const lines = talkText.split('\n');
  const from = lines.findIndex((line) => new RegExp(`^\\s*-\\s*${name.replace('.', '\\.')}\\s*$`).test(line));
  if (from === -1) throw new Error(`any-talk: ${name} is not listed in ${TALK_FILE}`);
  const [moved] = lines.splice(from, 1);
  const listed = lines.map((line, index) => (/^\s*-\s*\S+\.md\s*$/.test(line) ? index : -1)).filter((index) => index >= 0);
  lines.splice(listed.at(-1)!, 0, moved!);
  return lines.join('\n');
}

/** Makes the other talk in `dir`; returns a one-line description of what changed. */
function makeAnotherTalk(dir: string): string {
  makeProjectCopy(dir);
  const before = loadDeck(dir, WIDGET_SOURCES).deck;
  if (!before) throw new Error('any-talk: the talk does not load before it is changed');
  const citation = before.slides.flatMap((slide) => slide.citations)[0];
  const [first, second, third] = before.slides;
  if (!first || !second || !third) throw new Error('any-talk: the talk needs three slides to insert one and move another');

  const file = addSlide(dir, { title: 'A slide the tests inserted', after: first.slug });
  writeFileSync(join(dir, PICTURE), PICTURE_SVG);
  writeFileSync(
    join(dir, file),
    [
      '---',
      'title: A slide the tests inserted',
      '---',
      '',
      '## A slide the tests inserted',
      '',
      `Written the way a speaker adds one${citation ? ` ${citation.raw}` : ''}.`,
      '',
      `![An amber circle on a dark ground](${relativeHref(file, PICTURE)})`,
      '',
      'Notes:',
      'Only the speaker may read this inserted note about quiet harbours and late ferries, never an audience.',
      '',
    ].join('\n'),
  );
  const talkPath = join(dir, TALK_FILE);
  writeFileSync(talkPath, moveInList(readFileSync(talkPath, 'utf8'), third.file.split('/').pop()!));

  const after = loadDeck(dir, WIDGET_SOURCES);
  if (!after.deck) throw new Error(`any-talk: the changed talk does not load:\n${after.problems.map(formatProblem).join('\n')}`);
  return after.deck.slides.map((slide) => slide.slug).join(' ');
}

function main(): number {
  const dir = mkdtempSync(join(tmpdir(), 'deck-any-talk-'));
  try {
    console.log(`any-talk: ${makeAnotherTalk(dir)}`);
    const playwright = join(PROJECT_ROOT, 'node_modules/@playwright/test/cli.js');
    const args = [playwright, 'test', '-c', join(PROJECT_ROOT, 'e2e/playwright.config.ts'), '--grep', '@any-talk', ...PROJECTS.map((name) => `--project=${name}`), ...process.argv.slice(2)];
    const run = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, DECK_ROOT: dir } });
    return run.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
