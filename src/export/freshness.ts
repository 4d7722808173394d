/**
 * When the export builds the deck first: when the build is missing, or when any file the
 * build is made from changed after it. Pure: pdf-build.ts gathers the times.
 */

/** A file and when it last changed (ms since the epoch). */
export interface Stamp {
  file: string;
  mtimeMs: number;
}

/**
 * Why `built` (the build's index.html, if any) must be made again, or undefined when it is
 * up to date. `sources` are the files it is made from.
 */
export function staleReason(buildName: string, built: Stamp | undefined, sources: readonly Stamp[]): string | undefined {
  if (!built) return `${buildName} is missing`;
  const newer = sources.filter((source) => source.mtimeMs > built.mtimeMs).sort((a, b) => b.mtimeMs - a.mtimeMs);
  if (newer.length === 0) return undefined;
  const more = newer.length > 1 ? ` and ${newer.length - 1} more` : '';
  return `${newer[0]!.file}${more} changed since ${buildName} was built`;
}

/**
 * Whether a project file is something the deck's build is made from: the slides, their
 * assets, the code and styles under src/ and the build's configuration. Unit tests, the
 * command-line programs (src/cli, src/bench), the article's stylesheet and the README's
 * pictures are not part of it.
 */
export function isDeckSource(file: string): boolean {
  if (/\.test\.ts$/.test(file)) return false;
  if (NOT_THE_DECK.some((folder) => file.startsWith(folder))) return false;
  return DECK_SOURCE_ROOTS.some((root) => file === root || file.startsWith(`${root}/`));
}

// The article's stylesheet is copied by npm run build:article, never bundled into the deck.
const NOT_THE_DECK = ['src/cli/', 'src/bench/', 'assets/readme/', 'src/theme/article.css'];

/** The folders and files the deck is built from, relative to the project root. */
export const DECK_SOURCE_ROOTS = ['slides', 'assets', 'src', 'vite.config.ts', 'package.json', 'package-lock.json'] as const;
