/**
 * The PDF's outline (its bookmarks), written as an incremental update (pdf-objects.ts): one
 * entry per slide, flat and named by the slide's title. Chromium's own outline nests every
 * heading under the title slide's h1 and names entries after wrapped text; it is read here
 * only for where the headings landed (see bookmarks.ts).
 */
import type { Bookmark } from './bookmarks.ts';
import { decodeText, ref, refsIn, textString, type PdfDict, type PdfObjects } from './pdf-objects.ts';

/** An entry of Chromium's outline: its title and its destination as written. */
export interface OutlineEntry {
  title: string;
  dest?: string;
}

/** The pages' object numbers in order, from the page tree under the catalog. */
export function pageNumbers(pdf: PdfObjects, catalog: PdfDict): number[] {
  const pages: number[] = [];
  const visit = (number: number): void => {
    const node = pdf.dict(number);
    if (node.get('Type') === '/Pages') for (const kid of refsIn(node.get('Kids'))) visit(kid);
    else pages.push(number);
  };
  for (const root of refsIn(catalog.get('Pages'))) visit(root);
  return pages;
}

/** Chromium's outline entries, depth first, which is document order. */
export function readOutline(pdf: PdfObjects, catalog: PdfDict): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const visit = (item: PdfDict | undefined): void => {
    for (let node = item; node; node = pdf.resolve(node.get('Next'))) {
      entries.push({ title: decodeText(node.get('Title')), dest: node.get('Dest') });
      visit(pdf.resolve(node.get('First')));
    }
  };
  visit(pdf.resolve(pdf.resolve(catalog.get('Outlines'))?.get('First')));
  return entries;
}

/** Writes `bookmarks` as the outline; returns the outline's object number for the catalog. */
export function writeOutline(pdf: PdfObjects, pages: readonly number[], bookmarks: readonly Bookmark[], entries: readonly OutlineEntry[]): number {
  const outlines = pdf.allocate();
  const items = bookmarks.map(() => pdf.allocate());
  bookmarks.forEach((bookmark, index) => {
    const target = bookmark.target;
    // A slide page is shown whole; a handout bookmark goes to the heading's place on its sheet.
    const dest = 'page' in target ? `[${ref(pages[target.page]!)} /Fit]` : entries[target.entry]?.dest;
    const item: PdfDict = new Map([['Title', textString(bookmark.title)], ['Parent', ref(outlines)]]);
    if (dest) item.set('Dest', dest);
    if (index > 0) item.set('Prev', ref(items[index - 1]!));
    if (index < items.length - 1) item.set('Next', ref(items[index + 1]!));
    pdf.set(items[index]!, item);
  });
  const root: PdfDict = new Map([['Type', '/Outlines'], ['Count', String(items.length)]]);
  if (items.length > 0) {
    root.set('First', ref(items[0]!));
    root.set('Last', ref(items.at(-1)!));
  }
  pdf.set(outlines, root);
  return outlines;
}
