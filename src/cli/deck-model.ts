/**
 * The loader's model of the talk for a command that works from it directly (the notes script,
 * the article) rather than from a build. A deck with problems fails as the build would, with
 * exit code 4 and the first problem at its `file:line:column`.
 */
import type { Deck } from '../deck/deck.ts';
import { loadDeck } from '../deck/load.ts';
import { formatProblem, sortProblems } from '../deck/problem.ts';
import { WIDGET_SOURCES } from '../widgets/sources.ts';
import { ExitCode, ExportError } from '../node/exit-codes.ts';

/** The deck under `root`; throws a build-failed ExportError when it has an error. */
export function deckModel(root: string): Deck {
  const loaded = loadDeck(root, WIDGET_SOURCES);
  const errors = sortProblems(loaded.problems).filter((problem) => problem.severity !== 'warning');
  if (errors.length > 0 || !loaded.deck) {
    const more = errors.length > 1 ? ` and ${errors.length - 1} more problems` : '';
    throw new ExportError(ExitCode.buildFailed, `the deck does not load: ${errors[0] ? formatProblem(errors[0]) : 'unknown problem'}${more} (npm run build shows every problem)`);
  }
  return loaded.deck;
}
