import { describe, expect, it } from 'vitest';
import { themeFromSearch, withTheme } from './theme.ts';

const PAGE = '<!doctype html>\n<html lang="en">\n<head><meta name="color-scheme" content="dark"></head>';

describe('themes', () => {
  it('writes the light theme on <html> and in the colour scheme, before any script runs', () => {
    expect(withTheme(PAGE, 'light')).toBe('<!doctype html>\n<html data-theme="light" lang="en">\n<head><meta name="color-scheme" content="light"></head>');
  });

  it('leaves the page as it is in the dark theme, the deck’s default', () => {
    expect(withTheme(PAGE, 'dark')).toBe(PAGE);
  });

  it('reads ?theme= from the address, ignoring names it does not know', () => {
    expect(themeFromSearch('?theme=light')).toBe('light');
    expect(themeFromSearch('?print-pdf&theme=dark')).toBe('dark');
    expect(themeFromSearch('?theme=sepia')).toBeUndefined();
    expect(themeFromSearch('')).toBeUndefined();
  });
});
