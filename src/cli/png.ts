/**
 * `npm run png`: one PNG per slide (or per step), `NN-<slug>.png`, photographed from the same
 * print view the PDF is printed from. Built from the PDF command's pieces: the same Chromium,
 * the same build check, the same exit codes, and messages that start with `png:`.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { renderPngs } from '../export/render-png.ts';
import { findChromium, launchChromium, NoChromiumError } from './chromium.ts';
import { ExitCode, exitCodeOf, failureLine, PdfError } from './exit-codes.ts';
import { audienceBuild, ensureBuild } from './pdf-build.ts';
import { progressOn, type Progress } from './pdf-progress.ts';
import { claimFolder } from './png-output.ts';
import { parsePngOptions, PNG_USAGE } from './png-options.ts';

/** The first word of every message this command prints. */
const COMMAND = 'png';
/** The project this program belongs to (it lives in src/cli/), wherever it is run from. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the export; resolves to the exit code. */
export async function exportPngs(argv: readonly string[], progress: Progress): Promise<number> {
  const options = parsePngOptions(argv);
  if (options.help) {
    process.stdout.write(`${PNG_USAGE}\n`);
    return ExitCode.ok;
  }
  const started = performance.now();
  const folder = await claimFolder(resolve(options.out));
  let browser: Promise<Browser> | undefined;
  try {
    const executablePath = findChromium();
    // Chromium starts while the build is checked (and made, if it must be).
    browser = launchChromium(executablePath, options.timeoutMs);
    browser.catch(() => undefined);
    const build = await ensureBuild(PROJECT_ROOT, audienceBuild(PROJECT_ROOT), progress);
    progress.step('starting Chromium');
    const images = await renderPngs(await browser, { buildDir: build.dir, timeoutMs: options.timeoutMs, fragments: options.fragments, theme: options.theme, scale: options.scale });
    progress.step('writing the pictures');
    await folder.commit(images);
    progress.end();
    const size = `${1280 * options.scale}×${720 * options.scale}`;
    process.stdout.write(`${COMMAND}: wrote ${images.length} pictures, ${size}, into ${shortPath(folder.path)} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return ExitCode.ok;
  } finally {
    await browser?.then((running) => running.close()).catch(() => undefined);
  }
}

/** The path as typed relative to here when it is below here, else in full. */
function shortPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near === '' || near.startsWith('..') ? path : near;
}

const progress = progressOn(process.stderr, COMMAND);
try {
  process.exitCode = await exportPngs(process.argv.slice(2), progress);
} catch (error) {
  progress.end();
  const failure = error instanceof NoChromiumError ? new PdfError(ExitCode.noBrowser, error.message) : error;
  process.stderr.write(`${failureLine(failure, COMMAND)}\n`);
  // An unexpected failure is a bug: its stack helps whoever fixes it, when asked for.
  if (exitCodeOf(failure) === ExitCode.unexpected && process.env.DEBUG) console.error(error);
  process.exitCode = exitCodeOf(failure);
}
