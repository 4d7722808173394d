/**
 * Finds a Chromium to drive, in the order the project promises: `CHROMIUM_PATH`, then
 * Playwright's own download if one is installed, then the system's. Never silently none.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright';
import { ExitCode, ExportError, formatLimit } from '../node/exit-codes.ts';

/** Where distributions put Chromium or Chrome. */
const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Flags for a machine with no network but the deck's: without them Chromium phones home
 * (updates, sync, QUIC probes) and each refused connection is noise or a delay.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** What to do when there is no Chromium. */
const INSTALL_HINT =
  'set CHROMIUM_PATH to a Chromium or Chrome executable, ' +
  'run "npx playwright install chromium", or install your system\'s chromium package (Debian: apt-get install chromium)';

export class NoChromiumError extends Error {
  constructor(message = `no Chromium found: ${INSTALL_HINT}`) {
    super(message);
    this.name = 'NoChromiumError';
  }
}

/** The executable to launch. Throws NoChromiumError with instructions when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    // Never fall through to another browser: the user asked for this one.
    throw new NoChromiumError(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist: point it at a Chromium or Chrome executable, or unset it`);
  }
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  throw new NoChromiumError();
}

/** Launch options for Playwright: the found executable with the offline-friendly flags. */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env) {
  return { executablePath: findChromium(env), args: CHROMIUM_ARGS };
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
