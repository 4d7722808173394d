import { describe, expect, it } from 'vitest';
import { normaliseSiteUrl, socialMeta } from './social-plugin.ts';

const TALK = { title: 'Secrecy & Openness', author: 'Andreas Schmidt', description: 'Why they stay gated.' };

describe('normaliseSiteUrl', () => {
  it('treats the URL as the folder the deck is published in', () => {
    expect(normaliseSiteUrl('https://example.org/talks/secrecy')).toBe('https://example.org/talks/secrecy/');
    expect(normaliseSiteUrl('https://example.org/talks/secrecy/?x=1#/title')).toBe('https://example.org/talks/secrecy/');
  });

  it('refuses what a scraper could not fetch', () => {
    expect(() => normaliseSiteUrl('/talks/secrecy/')).toThrow(/not an absolute http\(s\) URL/);
    expect(() => normaliseSiteUrl('file:///tmp/deck/')).toThrow(/not an absolute http\(s\) URL/);
  });
});

describe('socialMeta', () => {
  it('gives an absolute image URL and the page URL when the site is known', () => {
    const meta = socialMeta(TALK, 'assets/social-preview-abc.png', 'https://example.org/talks/secrecy/');
    expect(meta).toContain('<meta property="og:image" content="https://example.org/talks/secrecy/assets/social-preview-abc.png">');
    expect(meta).toContain('<meta property="og:url" content="https://example.org/talks/secrecy/">');
  });

  it('falls back to a relative image URL and no page URL', () => {
    const meta = socialMeta(TALK, 'assets/social-preview-abc.png', undefined);
    expect(meta).toContain('<meta property="og:image" content="./assets/social-preview-abc.png">');
    expect(meta).not.toContain('og:url');
  });

  it('carries the title, description and a large card, escaped', () => {
    const meta = socialMeta(TALK, 'a.png', undefined);
    expect(meta).toContain('<meta property="og:title" content="Secrecy &#38; Openness">');
    expect(meta).toContain('<meta property="og:description" content="Why they stay gated.">');
    expect(meta).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(meta).toContain('<meta name="twitter:image" content="./a.png">');
  });
});
