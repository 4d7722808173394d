import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureDeck, type FixtureDeck } from '../deck/testing/fixture-deck.ts';
import { runSlideCommand, SlideExit } from './slide.ts';

const BASE = new URL('../deck/catalogue/base/', import.meta.url).pathname;
let open: FixtureDeck | undefined;
afterEach(() => {
  open?.dispose();
  open = undefined;
});

function run(...argv: string[]) {
  open ??= fixtureDeck(BASE);
  const out: string[] = [];
  const err: string[] = [];
  const code = runSlideCommand(argv, open.root, (line) => out.push(line), (line) => err.push(line));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run slide', () => {
  it('new "Title" --after <slug> writes the file, lists it and says so', () => {
    expect(run('new', 'Open questions', '--after', 'the-puzzle')).toEqual({ code: SlideExit.ok, out: 'slide: wrote slides/open-questions.md and listed it in slides/talk.yaml after the-puzzle', err: '' });
    expect(existsSync(join(open!.root, 'slides/open-questions.md'))).toBe(true);
    expect(readFileSync(join(open!.root, 'slides/talk.yaml'), 'utf8')).toContain('  - the-puzzle.md\n  - open-questions.md\n  - varieties.md');
  });

  it('gives each refusal its exit code and one line starting with "slide:"', () => {
    expect(run('new', 'The puzzle')).toMatchObject({ code: SlideExit.slugTaken, err: 'slide: slides/the-puzzle.md exists already: choose another title, or edit that slide' });
    expect(run('new', 'X', '--after', 'nope')).toMatchObject({ code: SlideExit.unknownAfter });
    expect(run('new').code).toBe(SlideExit.usage);
    expect(run('add', 'X').code).toBe(SlideExit.usage);
    expect(run('new', 'X', '--befor', 'title').code).toBe(SlideExit.usage);
    expect(run('--help')).toMatchObject({ code: SlideExit.ok, out: expect.stringContaining('Usage: npm run slide -- new') });
  });
});
