/**
 * Finds a Chromium to drive, in the order the project promises: `CHROMIUM_PATH`, then
 * Playwright's own download if one is installed, then the system's. Never silently none.
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
  const bundled = playwrightChromium(env);
  if (bundled && existsSync(bundled)) return bundled;
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
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

/**
 * Where `npx playwright install chromium` puts the Chromium of the installed Playwright, by
 * Playwright's rules: `PLAYWRIGHT_BROWSERS_PATH` (0: inside the package), else the user's cache,
 * in `chromium-<revision>` (the revision from the package's browsers.json). Undefined when
 * Playwright is not installed or the platform has no download.
 */
export function playwrightChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const tokens = PLAYWRIGHT_EXECUTABLES[`${process.platform}-${process.arch}`];
  let packageRoot: string;
  try {
    packageRoot = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  } catch {
    return undefined;
  }
  const browsers = JSON.parse(readFileSync(join(packageRoot, 'browsers.json'), 'utf8')) as { browsers: { name: string; revision: string }[] };
  const revision = browsers.browsers.find((browser) => browser.name === 'chromium')?.revision;
  if (!tokens || !revision) return undefined;
  return join(browsersFolder(env, packageRoot), `chromium-${revision}`, ...tokens);
}

function browsersFolder(env: NodeJS.ProcessEnv, packageRoot: string): string {
  const chosen = env.PLAYWRIGHT_BROWSERS_PATH;
  if (chosen === '0') return join(packageRoot, '.local-browsers');
  if (chosen) return isAbsolute(chosen) ? chosen : resolve(env.INIT_CWD || process.cwd(), chosen);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'ms-playwright');
  if (process.platform === 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'ms-playwright');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ms-playwright');
}
