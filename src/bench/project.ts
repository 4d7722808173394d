/**
 * What every bench command takes from a project: its deck, loaded or refused with the loader's
 * problems, and its audience build, made by Vite's own command line.
 */
import { join } from 'node:path';
import type { Deck } from '../deck/deck.ts';
import { loadDeck } from '../deck/load.ts';
import { formatProblem } from '../deck/problem.ts';
import { WIDGET_SOURCES } from '../widgets/sources.ts';
import { timed } from './stats.ts';

/** Vite's own command-line entry, run with this Node rather than through npx's start-up. */
const VITE_BIN = join('node_modules', 'vite', 'bin', 'vite.js');

/** The deck at `project`; throws with the loader's problems when it does not load. */
export function deckOf(project: string): Deck {
  const loaded = loadDeck(project, WIDGET_SOURCES);
  if (!loaded.deck) throw new Error(`bench: the deck in ${project} does not load:\n${loaded.problems.map(formatProblem).join('\n')}`);
  return loaded.deck;
}

/** Builds the audience deck of `project` into `outDir` in a fresh process; resolves to the milliseconds it took. */
export async function buildDeck(project: string, outDir: string): Promise<number> {
  return (await timed(process.execPath, [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], project)).ms;
}
