import { chromium } from 'playwright';
import { describe, expect, it } from 'vitest';
import { findChromium, playwrightChromium, playwrightHeadlessShell } from './chromium-path.ts';

describe('playwrightChromium', () => {
  it('finds the path Playwright itself would launch, without loading Playwright', () => {
    expect(playwrightChromium(process.env)).toBe(chromium.executablePath());
  });

  it('follows PLAYWRIGHT_BROWSERS_PATH', () => {
    expect(playwrightChromium({ PLAYWRIGHT_BROWSERS_PATH: '/opt/browsers' })).toMatch(/^\/opt\/browsers\/chromium-\d+\//);
  });
});

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when it exists, and never another browser when it does not', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
    expect(() => findChromium({ CHROMIUM_PATH: '/nowhere/chromium' })).toThrow(/CHROMIUM_PATH is set to \/nowhere\/chromium/);
  });
});

describe('findChromium for what shows no window (the exports, the browser tests)', () => {
  const only = (...present: string[]) => (path: string) => present.includes(path);
  const env = { PLAYWRIGHT_BROWSERS_PATH: '/opt/browsers' };
  const shell = playwrightHeadlessShell(env)!;
  const bundled = playwrightChromium(env)!;

  it('knows where Playwright puts its headless shell, beside its Chromium', () => {
    expect(shell).toMatch(/^\/opt\/browsers\/chromium_headless_shell-\d+\/chrome-headless-shell-/);
  });

  it('takes a headless shell first when asked, Playwright\'s before the system\'s, and a whole Chromium otherwise', () => {
    const everything = only(shell, bundled, '/usr/bin/chromium-headless-shell', '/usr/bin/chromium');
    expect(findChromium(env, { headlessShell: true, exists: everything })).toBe(shell);
    expect(findChromium(env, { exists: everything })).toBe(bundled);
    expect(findChromium(env, { headlessShell: true, exists: only(bundled, '/usr/bin/chromium-headless-shell') })).toBe('/usr/bin/chromium-headless-shell');
    expect(findChromium(env, { exists: only(bundled, '/usr/bin/chromium-headless-shell') })).toBe(bundled);
  });

  it('falls back to a whole Chromium when there is no shell, and CHROMIUM_PATH still wins', () => {
    expect(findChromium(env, { headlessShell: true, exists: only('/usr/bin/chromium') })).toBe('/usr/bin/chromium');
    expect(findChromium({ ...env, CHROMIUM_PATH: '/usr/bin/chromium' }, { headlessShell: true, exists: only(shell, '/usr/bin/chromium') })).toBe('/usr/bin/chromium');
    expect(() => findChromium(env, { headlessShell: true, exists: only() })).toThrow(/no Chromium found/);
  });
});
