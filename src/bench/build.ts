/**
 * Build time: the audience build (`vite build`) as a fresh process, into a folder of the
 * bench's own so the project's dist/ is never touched.
 */
import { join } from 'node:path';
import { sample } from './measure.ts';
import { runTimed } from './process.ts';

/** Vite's own command-line entry, run with this Node rather than through npx's start-up. */
const VITE_BIN = join('node_modules', 'vite', 'bin', 'vite.js');

/** Builds the project at `project` into `outDir` once; resolves with the milliseconds taken. */
export async function buildOnce(project: string, outDir: string): Promise<number> {
  const { ms } = await runTimed(process.execPath, [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], project);
  return ms;
}

export interface BuildTarget {
  project: string;
  outDir: string;
}

/**
 * Times `runs` builds of each target after one warm-up each (which fills the disk cache).
 * The targets take turns, so load from elsewhere on the machine falls on all alike; the
 * last output of each stays in its `outDir`.
 */
export async function timeBuilds(targets: readonly BuildTarget[], runs: number): Promise<number[][]> {
  const times: number[][] = targets.map(() => []);
  await sample(runs, 1, async (run) => {
    for (const [index, { project, outDir }] of targets.entries()) {
      const ms = await buildOnce(project, outDir);
      if (run >= 0) times[index]!.push(ms);
    }
    return 0;
  });
  return times;
}
