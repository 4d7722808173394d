import { describe, expect, it } from 'vitest';
import { FRONT_MATTER, FRONT_MATTER_NAMES, isImagePath, slugify } from './front-matter.ts';

describe('the front-matter table', () => {
  it('has the keys the README documents', () => {
    expect(FRONT_MATTER_NAMES).toEqual(['title', 'slug', 'layout', 'class', 'timing', 'transition', 'background']);
  });

  it('normalises good values', () => {
    expect(FRONT_MATTER.title.normalise('  The puzzle ')).toEqual({ ok: true, value: 'The puzzle' });
    expect(FRONT_MATTER.class.normalise('wide  emphasis')).toEqual({ ok: true, value: ['wide', 'emphasis'] });
    expect(FRONT_MATTER.timing.normalise('1m30s')).toEqual({ ok: true, value: 90 });
    expect(FRONT_MATTER.background.normalise('#0f1b2d')).toEqual({ ok: true, value: '#0f1b2d' });
  });

  it.each([
    ['title', '', 'title must be non-empty text'],
    ['slug', 'The Puzzle', 'slug "The Puzzle" is not kebab-case'],
    ['layout', 'two-column', 'unknown layout "two-column"'],
    ['class', 'a 1b', 'class "1b" is not a CSS class name'],
    ['timing', -5, 'timing -5 is not a duration'],
    ['transition', 'wipe', 'unknown transition "wipe"'],
    ['background', 'url(x)', 'background "url(x)" is neither a colour nor an image path'],
  ] as const)('rejects a bad %s with a message and a hint', (key, raw, message) => {
    const result = FRONT_MATTER[key].normalise(raw);
    expect(result).toMatchObject({ ok: false, message });
    expect(result.ok ? '' : result.hint).not.toBe('');
  });
});

describe('slugify and isImagePath', () => {
  it('makes deep-link ids from titles', () => {
    expect(slugify('Observations – Gated Openness, naïvely!')).toBe('observations-gated-openness-naively');
  });

  it('tells images from colours', () => {
    expect(isImagePath('../assets/x.SVG')).toBe(true);
    expect(isImagePath('navy')).toBe(false);
  });
});
