import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration.ts';

describe('parseDuration', () => {
  it.each([
    [90, 90],
    ['90', 90],
    ['90s', 90],
    ['2m', 120],
    ['1m30s', 90],
    ['20min', 1200],
  ] as const)('reads %j as %i seconds', (raw, seconds) => {
    expect(parseDuration(raw)).toBe(seconds);
  });

  it.each([0, -1, '', 'half an hour', '1h', null, '0m'])('rejects %j', (raw) => {
    expect(parseDuration(raw)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it('writes minutes and seconds as the front matter does', () => {
    expect([45, 60, 95, 1500].map(formatDuration)).toEqual(['45s', '1m', '1m35s', '25m']);
  });
});
