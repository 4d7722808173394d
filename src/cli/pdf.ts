/**
 * `npm run pdf`: the deck as a PDF, one page per slide, or with `--handout` each slide with
 * its speaker notes on A4 or Letter. A small program of its own with clear failures: every
 * message starts with `pdf:` and each kind of failure has its exit code (exit-codes.ts).
 *
 * The steps: check the command line and the output, build the deck if it changed, print it
 * with Chromium (print-pdf.ts, over the DevTools protocol, without Playwright; once more in a
 * Chromium started the usual way if the one-process one crashes, printing-chromium.ts), then
 * add metadata and bookmarks (finish-pdf.ts).
 */
import { resolve } from 'node:path';
import { finishPdf } from '../export/finish-pdf.ts';
import { renderPdf } from '../export/print-pdf.ts';
import { launchPipedChromium, type PipedChromium } from '../node/chromium-pipe.ts';
import { ExitCode } from '../node/exit-codes.ts';
import { CHROMIUM_ARGS, findChromium, PRINTING_ARGS } from './chromium-path.ts';
import { claimOutput } from './output.ts';
import { audienceBuild, ensureBuild, notesBuild } from './pdf-build.ts';
import { parsePdfOptions, USAGE, type PdfOptions } from './pdf-options.ts';
import type { Progress } from './pdf-progress.ts';
import { printWithChromium, type StartChromium } from './printing-chromium.ts';
import { PROJECT_ROOT, runCommand, shortPath } from './run.ts';

/** The first word of every message this command prints. */
const COMMAND = 'pdf';

/** Runs the export; resolves to the exit code. */
export async function exportPdf(argv: readonly string[], progress: Progress): Promise<number> {
  const options = parsePdfOptions(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return ExitCode.ok;
  }
  const started = performance.now();
  const output = await claimOutput(resolve(options.out));
  const stopOnInterrupt = () => void output.discard().finally(() => process.exit(130));
  process.once('SIGINT', stopOnInterrupt);
  let first: Promise<PipedChromium> | undefined;
  try {
    const executablePath = findChromium(process.env, { headlessShell: true });
    const start: StartChromium = (mode) => launchPipedChromium(executablePath, mode === 'one-process' ? PRINTING_ARGS : CHROMIUM_ARGS, options.timeoutMs);
    // Chromium starts while the build is checked (and made, if it must be).
    first = start('one-process');
    first.catch(() => undefined);
    const build = await ensureBuild(PROJECT_ROOT, options.kind === 'handout' ? notesBuild(PROJECT_ROOT) : audienceBuild(PROJECT_ROOT), progress);
    progress.step('starting Chromium');
    const rendered = await printWithChromium(
      first,
      start,
      (browser) => renderPdf(browser, { buildDir: build.dir, timeoutMs: options.timeoutMs, fragments: options.fragments, handout: options.kind === 'handout' ? options.paper : undefined, perPage: options.perPage, theme: options.theme }),
      () => progress.step('Chromium crashed in its one-process mode; printing again with Chromium started the usual way', true),
    );
    progress.step('adding bookmarks and metadata');
    const finished = finishPdf(rendered.bytes, build.manifest.talk, rendered, options.kind);
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
    // The first Chromium, when the export stopped before printing with it (a build that failed).
    await first?.then((running) => running.close()).catch(() => undefined);
  }
}

function summary(pages: number, bytes: number, options: PdfOptions): string {
  const what = options.kind === 'handout' ? `handout, ${options.paper}${options.perPage > 1 ? `, ${options.perPage} slides a sheet` : ''}` : options.fragments ? 'a page per step' : 'a page per slide';
  return `${pages} pages, ${what}, ${Math.round(bytes / 1000)} kB`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

await runCommand(COMMAND, exportPdf);
