/**
 * The bench's command line: how many runs each kind of figure gets. The defaults are the
 * issue's (≥ 9 page loads after a warm-up); `--quick` trades precision for a short run.
 */
import { parseArgs } from 'node:util';

/** Measured page loads and hot-update saves, fresh `vite build`s per deck, fresh PDF processes per maker, slides in the growth deck. */
export const DEFAULT_OPTIONS = { runs: 9, buildRuns: 5, exportRuns: 3, slides: 300, keep: false };
export type BenchOptions = typeof DEFAULT_OPTIONS;
const QUICK = { runs: 3, buildRuns: 2, exportRuns: 1 };
const COUNTS = { runs: 'runs', 'build-runs': 'buildRuns', 'export-runs': 'exportRuns', slides: 'slides' } as const;

export const USAGE = `usage: npm run bench -- [--quick] [--runs N] [--build-runs N] [--export-runs N] [--slides N] [--keep]
  --runs N         measured page loads per variant and saves for the hot update (default ${DEFAULT_OPTIONS.runs})
  --build-runs N   fresh vite build processes per deck (default ${DEFAULT_OPTIONS.buildRuns})
  --export-runs N  fresh PDF processes per exporter: ours, marp-cli, DeckTape, Chromium (default ${DEFAULT_OPTIONS.exportRuns})
  --slides N       slides in the generated growth deck (default ${DEFAULT_OPTIONS.slides})
  --quick          ${QUICK.runs} runs, ${QUICK.buildRuns} builds, ${QUICK.exportRuns} export: a rough look, not figures to quote
  --keep           keep the temporary folder (its path is printed)`;

/** A wrong command line: its message ends with the usage, and the bench exits with 2. */
function usageError(message: string): Error {
  return Object.assign(new Error(`bench: ${message}\n${USAGE}`), { name: 'UsageError' });
}

/** Reads the arguments after `npm run bench --`, or undefined for `--help`; explicit counts win over `--quick`. */
export function parseOptions(args: readonly string[]): BenchOptions | undefined {
  const counts = Object.fromEntries(Object.keys(COUNTS).map((flag) => [flag, { type: 'string' as const }]));
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: [...args], options: { ...counts, quick: { type: 'boolean' }, keep: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    throw usageError((error as Error).message);
  }
  if (values.help) return undefined;
  const options = { ...DEFAULT_OPTIONS, ...(values.quick ? QUICK : {}), keep: values.keep === true };
  for (const [flag, key] of Object.entries(COUNTS)) {
    const text = values[flag];
    if (text === undefined) continue;
    const count = Number(text);
    if (!Number.isInteger(count) || count < 1) throw usageError(`--${flag} needs a whole number of at least 1, not ${JSON.stringify(text)}`);
    options[key] = count;
  }
  return options;
}
