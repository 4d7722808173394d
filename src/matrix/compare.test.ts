import { describe, expect, it } from 'vitest';
import { compareMarks, comparisonSentence, comparisonText, listOf } from './compare.ts';

const COLUMNS = ['Distributiveness', 'Openness', 'Socialness'];

describe('compareMarks', () => {
  it('says per column whether the observation meets what the ideal type requires', () => {
    expect(compareMarks(['full', 'full', 'full'], ['partial', 'none', 'full'])).toEqual(['partly', 'missing', 'met']);
    expect(compareMarks(['none', 'none', 'full'], ['partial', 'partial', 'full'])).toEqual(['not-required', 'not-required', 'met']);
  });
});

describe('comparisonSentence', () => {
  it('names what is met, what only partly and what is missing', () => {
    expect(comparisonSentence('Security communities', 'Commons-based peer production', COLUMNS, ['partly', 'missing', 'met'])).toBe(
      'Security communities against commons-based peer production: socialness as required; distributiveness only partly; openness missing.',
    );
  });

  it('says when the ideal type requires nothing', () => {
    expect(comparisonSentence('X', 'Y', COLUMNS, ['not-required', 'not-required', 'not-required'])).toBe('X against y: nothing required.');
  });
});

describe('comparisonText', () => {
  const observed = [{ name: 'Internet security communities', marks: ['partial', 'partial', 'full'] as const }];

  it('asks for a variety when none is selected', () => {
    expect(comparisonText(observed, undefined, COLUMNS)).toBe('Select a variety to set Internet security communities against it.');
  });

  it('sets each observed row against the selected variety', () => {
    expect(comparisonText(observed, { name: 'Peer production', marks: ['full', 'none', 'full'] }, COLUMNS)).toBe(
      'Internet security communities against peer production: socialness as required; distributiveness only partly.',
    );
  });
});

describe('listOf', () => {
  it('joins words as prose', () => {
    expect([listOf([]), listOf(['a']), listOf(['a', 'b']), listOf(['a', 'b', 'c'])]).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });
});
