import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from './suggest.ts';

describe('closest and didYouMean', () => {
  it('finds a typo, ignoring case', () => {
    expect(closest('tranistion', ['title', 'transition'])).toBe('transition');
    expect(closest('Layout', ['layout'])).toBe('layout');
  });

  it('finds a shortened or lengthened word', () => {
    expect(closest('language', ['title', 'lang'])).toBe('lang');
  });

  it('says nothing for a word that is not close, and lists the choices instead', () => {
    expect(closest('speaker', ['title', 'slug'])).toBeUndefined();
    expect(didYouMean('speaker', ['title', 'slug'], 'known keys are')).toBe('known keys are: title, slug');
    expect(didYouMean('slgu', ['title', 'slug'], 'known keys are')).toBe('did you mean "slug"?');
  });
});
