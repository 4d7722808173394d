import { describe, expect, it } from 'vitest';
import { handoutPaper, printQuery } from './print-url.ts';

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
