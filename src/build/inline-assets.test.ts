import { describe, expect, it } from 'vitest';
import { dataUrl } from './inline-assets.ts';

describe('dataUrl', () => {
  it('encodes a file with its media type', () => {
    expect(dataUrl('favicon-x1.svg', '<svg/>')).toBe('data:image/svg+xml;base64,PHN2Zy8+');
  });

  it('refuses a file it cannot type, instead of shipping a broken link', () => {
    expect(() => dataUrl('notes.md', 'x')).toThrow(/no media type known for notes.md/);
  });
});
