import { describe, expect, it } from 'vitest';
import { isLocal } from './page-load.ts';

describe('isLocal', () => {
  it('accepts the loopback hosts the bench serves on, on any port', () => {
    expect(['http://127.0.0.1:4731/', 'http://localhost:5731/assets/a.js', 'http://[::1]:80/'].map(isLocal)).toEqual([true, true, true]);
  });

  it('accepts inline URLs that never reach a network', () => {
    expect(['data:image/svg+xml,<svg/>', 'blob:http://127.0.0.1/abc', 'about:blank'].map(isLocal)).toEqual([true, true, true]);
  });

  it('refuses any other host, a CDN as much as a look-alike', () => {
    expect(['https://cdn.jsdelivr.net/npm/reveal.js/dist/reveal.mjs', 'https://fonts.googleapis.com/css', 'http://127.0.0.1.example.com/'].map(isLocal)).toEqual([false, false, false]);
  });
});
