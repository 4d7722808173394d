/**
 * The bench's command line: how many runs each kind of figure gets. The defaults are the
 * issue's (≥ 9 page loads after a warm-up); `--quick` trades precision for a short run.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Measured page loads per variant, and saves per hot-update figure. */
  runs: number;
  /** Fresh `vite build` processes per deck. */
  buildRuns: number;
  /** Fresh PDF processes per exporter (ours, the peers, the print floor). */
  exportRuns: number;
  /** Slides in the generated deck for the growth figures. */
  growthSlides: number;
  /** Keep the temporary folder for a look afterwards. */
  keep: boolean;
  help: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = { runs: 9, buildRuns: 5, exportRuns: 3, growthSlides: 300, keep: false, help: false };
const QUICK = { runs: 3, buildRuns: 2, exportRuns: 1 };
const COUNTS = { runs: 'runs', 'build-runs': 'buildRuns', 'export-runs': 'exportRuns', slides: 'growthSlides' } as const;

export const USAGE = `usage: npm run bench -- [--quick] [--runs N] [--build-runs N] [--export-runs N] [--slides N] [--keep]
  --runs N         measured page loads per variant and saves for the hot update (default ${DEFAULT_OPTIONS.runs})
  --build-runs N   fresh vite build processes per deck (default ${DEFAULT_OPTIONS.buildRuns})
  --export-runs N  fresh PDF processes per exporter: ours, marp-cli, DeckTape, Chromium (default ${DEFAULT_OPTIONS.exportRuns})
  --slides N       slides in the generated growth deck (default ${DEFAULT_OPTIONS.growthSlides})
  --quick          ${QUICK.runs} runs, ${QUICK.buildRuns} builds, ${QUICK.exportRuns} export: a rough look, not figures to quote
  --keep           keep the temporary folder (its path is printed)`;

export class UsageError extends Error {
  constructor(message: string) {
    super(`bench: ${message}\n${USAGE}`);
    this.name = 'UsageError';
  }
}

/** Reads the arguments after `npm run bench --`; explicit counts win over `--quick`. */
export function parseOptions(args: readonly string[]): BenchOptions {
  const counts = Object.fromEntries(Object.keys(COUNTS).map((flag) => [flag, { type: 'string' as const }]));
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: [...args], options: { ...counts, quick: { type: 'boolean' }, keep: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const options: BenchOptions = { ...DEFAULT_OPTIONS, ...(values.quick ? QUICK : {}), keep: values.keep === true, help: values.help === true };
  for (const [flag, key] of Object.entries(COUNTS)) {
    const text = values[flag];
    if (text === undefined) continue;
    const count = Number(text);
    if (!Number.isInteger(count) || count < 1) throw new UsageError(`--${flag} needs a whole number of at least 1, not ${JSON.stringify(text)}`);
    options[key] = count;
  }
  return options;
}
