/**
 * A small seeded random number generator, so a long random run can be replayed exactly from the
 * seed it printed.
 */

/** A source of random choices that replays from its seed. */
export interface Random {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One of the items, each as likely as the others. */
  pick<T>(items: readonly T[]): T;
  /** One of the items, each as likely as its weight says. */
  weighted<T>(items: readonly { weight: number; value: T }[]): T;
}

/**
 * mulberry32: 32 bits of state, good enough spread for choosing test steps, and tiny enough to
 * read at a glance (no dependency for it).
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    seed,
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    weighted: (items) => {
      const total = items.reduce((sum, item) => sum + item.weight, 0);
      let roll = next() * total;
      for (const item of items) {
        roll -= item.weight;
        if (roll < 0) return item.value;
      }
      return items[items.length - 1]!.value;
    },
  };
}

/** The seed from an environment variable, or a fresh one to print and replay with. */
export function seedFrom(value: string | undefined): number {
  if (value === undefined || value === '') return Math.floor(Math.random() * 2 ** 32);
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) throw new Error(`the seed must be an integer from 0 to 2^32-1, not "${value}"`);
  return seed;
}
