/**
 * Finds a Chromium to drive, in the order the project promises: `CHROMIUM_PATH`, then
 * Playwright's own download if one is installed, then the system's. Never silently none.
 * What never shows a window (the exports, most browser tests) takes a headless shell first
 * wherever there is one (Playwright's, then the system's), as Playwright itself does for a
 * headless run: the same engine without a browser's windowing, it starts and prints in about a
 * third of the time here (`docs/pdf.md`) and opens a page in about a third (`docs/testing.md`).
 * Without loading Playwright (it takes a second to import): the PDF command drives Chromium
 * itself (src/node/chromium-pipe.ts), and Playwright's download is found where Playwright puts it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';

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

/** Where distributions put Chromium's headless shell (Debian: the chromium-headless-shell package). */
const SYSTEM_HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell'];

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

/**
 * The PDF export's flags: the above, and the renderer in the browser's own process. Printing
 * one page of our own deck needs none of the isolation a second process gives, and starting
 * it was a fifth of the export's time here: the compiled command took 0.85–0.9 s with the flag
 * and 1.1 s without; Chromium's own print of a static page 0.55 s and 0.9 s (docs/pdf.md). The
 * bench's print floor gets the same flags, so the comparison stays fair.
 */
export const PRINTING_ARGS = [...CHROMIUM_ARGS, '--single-process'];

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

export interface ChromiumWanted {
  /**
   * For what never shows a window (the exports, most browser tests): a headless shell is taken
   * first. The bench's page loads and the tests of windows (the `whole-browser` project) leave
   * it off: they stand for the browser a reader or a presenter has.
   */
  headlessShell?: boolean;
  /** Whether a file exists; tests pass their own. */
  exists?: (path: string) => boolean;
}

/** The executable to launch. Throws NoChromiumError with instructions when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, { headlessShell = false, exists = existsSync }: ChromiumWanted = {}): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    // Never fall through to another browser: the user asked for this one.
    throw new NoChromiumError(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist: point it at a Chromium or Chrome executable, or unset it`);
  }
  const shells = headlessShell ? [playwrightHeadlessShell(env), ...SYSTEM_HEADLESS_SHELLS] : [];
  const found = [...shells, playwrightChromium(env), ...SYSTEM_CHROMIUMS].find((path) => path !== undefined && exists(path));
  if (found) return found;
  throw new NoChromiumError();
}

/** Inside a browser's folder, per platform: the path Playwright installs Chromium at. */
const PLAYWRIGHT_EXECUTABLES: Record<string, string[]> = {
  'linux-x64': ['chrome-linux64', 'chrome'],
  'linux-arm64': ['chrome-linux-arm64', 'chrome'],
  'darwin-x64': ['chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
  'darwin-arm64': ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
  'win32-x64': ['chrome-win64', 'chrome.exe'],
};

/** Inside the headless shell's folder, per platform (Chrome for Testing's names). */
const PLAYWRIGHT_HEADLESS_SHELLS: Record<string, string[]> = {
  'linux-x64': ['chrome-headless-shell-linux64', 'chrome-headless-shell'],
  'darwin-x64': ['chrome-headless-shell-mac-x64', 'chrome-headless-shell'],
  'darwin-arm64': ['chrome-headless-shell-mac-arm64', 'chrome-headless-shell'],
  'win32-x64': ['chrome-headless-shell-win64', 'chrome-headless-shell.exe'],
};

/**
 * Where `npx playwright install chromium` puts the Chromium of the installed Playwright, by
 * Playwright's rules: `PLAYWRIGHT_BROWSERS_PATH` (0: inside the package), else the user's cache,
 * in `chromium-<revision>` (the revision from the package's browsers.json). Undefined when
 * Playwright is not installed or the platform has no download.
 */
export function playwrightChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return playwrightBrowser(env, 'chromium', 'chromium', PLAYWRIGHT_EXECUTABLES);
}

/** Where the same command puts its headless shell (Playwright's own choice for headless runs), in `chromium_headless_shell-<revision>`. */
export function playwrightHeadlessShell(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return playwrightBrowser(env, 'chromium-headless-shell', 'chromium_headless_shell', PLAYWRIGHT_HEADLESS_SHELLS);
}

function playwrightBrowser(env: NodeJS.ProcessEnv, name: string, folder: string, executables: Record<string, string[]>): string | undefined {
  const tokens = executables[`${process.platform}-${process.arch}`];
  let packageRoot: string;
  try {
    packageRoot = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  } catch {
    return undefined;
  }
  const browsers = JSON.parse(readFileSync(join(packageRoot, 'browsers.json'), 'utf8')) as { browsers: { name: string; revision: string }[] };
  const revision = browsers.browsers.find((browser) => browser.name === name)?.revision;
  if (!tokens || !revision) return undefined;
  return join(browsersFolder(env, packageRoot), `${folder}-${revision}`, ...tokens);
}

function browsersFolder(env: NodeJS.ProcessEnv, packageRoot: string): string {
  const chosen = env.PLAYWRIGHT_BROWSERS_PATH;
  if (chosen === '0') return join(packageRoot, '.local-browsers');
  if (chosen) return isAbsolute(chosen) ? chosen : resolve(env.INIT_CWD || process.cwd(), chosen);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'ms-playwright');
  if (process.platform === 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'ms-playwright');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ms-playwright');
}
