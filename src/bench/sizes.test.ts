import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesIn, kindOf, measureFiles } from './sizes.ts';

describe('kindOf', () => {
  it('counts scripts, stylesheets and fonts by extension and everything else as other', () => {
    expect(['a.js', 'b.mjs', 'c.css', 'd.woff2', 'e.WOFF', 'f.svg', 'index.html', 'g.png'].map(kindOf)).toEqual(['js', 'js', 'css', 'fonts', 'fonts', 'other', 'other', 'other']);
  });
});

describe('measureFiles', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('adds raw and gzip bytes per kind and in total', () => {
    writeFileSync(join(folder, 'a.js'), 'x'.repeat(1000));
    writeFileSync(join(folder, 'b.css'), 'body{}');
    const sizes = measureFiles(filesIn(folder));
    expect(sizes.js).toMatchObject({ raw: 1000, files: 1 });
    expect(sizes.js.gzip).toBeLessThan(100);
    expect(sizes.css).toMatchObject({ raw: 6, files: 1 });
    expect(sizes.fonts).toEqual({ raw: 0, gzip: 0, files: 0 });
    expect(sizes.total.raw).toBe(1006);
    expect(sizes.total.gzip).toBe(sizes.js.gzip + sizes.css.gzip);
  });
});
