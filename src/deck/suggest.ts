/** Edit distance, small and plain: keys and values here are a few characters long. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** A shortened or lengthened word (`lang` for `language`) must keep this many letters to count. */
const MINIMUM_PREFIX = 3;

/**
 * The closest known word to a misspelt one, if any is close enough to be a likely typo; else a
 * known word that the misspelt one lengthens or shortens (`language` → `lang`), which edit distance misses.
 */
export function closest(word: string, known: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  return nearest(lower, known) ?? known.find((candidate) => sharesPrefix(lower, candidate.toLowerCase()));
}

function sharesPrefix(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MINIMUM_PREFIX && long.startsWith(short);
}

/** The known word fewest edits away, if it is within about a third of the word's length. */
function nearest(lower: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(lower.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** A hint that names the closest known word, or lists them all. */
export function didYouMean(word: string, known: readonly string[], what: string): string {
  const guess = closest(word, known);
  return guess ? `did you mean "${guess}"?` : `${what}: ${known.join(', ')}`;
}
