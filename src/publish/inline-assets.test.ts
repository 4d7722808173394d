import { describe, expect, it } from 'vitest';
import { dataUrl, inlineAssetsPlugin } from './inline-assets.ts';

describe('dataUrl', () => {
  it('encodes a file with its media type', () => {
    expect(dataUrl('favicon-x1.svg', '<svg/>')).toBe('data:image/svg+xml;base64,PHN2Zy8+');
  });

  it('refuses a file it cannot type, instead of shipping a broken link', () => {
    expect(() => dataUrl('notes.md', 'x')).toThrow(/no media type known for notes.md/);
  });
});

describe('inlineAssetsPlugin', () => {
  it('inlines the favicon and leaves the stylesheet to vite-plugin-singlefile, which runs after it', () => {
    const page = { type: 'asset', fileName: 'index.html', source: '<link rel="icon" href="./favicon-x.svg"><link rel="stylesheet" href="./style-x.css">' };
    const bundle: Record<string, { type: string; fileName: string; source: string }> = {
      'index.html': page,
      'favicon-x.svg': { type: 'asset', fileName: 'favicon-x.svg', source: '<svg/>' },
      'style-x.css': { type: 'asset', fileName: 'style-x.css', source: 'body{}' },
    };
    const hook = inlineAssetsPlugin().generateBundle as { handler: (options: unknown, bundle: unknown) => void };
    hook.handler({}, bundle);
    expect(page.source).toBe('<link rel="icon" href="data:image/svg+xml;base64,PHN2Zy8+"><link rel="stylesheet" href="./style-x.css">');
    expect(Object.keys(bundle)).toEqual(['index.html', 'style-x.css']);
  });
});
