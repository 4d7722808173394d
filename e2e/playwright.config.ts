/**
 * Browser tests drive the real deck in Chromium, as a presenter (the dev server, with notes)
 * and as a reader (the audience build, served statically). Chromium is found as
 * src/cli/chromium-path.ts says, a headless shell first, as Playwright's own headless runs take
 * (a page opens in a third of the time: docs/testing.md); with none the run fails with
 * instructions, never skips.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../src/cli/chromium.ts';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * The project whose deck the servers serve: the checkout, or the copy e2e/any-talk/ makes (a
 * slide inserted, another moved) to run the property tests on another talk. A copy carries
 * vite.copy.config.ts (src/testing/project-copy.ts), which lets Vite serve its linked node_modules.
 */
const DECK_ROOT = process.env.DECK_ROOT ?? PROJECT_ROOT;
const VITE = `node ${join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js')}`;
const CONFIG = process.env.DECK_ROOT ? ' --config vite.copy.config.ts' : '';

/**
 * Ports away from the ones `npm start` and `npm run preview` use, so tests can run beside them;
 * PRESENT_PORT and READ_PORT override them to run two test sessions at once.
 */
export const PRESENT_PORT = Number(process.env.PRESENT_PORT ?? 5183);
export const READ_PORT = Number(process.env.READ_PORT ?? 4183);
/** The audience build the reader tests serve, apart from dist/ so a test never clobbers it (relative to the deck's root). */
export const READ_OUT_DIR = `.e2e/dist-${READ_PORT}`;
/** The same folder, absolute, for tests that read the build's files. */
export const READ_OUT_PATH = join(DECK_ROOT, READ_OUT_DIR);

export default defineConfig({
  testDir: '.',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    viewport: { width: 1280, height: 720 },
    launchOptions: chromiumLaunchOptions(process.env, { headlessShell: true }),
    trace: 'off',
  },
  projects: [
    { name: 'present', testMatch: /present\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${PRESENT_PORT}/` } },
    // A presenter's browser is a whole Chromium, not the headless shell the rest run in: what
    // depends on its windows (the speaker view's own window, full screen) runs there as well.
    {
      name: 'whole-browser',
      testMatch: /present\/.*\.spec\.ts/,
      grep: /@whole-browser/,
      use: { baseURL: `http://127.0.0.1:${PRESENT_PORT}/`, launchOptions: chromiumLaunchOptions(process.env) },
    },
    { name: 'read', testMatch: /read\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${READ_PORT}/` } },
    // The live matrix on slides 6 to 8, driven as a presenter would.
    { name: 'matrix', testMatch: /matrix\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${PRESENT_PORT}/` } },
    // Bad input, recovery and endurance: the dev deck (recovery runs its own server on a copy).
    { name: 'robust', testMatch: /robust\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${PRESENT_PORT}/` } },
    // PDF and handout export: the specs run `npm run pdf` and read the PDFs back.
    { name: 'export', testMatch: /export\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${READ_PORT}/` } },
    // The single-file speaker build, opened from file:// with the network blocked.
    { name: 'speaker-file', testMatch: /speaker-file\/.*\.spec\.ts/ },
    // Hostile content that the loader accepts stays inert: a project copy of its own, built and served three ways.
    { name: 'security', testMatch: /e2e\/security\/.*\.spec\.ts/ },
  ],
  webServer: [
    {
      command: `${VITE}${CONFIG} --host 127.0.0.1 --port ${PRESENT_PORT} --strictPort`,
      url: `http://127.0.0.1:${PRESENT_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      cwd: DECK_ROOT,
    },
    {
      command: `${VITE} build${CONFIG} --outDir ../${READ_OUT_DIR} && ${VITE} preview${CONFIG} --outDir ../${READ_OUT_DIR} --host 127.0.0.1 --port ${READ_PORT} --strictPort`,
      url: `http://127.0.0.1:${READ_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      cwd: DECK_ROOT,
    },
  ],
});
