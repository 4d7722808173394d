import { chromium } from 'playwright';
import { describe, expect, it } from 'vitest';
import { findChromium, playwrightChromium } from './chromium-path.ts';

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
