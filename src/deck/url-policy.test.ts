import { describe, expect, it } from 'vitest';
import { judgeUrl } from './url-policy.ts';

const kindOf = (url: string) => {
  const verdict = judgeUrl(url);
  return verdict.allowed ? verdict.kind : 'refused';
};

describe('judgeUrl', () => {
  it.each([
    ['https://example.org/page', 'web'],
    ['HTTP://example.org', 'web'],
    ['mailto:shmt@me.com', 'mail'],
    ['#the-puzzle', 'fragment'],
    ['../assets/art/ship.svg', 'local'],
    ['./notes:draft.md', 'local'],
    ['assets/x.png?v=1#top', 'local'],
  ])('allows %s as %s', (url, kind) => {
    expect(kindOf(url)).toBe(kind);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#0000106;&#0000097;vascript:alert(1)',
    'javascript&colon;alert(1)',
    'jav&#x09;ascript:alert(1)',
    'jav&#x0A;ascript:alert(1)',
    '&amp;#106;avascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
    '//evil.example/x.js',
    '\\\\evil.example\\x',
    '/\\evil.example',
    '/etc/passwd',
    'http:evil',
    'https:/evil',
    'blob:https://example.org/1',
    'java\u200bscript:alert(1)',
    '',
  ])('refuses %j', (url) => {
    expect(kindOf(url)).toBe('refused');
  });

  it('says why and what to do instead', () => {
    expect(judgeUrl('&#106;avascript:alert(1)')).toEqual({
      allowed: false,
      message: 'a "javascript:" URL would run code',
      hint: expect.stringContaining('widget'),
    });
    expect(judgeUrl('data:,x')).toMatchObject({ allowed: false, message: expect.stringContaining('"data:"') });
  });
});
