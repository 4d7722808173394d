import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { playwrightChromium, playwrightHeadlessShell } from './chromium-path.ts';
import { CHROMIUM_ARGS, chromiumLaunchOptions } from './chromium.ts';

/** A Playwright browsers folder holding both downloads, as `npx playwright install chromium` leaves it. */
const browsers = mkdtempSync(join(tmpdir(), 'deck-browsers-'));
const env = { PLAYWRIGHT_BROWSERS_PATH: browsers };
const shell = playwrightHeadlessShell(env);
const whole = playwrightChromium(env);
for (const executable of [shell, whole]) {
  if (!executable) continue;
  mkdirSync(dirname(executable), { recursive: true });
  writeFileSync(executable, '');
}
afterAll(() => rmSync(browsers, { recursive: true, force: true }));

// Playwright publishes no headless shell for every platform (linux-arm64 has none).
describe.runIf(shell && whole)('chromiumLaunchOptions', () => {
  it('gives the browser tests the headless shell they ask for, and the bench the whole Chromium', () => {
    expect(chromiumLaunchOptions(env, { headlessShell: true })).toEqual({ executablePath: shell, args: CHROMIUM_ARGS });
    expect(chromiumLaunchOptions(env)).toEqual({ executablePath: whole, args: CHROMIUM_ARGS });
  });
});
