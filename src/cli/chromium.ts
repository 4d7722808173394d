/**
 * Chromium for the commands that still drive it through Playwright (`npm run png`, the bench,
 * the browser tests): the executable chromium-path.ts finds, launched with its flags.
 */
import { chromium, type Browser } from 'playwright';
import { ExitCode, ExportError, formatLimit } from '../node/exit-codes.ts';
import { CHROMIUM_ARGS, findChromium, type ChromiumWanted } from './chromium-path.ts';

export { CHROMIUM_ARGS, findChromium, NoChromiumError, PRINTING_ARGS } from './chromium-path.ts';

/** Launch options for Playwright: the found executable with the offline-friendly flags. */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env, wanted: Pick<ChromiumWanted, 'headlessShell'> = {}) {
  return { executablePath: findChromium(env, wanted), args: CHROMIUM_ARGS };
}

/** Starts Chromium for an export; one that will not start is "no browser", with what it said. */
export async function launchChromium(executablePath: string, timeoutMs: number): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: timeoutMs });
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') throw new ExportError(ExitCode.timedOut, `Chromium at ${executablePath} did not start within ${formatLimit(timeoutMs)} (raise --timeout)`);
    const why = error instanceof Error ? error.message.split('\n')[0]!.replace(/^browserType\.launch:\s*/, '') : String(error);
    throw new ExportError(ExitCode.noBrowser, `Chromium at ${executablePath} did not start: ${why}`);
  }
}
