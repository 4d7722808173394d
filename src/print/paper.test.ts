import { describe, expect, it } from 'vitest';
import { isPaperName, PAPERS, textWidthPx } from './paper.ts';

describe('papers', () => {
  it('knows A4 and Letter by their ISO and ANSI sizes, portrait', () => {
    expect(PAPERS.a4).toMatchObject({ width: 210, height: 297 });
    expect(PAPERS.letter).toMatchObject({ width: 215.9, height: 279.4 });
  });

  it('accepts only the papers it knows', () => {
    expect(isPaperName('a4')).toBe(true);
    expect(isPaperName('letter')).toBe(true);
    expect(isPaperName('A4')).toBe(false);
    expect(isPaperName('toString')).toBe(false);
  });

  it('gives the text width in CSS pixels (96 to the inch) between the side margins', () => {
    // A4: 210 mm less two 16 mm margins is 178 mm, 7.008 in, 672.76 px.
    expect(textWidthPx(PAPERS.a4)).toBeCloseTo(672.76, 1);
    expect(textWidthPx(PAPERS.letter)).toBeCloseTo(((215.9 - 32) / 25.4) * 96, 6);
  });
});
