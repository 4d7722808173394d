/**
 * Decks made on the fly for the loader's tests: a base deck with one kind of bad input laid over
 * it, written to a temp directory so that `loadDeck` reads real files, as the build does.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A kind's folder may list, one a line, base files it deletes (e.g. `slides/talk.yaml`). */
export const REMOVE_FILE = 'remove.txt';
/**
 * A kind's folder may list symbolic links to make, one `path -> target` a line: git keeps
 * links, but copying a folder resolves them, and a link to nothing could not be copied at all.
 */
export const LINKS_FILE = 'links.txt';
/** The expected problems of a kind, one formatted problem a line. */
export const EXPECTED_FILE = 'expected.txt';
/** Files of a kind's folder that describe the kind rather than belong to the deck. */
const NOT_DECK = new Set([REMOVE_FILE, EXPECTED_FILE, LINKS_FILE]);

/** A deck in a temp directory; `dispose` deletes it. */
export interface FixtureDeck {
  root: string;
  dispose(): void;
}

/** Copies `base`, lays `overlay`'s deck files over it and deletes what `remove.txt` names. */
export function fixtureDeck(base: string, overlay?: string): FixtureDeck {
  const root = mkdtempSync(join(tmpdir(), 'deck-fixture-'));
  cpSync(base, root, { recursive: true });
  if (overlay) {
    for (const entry of readdirSync(overlay)) {
      if (!NOT_DECK.has(entry)) cpSync(join(overlay, entry), join(root, entry), { recursive: true });
    }
    for (const path of listed(overlay, REMOVE_FILE)) rmSync(join(root, path), { force: true, recursive: true });
    for (const line of listed(overlay, LINKS_FILE)) {
      const [path, target] = line.split(/\s*->\s*/) as [string, string];
      mkdirSync(dirname(join(root, path)), { recursive: true });
      symlinkSync(target, join(root, path));
    }
  }
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** The lines of one of a kind's list files, without blanks and `#` comments. */
function listed(overlay: string, name: string): string[] {
  const list = join(overlay, name);
  if (!existsSync(list)) return [];
  return readFileSync(list, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
