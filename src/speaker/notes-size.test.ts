import { describe, expect, it } from 'vitest';
import { changedSize, DEFAULT_NOTES_PX, fitRange, NOTES_SIZE_STEP, rememberedSize } from './notes-size.ts';

describe('the notes size', () => {
  it('starts at 28 px, within the 24 px issue 14 asks for at the least, even when fitted', () => {
    expect(rememberedSize(null)).toBe(DEFAULT_NOTES_PX);
    expect(fitRange(DEFAULT_NOTES_PX)).toEqual({ smallest: 24, largest: 28 });
  });

  it('takes a remembered size, rounded and within its limits, and ignores one that is not a size', () => {
    expect(rememberedSize('33')).toBe(33);
    expect(rememberedSize('32.6')).toBe(33);
    expect(rememberedSize('1000')).toBe(73);
    expect(rememberedSize('4')).toBe(18);
    for (const junk of ['', 'big', '-5', '0', 'NaN', 'Infinity']) expect(rememberedSize(junk), junk).toBe(DEFAULT_NOTES_PX);
  });

  it('keeps + and − within their limits', () => {
    expect(changedSize(28, NOTES_SIZE_STEP)).toBe(33);
    expect(changedSize(73, NOTES_SIZE_STEP)).toBe(73);
    expect(changedSize(18, -NOTES_SIZE_STEP)).toBe(18);
  });

  it('fits notes within less than a step, so + always sets them larger and − smaller, fitted or not', () => {
    for (let px = 18; px + NOTES_SIZE_STEP <= 73; px++) {
      const larger = fitRange(changedSize(px, NOTES_SIZE_STEP));
      expect(larger.smallest, `from ${px} px`).toBeGreaterThan(fitRange(px).largest);
    }
  });
});
