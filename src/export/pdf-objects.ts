/**
 * Just enough of the PDF format to finish the file Chromium printed without rewriting it: read
 * its cross-reference table, trailer and the few objects the export changes (the catalog, the
 * document information, the page tree, the outline), then append the changed and new objects
 * as an incremental update (PDF 32000-1 §7.5.6). Every byte Chromium wrote stays where it is:
 * its tags, fonts, links and pages are untouched, and nothing is parsed that is not needed.
 *
 * Chromium (Skia) writes a classic cross-reference table and no object streams; a file that
 * has anything else is refused with a clear error rather than misread.
 */

/** A dictionary's entries: the key without its slash, the value as written (`12 0 R`, `(text)`, `[…]`). */
export type PdfDict = Map<string, string>;

const WHITE = /[\0\t\n\f\r ]/;
const DELIMITER = /[\0\t\n\f\r ()<>[\]{}/%]/;

/** A PDF as Chromium printed it, read lazily, with the update to append. */
export class PdfObjects {
  private readonly text: string;
  private readonly offsets = new Map<number, number>();
  private readonly trailer: PdfDict;
  private readonly startxref: number;
  private readonly changed = new Map<number, string>();
  private size: number;

  constructor(private readonly bytes: Uint8Array) {
    // Latin-1 keeps one character per byte, so offsets in the text are offsets in the file.
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    const found = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(this.text);
    if (!found) throw new Error('the printed PDF has no startxref at its end');
    this.startxref = Number(found[1]);
    this.trailer = this.readXref(this.startxref);
    this.size = Number(this.trailer.get('Size'));
  }

  /** The object number of the catalog (`/Root`). */
  get root(): number {
    return refNumber(this.trailer.get('Root'));
  }

  /** The object number of the document information dictionary, if there is one. */
  get info(): number | undefined {
    const info = this.trailer.get('Info');
    return info === undefined ? undefined : refNumber(info);
  }

  /** The dictionary that object `number` is (or, for a stream, starts with). */
  dict(number: number): PdfDict {
    const offset = this.offsets.get(number);
    if (offset === undefined) throw new Error(`the printed PDF has no object ${number}`);
    const header = /^\s*\d+\s+\d+\s+obj\s*/.exec(this.text.slice(offset, offset + 40));
    if (!header) throw new Error(`object ${number} is not where the cross-reference table says`);
    return parseDict(this.text, offset + header[0].length);
  }

  /** The dictionary a value refers to (`12 0 R`), or the dictionary written in place. */
  resolve(value: string | undefined): PdfDict | undefined {
    if (value === undefined) return undefined;
    if (value.startsWith('<<')) return parseDict(value, 0);
    return /^\d+\s+\d+\s+R$/.test(value) ? this.dict(refNumber(value)) : undefined;
  }

  /** A number for a new object. */
  allocate(): number {
    return this.size++;
  }

  /** Sets object `number` to `dict` in the update (a new object, or a new version of an old one). */
  set(number: number, dict: PdfDict): void {
    this.changed.set(number, writeDict(dict));
  }

  /** Sets the document information dictionary (the trailer's `/Info`) to `dict`. */
  setInfo(dict: PdfDict): void {
    const number = this.info ?? this.allocate();
    this.trailer.set('Info', ref(number));
    this.set(number, dict);
  }

  /** The file with the update appended: the original bytes, then the changed objects, their table and a trailer. */
  save(): Uint8Array {
    let tail = '\n';
    const at = new Map<number, number>();
    const numbers = [...this.changed.keys()].sort((a, b) => a - b);
    for (const number of numbers) {
      at.set(number, this.bytes.byteLength + tail.length);
      tail += `${number} 0 obj\n${this.changed.get(number)}\nendobj\n`;
    }
    const xref = this.bytes.byteLength + tail.length;
    tail += 'xref\n';
    // One subsection per run of consecutive numbers; each entry is exactly 20 bytes.
    for (let index = 0; index < numbers.length; ) {
      let end = index;
      while (end + 1 < numbers.length && numbers[end + 1] === numbers[end]! + 1) end++;
      tail += `${numbers[index]} ${end - index + 1}\n`;
      for (let entry = index; entry <= end; entry++) tail += `${String(at.get(numbers[entry]!)).padStart(10, '0')} 00000 n \n`;
      index = end + 1;
    }
    const trailer = new Map(this.trailer);
    trailer.set('Size', String(this.size));
    trailer.set('Prev', String(this.startxref));
    trailer.delete('XRefStm');
    tail += `trailer\n${writeDict(trailer)}\nstartxref\n${xref}\n%%EOF\n`;
    const out = new Uint8Array(this.bytes.byteLength + tail.length);
    out.set(this.bytes, 0);
    out.set(Buffer.from(tail, 'latin1'), this.bytes.byteLength);
    return out;
  }

  private readXref(offset: number): PdfDict {
    if (!this.text.startsWith('xref', offset)) throw new Error('the printed PDF has a cross-reference stream, which this export does not read (expected Chromium\'s classic table)');
    const section = /xref\s+([\s\S]*?)trailer\s*/y;
    section.lastIndex = offset;
    const found = section.exec(this.text);
    if (!found) throw new Error('the printed PDF\'s cross-reference table has no trailer');
    const lines = found[1]!.trim().split(/\s*\n\s*/);
    for (let line = 0; line < lines.length; ) {
      const [first, count] = lines[line++]!.split(/\s+/).map(Number) as [number, number];
      for (let entry = 0; entry < count; entry++, line++) {
        const [place, , kind] = lines[line]!.split(/\s+/);
        if (kind === 'n') this.offsets.set(first + entry, Number(place));
      }
    }
    const trailer = parseDict(this.text, section.lastIndex);
    if (trailer.has('Prev')) throw new Error('the printed PDF was already updated, which this export does not read');
    return trailer;
  }
}

/** The number of a reference `12 0 R`. */
export function refNumber(value: string | undefined): number {
  const found = /^(\d+)\s+\d+\s+R$/.exec(value?.trim() ?? '');
  if (!found) throw new Error(`expected a reference, found ${value}`);
  return Number(found[1]);
}

/** A reference to object `number`. */
export function ref(number: number): string {
  return `${number} 0 R`;
}

/** The references in an array value `[2 0 R 13 0 R]`. */
export function refsIn(array: string | undefined): number[] {
  return [...(array ?? '').matchAll(/(\d+)\s+\d+\s+R/g)].map((found) => Number(found[1]));
}

/** A text string as PDF writes one for any language: UTF-16BE with its byte order mark, in hex. */
export function textString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** A text string's text: literal `(…)` or hex `<…>`, UTF-16BE with a byte order mark or one byte a character. */
export function decodeText(value: string | undefined): string {
  if (value === undefined) return '';
  const bytes = value.startsWith('(') ? literalBytes(value) : hexBytes(value);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.slice(2)).swap16().toString('utf16le');
  return Buffer.from(bytes).toString('latin1');
}

function hexBytes(value: string): number[] {
  const hex = value.slice(1, -1).replace(/\s+/g, '');
  const padded = hex.length % 2 === 0 ? hex : `${hex}0`;
  return padded.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? [];
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

function literalBytes(value: string): number[] {
  const bytes: number[] = [];
  const inner = value.slice(1, -1);
  for (let index = 0; index < inner.length; index++) {
    const char = inner[index]!;
    if (char !== '\\') {
      bytes.push(char.charCodeAt(0));
      continue;
    }
    const next = inner[++index] ?? '';
    const octal = /^[0-7]{1,3}/.exec(inner.slice(index, index + 3));
    if (octal) {
      bytes.push(parseInt(octal[0], 8) & 0xff);
      index += octal[0].length - 1;
    } else if (next === '\r' || next === '\n') {
      if (next === '\r' && inner[index + 1] === '\n') index++;
    } else bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
  }
  return bytes;
}

/** The dictionary `<<…>>` that starts at `start` in `text`. */
function parseDict(text: string, start: number): PdfDict {
  const dict: PdfDict = new Map();
  let index = skipWhite(text, start);
  if (!text.startsWith('<<', index)) throw new Error(`expected a dictionary at ${start}`);
  index += 2;
  for (;;) {
    index = skipWhite(text, index);
    if (text.startsWith('>>', index)) return dict;
    if (text[index] !== '/') throw new Error(`expected a key at ${index}`);
    const keyEnd = nameEnd(text, index + 1);
    const key = text.slice(index + 1, keyEnd);
    const valueStart = skipWhite(text, keyEnd);
    const valueEnd = valueEndAt(text, valueStart);
    dict.set(key, text.slice(valueStart, valueEnd));
    index = valueEnd;
  }
}

function writeDict(dict: PdfDict): string {
  return `<<${[...dict].map(([key, value]) => `/${key} ${value}`).join('\n')}>>`;
}

function skipWhite(text: string, index: number): number {
  while (index < text.length && WHITE.test(text[index]!)) index++;
  return index;
}

function nameEnd(text: string, index: number): number {
  while (index < text.length && !DELIMITER.test(text[index]!)) index++;
  return index;
}

/** Where the value starting at `index` ends: a dictionary, array, string, name, reference or word. */
function valueEndAt(text: string, index: number): number {
  const char = text[index];
  if (text.startsWith('<<', index)) {
    let at = index + 2;
    for (;;) {
      at = skipWhite(text, at);
      if (text.startsWith('>>', at)) return at + 2;
      at = valueEndAt(text, at);
    }
  }
  if (char === '[') {
    let at = index + 1;
    for (;;) {
      at = skipWhite(text, at);
      if (text[at] === ']') return at + 1;
      at = valueEndAt(text, at);
    }
  }
  if (char === '(') {
    let depth = 0;
    for (let at = index; at < text.length; at++) {
      if (text[at] === '\\') at++;
      else if (text[at] === '(') depth++;
      else if (text[at] === ')' && --depth === 0) return at + 1;
    }
    throw new Error(`unterminated string at ${index}`);
  }
  if (char === '<') return text.indexOf('>', index) + 1;
  if (char === '/') return nameEnd(text, index + 1);
  const reference = /\d+\s+\d+\s+R(?![\w])/y;
  reference.lastIndex = index;
  if (reference.exec(text)) return reference.lastIndex;
  const end = nameEnd(text, index);
  if (end === index) throw new Error(`unexpected "${char}" at ${index}`);
  return end;
}
