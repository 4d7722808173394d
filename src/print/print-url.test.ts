import { describe, expect, it } from 'vitest';
import { themeFromSearch } from '../theme/theme.ts';
import { handoutPaper, handoutPerPage, printQuery } from './print-url.ts';

describe('print URL', () => {
  it("asks for reveal.js's print view on the bare canvas", () => {
    expect(printQuery({ fragments: false })).toBe('?print-pdf&margin=0&pdfSeparateFragments=false');
    expect(printQuery({ fragments: true })).toContain('pdfSeparateFragments=true');
  });

  it('carries the handout paper there and back', () => {
    expect(handoutPaper(printQuery({ fragments: false, handout: 'letter' }))).toBe('letter');
    expect(handoutPaper(printQuery({ fragments: false }))).toBeUndefined();
    expect(handoutPaper('?print-pdf&handout=a3')).toBeUndefined();
  });
});

describe('print URL: theme and slides per sheet', () => {
  it('carries the theme there and back', () => {
    expect(themeFromSearch(printQuery({ fragments: false, theme: 'light' }))).toBe('light');
    expect(themeFromSearch(printQuery({ fragments: false }))).toBeUndefined();
  });

  it('carries 2 or 3 slides per handout sheet, and 1 otherwise', () => {
    expect(handoutPerPage(printQuery({ fragments: false, handout: 'a4', perPage: 3 }))).toBe(3);
    expect(handoutPerPage(printQuery({ fragments: false, handout: 'a4', perPage: 1 }))).toBe(1);
    expect(handoutPerPage('?print-pdf&perPage=7')).toBe(1);
  });
});
