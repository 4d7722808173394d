/**
 * WOFF 1.0 to a plain OpenType/TrueType font, so resvg (which reads only sfnt fonts) can set
 * the social-preview image in the deck's own IBM Plex from the @fontsource files. WOFF is
 * an sfnt whose tables are each zlib-compressed; undoing that needs only node:zlib.
 * Format: https://www.w3.org/TR/WOFF/
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_SIZE = 44;
const WOFF_TABLE_ENTRY_SIZE = 20;
const SFNT_HEADER_SIZE = 12;
const SFNT_TABLE_RECORD_SIZE = 16;

interface TableEntry {
  tag: number;
  offset: number;
  compLength: number;
  origLength: number;
  origChecksum: number;
}

/** The sfnt font inside a WOFF 1.0 file. Throws on anything else (WOFF2 included). */
export function sfntFromWoff(woff: Buffer): Buffer {
  if (woff.length < WOFF_HEADER_SIZE || woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('woff: not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: TableEntry[] = [];
  for (let index = 0; index < numTables; index++) {
    const at = WOFF_HEADER_SIZE + index * WOFF_TABLE_ENTRY_SIZE;
    tables.push({
      tag: woff.readUInt32BE(at),
      offset: woff.readUInt32BE(at + 4),
      compLength: woff.readUInt32BE(at + 8),
      origLength: woff.readUInt32BE(at + 12),
      origChecksum: woff.readUInt32BE(at + 16),
    });
  }

  const datas = tables.map((table) => {
    const stored = woff.subarray(table.offset, table.offset + table.compLength);
    const data = table.compLength < table.origLength ? inflateSync(stored) : stored;
    if (data.length !== table.origLength) throw new Error('woff: a table does not inflate to its declared length');
    return data;
  });

  const padded = (length: number) => (length + 3) & ~3;
  const directorySize = SFNT_HEADER_SIZE + numTables * SFNT_TABLE_RECORD_SIZE;
  const size = directorySize + datas.reduce((sum, data) => sum + padded(data.length), 0);
  const sfnt = Buffer.alloc(size);
  // The binary-search fields every sfnt header carries, derived from the table count.
  const entrySelector = Math.floor(Math.log2(Math.max(1, numTables)));
  const searchRange = 2 ** entrySelector * 16;
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(numTables, 4);
  sfnt.writeUInt16BE(searchRange, 6);
  sfnt.writeUInt16BE(entrySelector, 8);
  sfnt.writeUInt16BE(numTables * 16 - searchRange, 10);

  let offset = directorySize;
  tables.forEach((table, index) => {
    const data = datas[index]!;
    const record = SFNT_HEADER_SIZE + index * SFNT_TABLE_RECORD_SIZE;
    sfnt.writeUInt32BE(table.tag, record);
    sfnt.writeUInt32BE(table.origChecksum, record + 4);
    sfnt.writeUInt32BE(offset, record + 8);
    sfnt.writeUInt32BE(data.length, record + 12);
    data.copy(sfnt, offset);
    offset += padded(data.length);
  });
  return sfnt;
}
