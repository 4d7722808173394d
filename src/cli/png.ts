/**
 * `npm run png`: one PNG per slide (or per step), `NN-<slug>.png`, photographed from the same
 * print view the PDF is printed from. Built from the PDF command's pieces: the same Chromium,
 * the same build check, the same exit codes, and messages that start with `png:`.
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright';
import { PNG_NAME } from '../export/png-names.ts';
import { renderPngs } from '../export/render-png.ts';
import { ExitCode } from '../node/exit-codes.ts';
import { findChromium, launchChromium } from './chromium.ts';
import { claimFolder } from './output.ts';
import { audienceBuild, ensureBuild } from './pdf-build.ts';
import type { Progress } from './pdf-progress.ts';
import { parsePngOptions, PNG_USAGE } from './png-options.ts';
import { PROJECT_ROOT, runCommand, shortPath } from './run.ts';

/** The first word of every message this command prints. */
const COMMAND = 'png';

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
    const executablePath = findChromium(process.env, { headlessShell: true });
    // Chromium starts while the build is checked (and made, if it must be).
    browser = launchChromium(executablePath, options.timeoutMs);
    browser.catch(() => undefined);
    const build = await ensureBuild(PROJECT_ROOT, audienceBuild(PROJECT_ROOT), progress);
    progress.step('starting Chromium');
    const images = await renderPngs(await browser, { buildDir: build.dir, timeoutMs: options.timeoutMs, fragments: options.fragments, theme: options.theme, scale: options.scale });
    progress.step('writing the pictures');
    await folder.commit(images, PNG_NAME);
    progress.end();
    const size = `${1280 * options.scale}×${720 * options.scale}`;
    process.stdout.write(`${COMMAND}: wrote ${images.length} pictures, ${size}, into ${shortPath(folder.path)} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return ExitCode.ok;
  } finally {
    await browser?.then((running) => running.close()).catch(() => undefined);
  }
}

await runCommand(COMMAND, exportPngs);
