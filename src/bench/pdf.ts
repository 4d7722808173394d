/**
 * PDF export time: `npm run pdf` (slides) and `npm run pdf -- --handout`, each as a fresh
 * process, as the person exporting waits for it. When the export command is not in the
 * project, the figure is reported as not available rather than guessed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sample } from './measure.ts';
import { runTimed } from './process.ts';

/** The export program, relative to the project. */
export const PDF_CLI = join('src', 'cli', 'pdf.ts');
const TSX_CLI = join('node_modules', 'tsx', 'dist', 'cli.mjs');
/**
 * What the export says on stderr when it builds the deck first. The warm-up run builds; a
 * measured run that builds again would time `vite build` as well, so it is refused.
 */
const BUILDING = /building the deck/i;

export type ExportKind = 'slides' | 'handout';

/** Why the export cannot be timed in `project`, or undefined when it can. */
export function exportUnavailable(project: string): string | undefined {
  return existsSync(join(project, PDF_CLI)) ? undefined : `not available (${PDF_CLI} missing)`;
}

/** The export's arguments for one kind, writing to `out`. */
export function exportArguments(kind: ExportKind, out: string): string[] {
  return [PDF_CLI, '--out', out, ...(kind === 'handout' ? ['--handout'] : [])];
}

/**
 * Times `runs` exports of `kind` in `project`, writing into `outDir`, after one warm-up that
 * also makes the build the export prints (so the figure is the export alone, as when the deck
 * has not changed since the last `npm run pdf`).
 */
export function timeExports(project: string, kind: ExportKind, outDir: string, runs: number): Promise<number[]> {
  return sample(runs, 1, async (run) => {
    const out = join(outDir, `${kind}-${run + 1}.pdf`);
    const { ms, stderr } = await runTimed(process.execPath, [TSX_CLI, ...exportArguments(kind, out)], project);
    if (!existsSync(out)) throw new Error(`bench: the ${kind} export exited 0 but wrote no ${out}`);
    if (run >= 0 && BUILDING.test(stderr)) throw new Error(`bench: the ${kind} export built the deck again in a measured run (${stderr.trim()})`);
    return ms;
  });
}
