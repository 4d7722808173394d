/**
 * The statistics every figure is reported with: median, minimum and maximum of the measured
 * runs, never a single run, because one page load on a busy machine says little.
 */

/** A measured figure: its runs summarised, and the runs themselves for the JSON. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
  samples: number[];
}

/** Summarises samples; an even count takes the mean of the two middle values. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('bench: no samples to summarise');
  if (samples.some((value) => !Number.isFinite(value))) throw new Error(`bench: a sample is not a number (${samples.join(', ')})`);
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length, samples: [...samples] };
}

/** `a / b` of the medians; undefined when either is missing or b is zero. */
export function ratio(a: Summary | undefined, b: Summary | undefined): number | undefined {
  if (!a || !b || b.median === 0) return undefined;
  return a.median / b.median;
}

/**
 * Runs `measure` `warmup` times without keeping the result (caches, JIT, the dev server's
 * first transform), then `runs` times, one after another so runs never compete for the CPU.
 */
export async function sample(runs: number, warmup: number, measure: (run: number) => Promise<number>): Promise<number[]> {
  for (let run = 0; run < warmup; run++) await measure(-1 - run);
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) samples.push(await measure(run));
  return samples;
}

/** Milliseconds a piece of work takes, by the monotonic clock. */
export async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}
