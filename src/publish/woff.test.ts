import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sfntFromWoff } from './woff.ts';

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/ibm-plex-sans/files/${file}`));

/** The sfnt table directory: tag, offset and length of each table. */
function tables(sfnt: Buffer) {
  return Array.from({ length: sfnt.readUInt16BE(4) }, (_, index) => {
    const at = 12 + index * 16;
    return { tag: sfnt.toString('latin1', at, at + 4), offset: sfnt.readUInt32BE(at + 8), length: sfnt.readUInt32BE(at + 12) };
  });
}

describe('sfntFromWoff', () => {
  const woff = font('ibm-plex-sans-latin-600-normal.woff');
  const sfnt = sfntFromWoff(woff);

  it('keeps the flavour and every table of the WOFF', () => {
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(tables(sfnt).map((table) => table.tag)).toEqual(expect.arrayContaining(['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'post']));
    expect(tables(sfnt)).toHaveLength(woff.readUInt16BE(12));
  });

  it('inflates the tables to their original bytes, 4-byte aligned', () => {
    const head = tables(sfnt).find((table) => table.tag === 'head')!;
    expect(head.offset % 4).toBe(0);
    // The head table's magic number, which only a correctly inflated table has.
    expect(sfnt.readUInt32BE(head.offset + 12)).toBe(0x5f0f3cf5);
  });

  it('refuses WOFF2, which needs more than zlib', () => {
    expect(() => sfntFromWoff(font('ibm-plex-sans-latin-600-normal.woff2'))).toThrow(/not a WOFF 1.0 file/);
  });
});
