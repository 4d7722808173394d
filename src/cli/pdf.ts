/**
 * `npm run pdf`: the deck as a PDF, one page per slide, or with `--handout` each slide with
 * its speaker notes on A4 or Letter. A small program of its own with clear failures: every
 * message starts with `pdf:` and each kind of failure has its exit code (exit-codes.ts).
 *
 * The steps: check the command line and the output, build the deck if it changed, print it
 * with Chromium (render-pdf.ts), then add metadata and bookmarks (finish-pdf.ts).
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { renderPdf } from '../export/render-pdf.ts';
import { findChromium, launchChromium, NoChromiumError } from './chromium.ts';
import { COMMAND, ExitCode, exitCodeOf, failureLine, PdfError } from './exit-codes.ts';
import { audienceBuild, ensureBuild, notesBuild } from './pdf-build.ts';
import { parsePdfOptions, USAGE, type PdfOptions } from './pdf-options.ts';
import { claimOutput } from './pdf-output.ts';
import { progressOn, type Progress } from './pdf-progress.ts';
import { readTalk } from './pdf-talk.ts';

/** The project this program belongs to (it lives in src/cli/), wherever it is run from. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the export; resolves to the exit code. */
export async function exportPdf(argv: readonly string[], progress: Progress): Promise<number> {
  const options = parsePdfOptions(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return ExitCode.ok;
  }
  const started = performance.now();
  // pdf-lib is only needed at the end: it loads while Chromium prints.
  const finishing = import('../export/finish-pdf.ts');
  finishing.catch(() => undefined);
  const output = await claimOutput(resolve(options.out));
  const stopOnInterrupt = () => void output.discard().finally(() => process.exit(130));
  process.once('SIGINT', stopOnInterrupt);
  let browser: Promise<Browser> | undefined;
  try {
    const executablePath = findChromium();
    const talk = readTalk(PROJECT_ROOT);
    // Chromium starts while the build is checked (and made, if it must be).
    browser = launchChromium(executablePath, options.timeoutMs);
    browser.catch(() => undefined);
    const build = await ensureBuild(PROJECT_ROOT, options.kind === 'handout' ? notesBuild(PROJECT_ROOT) : audienceBuild(PROJECT_ROOT), progress);
    progress.step('starting Chromium');
    const rendered = await renderPdf(await browser, { buildDir: build.dir, timeoutMs: options.timeoutMs, fragments: options.fragments, handout: options.kind === 'handout' ? options.paper : undefined, perPage: options.perPage, theme: options.theme });
    progress.step('adding bookmarks and metadata');
    const finished = await (await finishing).finishPdf(rendered.bytes, talk, rendered, options.kind);
    await output.commit(finished.bytes);
    progress.end();
    for (const title of finished.unplaced) process.stderr.write(`${COMMAND}: warning: no bookmark for "${title}" (the slide has no heading)\n`);
    process.stdout.write(`${COMMAND}: wrote ${shortPath(output.path)} (${summary(finished.pages, finished.bytes.length, options)}) in ${seconds(performance.now() - started)}\n`);
    return ExitCode.ok;
  } catch (error) {
    await output.discard();
    throw error;
  } finally {
    process.off('SIGINT', stopOnInterrupt);
    await browser?.then((running) => running.close()).catch(() => undefined);
  }
}

function summary(pages: number, bytes: number, options: PdfOptions): string {
  const what = options.kind === 'handout' ? `handout, ${options.paper}${options.perPage > 1 ? `, ${options.perPage} slides a sheet` : ''}` : options.fragments ? 'a page per step' : 'a page per slide';
  return `${pages} pages, ${what}, ${Math.round(bytes / 1000)} kB`;
}

/** The path as typed relative to here when it is below here, else in full. */
function shortPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near === '' || near.startsWith('..') ? path : near;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Maps the errors the export knows about to theirs; anything else is unexpected. */
function asPdfError(error: unknown): unknown {
  if (error instanceof NoChromiumError) return new PdfError(ExitCode.noBrowser, error.message);
  return error;
}

const progress = progressOn(process.stderr);
try {
  process.exitCode = await exportPdf(process.argv.slice(2), progress);
} catch (error) {
  progress.end();
  const failure = asPdfError(error);
  process.stderr.write(`${failureLine(failure)}\n`);
  // An unexpected failure is a bug: its stack helps whoever fixes it, when asked for.
  if (exitCodeOf(failure) === ExitCode.unexpected && process.env.DEBUG) console.error(error);
  process.exitCode = exitCodeOf(failure);
}
