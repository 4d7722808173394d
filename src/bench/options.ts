/**
 * The bench's command line: how many runs each kind of figure gets. The defaults are the
 * issue's (≥ 9 page loads after a warm-up); `--quick` trades precision for a short run.
 */

export interface BenchOptions {
  /** Measured page loads per variant, and saves per hot-update figure. */
  runs: number;
  /** Fresh `vite build` processes per deck. */
  buildRuns: number;
  /** Fresh PDF export processes per kind (slides, handout). */
  exportRuns: number;
  /** Slides in the generated deck for the growth figures. */
  growthSlides: number;
  /** Keep the temporary folder for a look afterwards. */
  keep: boolean;
  help: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = { runs: 9, buildRuns: 5, exportRuns: 3, growthSlides: 300, keep: false, help: false };
const QUICK: Partial<BenchOptions> = { runs: 3, buildRuns: 2, exportRuns: 1 };

export const USAGE = `usage: npm run bench -- [--quick] [--runs N] [--build-runs N] [--export-runs N] [--slides N] [--keep]
  --runs N         measured page loads per variant and saves for the hot update (default ${DEFAULT_OPTIONS.runs})
  --build-runs N   fresh vite build processes per deck (default ${DEFAULT_OPTIONS.buildRuns})
  --export-runs N  fresh PDF export processes per kind (default ${DEFAULT_OPTIONS.exportRuns})
  --slides N       slides in the generated growth deck (default ${DEFAULT_OPTIONS.growthSlides})
  --quick          ${QUICK.runs} runs, ${QUICK.buildRuns} builds, ${QUICK.exportRuns} export: a rough look, not figures to quote
  --keep           keep the temporary folder (its path is printed)`;

const COUNTS = { '--runs': 'runs', '--build-runs': 'buildRuns', '--export-runs': 'exportRuns', '--slides': 'growthSlides' } as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(`bench: ${message}\n${USAGE}`);
    this.name = 'UsageError';
  }
}

/** Reads the arguments after `npm run bench --`; `--quick` first, explicit counts win over it. */
export function parseOptions(args: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_OPTIONS, ...(args.includes('--quick') ? QUICK : {}) };
  for (let index = 0; index < args.length; index++) {
    const [flag, inline] = args[index]!.split('=', 2) as [string, string | undefined];
    if (flag === '--quick') continue;
    if (flag === '--keep') options.keep = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag in COUNTS) {
      const text = inline ?? args[++index];
      const count = Number(text);
      if (!Number.isInteger(count) || count < 1) throw new UsageError(`${flag} needs a whole number of at least 1, not ${JSON.stringify(text ?? '')}`);
      options[COUNTS[flag as keyof typeof COUNTS]] = count;
    } else throw new UsageError(`unknown option ${JSON.stringify(args[index])}`);
  }
  return options;
}
