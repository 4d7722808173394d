/**
 * The Chromium a PDF is printed with, and what happens when it crashes. The export starts it in
 * one process (PRINTING_ARGS, `--single-process`), a fifth of the export's time faster than the
 * usual start (docs/pdf.md). That mode is Chromium's least-trodden path: in a test run on the
 * 2-CPU machine of docs/benchmarks.md one start of the headless shell stopped on a general
 * protection fault in libc before it answered; 225 starts after it, idle and busy, did not.
 * A print that Chromium crashed is therefore made once more, from the start, in a Chromium
 * started the usual way (CHROMIUM_ARGS); any other failure is the export's answer as it is.
 */
import { ChromiumCrash, type PipedChromium } from '../node/chromium-pipe.ts';

/** Starts a Chromium in one process (PRINTING_ARGS) or the usual way (CHROMIUM_ARGS). */
export type StartChromium = (mode: 'one-process' | 'usual') => Promise<PipedChromium>;

/**
 * Runs `print` with the Chromium `first` (already starting in one process, so it starts while
 * the build is checked), or, if that Chromium crashes at start or while printing, with a new
 * one `start`ed the usual way; `onCrash` tells the person waiting. Closes each Chromium it used.
 */
export async function printWithChromium<T>(
  first: Promise<PipedChromium>,
  start: StartChromium,
  print: (browser: PipedChromium) => Promise<T>,
  onCrash: () => void,
): Promise<T> {
  try {
    return await printOn(first, print);
  } catch (error) {
    if (!(error instanceof CrashedPrint)) throw error;
    onCrash();
    try {
      return await printOn(start('usual'), print);
    } catch (again) {
      throw again instanceof CrashedPrint ? again.cause : again;
    }
  }
}

/** A failure of a print whose Chromium crashed; `cause` is the failure as the print saw it. */
class CrashedPrint extends Error {
  constructor(override readonly cause: unknown) {
    super('Chromium crashed');
  }
}

/** Prints with `starting`, closes it, and marks a failure whose Chromium crashed as a CrashedPrint. */
async function printOn<T>(starting: Promise<PipedChromium>, print: (browser: PipedChromium) => Promise<T>): Promise<T> {
  let browser: PipedChromium;
  try {
    browser = await starting;
  } catch (error) {
    throw error instanceof ChromiumCrash ? new CrashedPrint(error) : error;
  }
  let result: T;
  try {
    result = await print(browser);
  } catch (error) {
    // Closed first: the exit status that tells a crash is known once the process has stopped.
    await browser.close().catch(() => undefined);
    throw browser.crashed() ? new CrashedPrint(error) : error;
  }
  // Printed: a profile folder that will not go away must not cost the PDF.
  await browser.close().catch(() => undefined);
  return result;
}
