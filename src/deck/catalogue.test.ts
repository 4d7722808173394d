/**
 * The catalogue of bad input: each folder under src/deck/catalogue/ (except base/) breaks the
 * base deck in one way, and its expected.txt holds every problem the loader must report, exactly
 * as the build prints it. A changed message, hint or position fails here.
 * Regenerate after an intended change: `UPDATE_GOLDEN=1 npx vitest run src/deck/catalogue.test.ts`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { WIDGET_SOURCES } from '../widgets/sources.ts';
import { loadDeck } from './load.ts';
import { formatProblem, sortProblems, type Problem } from './problem.ts';
import { EXPECTED_FILE, fixtureDeck, type FixtureDeck } from './testing/fixture-deck.ts';

const CATALOGUE = fileURLToPath(new URL('./catalogue/', import.meta.url));
const BASE = join(CATALOGUE, 'base');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
/** The issue asks for at least this many kinds of bad input. */
const MINIMUM_KINDS = 25;
/**
 * Hostile input (`hostile-*`: XSS filter evasion, mutation XSS, foreign content, script URLs in
 * every spelling, links out of the project): each is refused at its place. docs/security.md
 * says what is refused; e2e/security/ shows that what is accepted stays inert in a browser.
 */
const MINIMUM_HOSTILE = 40;

const kinds = readdirSync(CATALOGUE, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'base')
  .map((entry) => entry.name)
  .sort();

let open: FixtureDeck | undefined;
afterEach(() => open?.dispose());

/**
 * Each kind's deck is loaded once and its problems kept: the hostile-input test below reads the
 * problems the per-kind tests loaded, instead of loading some 50 decks a second time.
 */
const loaded = new Map<string, Problem[]>();
function problemsOf(kind: string): Problem[] {
  if (!loaded.has(kind)) {
    const deck = (open = fixtureDeck(BASE, join(CATALOGUE, kind)));
    loaded.set(kind, sortProblems(loadDeck(deck.root, WIDGET_SOURCES).problems));
    deck.dispose();
    open = undefined;
  }
  return loaded.get(kind)!;
}

describe('the catalogue of bad input', () => {
  it('starts from a base deck that loads without a single problem', () => {
    open = fixtureDeck(BASE);
    const loaded = loadDeck(open.root, WIDGET_SOURCES);
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.deck?.slides.map((slide) => slide.slug)).toEqual(['title', 'the-puzzle', 'varieties']);
  });

  it(`has at least ${MINIMUM_KINDS} kinds`, () => {
    expect(kinds.length).toBeGreaterThanOrEqual(MINIMUM_KINDS);
  });

  it.each(kinds)('%s: reports exactly its expected problems', (kind) => {
    const folder = join(CATALOGUE, kind);
    const problems = problemsOf(kind);
    const actual = `${problems.map(formatProblem).join('\n')}\n`;
    const expectedPath = join(folder, EXPECTED_FILE);
    if (UPDATE) writeFileSync(expectedPath, actual);
    expect(existsSync(expectedPath), `${kind} has no ${EXPECTED_FILE}: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));

    // Bad input is never silent, and every problem says where, what and how to fix it.
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.line, formatProblem(problem)).toBeGreaterThanOrEqual(1);
      expect(problem.column, formatProblem(problem)).toBeGreaterThanOrEqual(1);
      expect(problem.hint?.trim(), formatProblem(problem)).toBeTruthy();
    }
  });

  // After the per-kind tests, whose loads it reads; run alone, it loads the hostile decks itself,
  // some 50 of them, which takes longer than a single test's default 5 s on a busy machine.
  it(`has at least ${MINIMUM_HOSTILE} hostile inputs, each refused with an error`, { timeout: 60_000 }, () => {
    const hostile = kinds.filter((kind) => kind.startsWith('hostile-'));
    expect(hostile.length).toBeGreaterThanOrEqual(MINIMUM_HOSTILE);
    const accepted = hostile.filter((kind) => !problemsOf(kind).some((problem) => problem.severity !== 'warning'));
    expect(accepted, 'hostile input the loader lets through').toEqual([]);
  });
});
