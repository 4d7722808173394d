/**
 * The PDF's outline (its bookmarks), rewritten with pdf-lib: one entry per slide, flat and
 * named by the slide's title. Chromium's own outline nests every heading under the title
 * slide's h1 and names entries after wrapped text; it is read here only for where the
 * headings landed (see bookmarks.ts).
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { Bookmark } from './bookmarks.ts';

/** An entry of Chromium's outline: its title and its destination. */
export interface OutlineEntry {
  title: string;
  dest?: PDFArray;
}

/** Chromium's outline entries, depth first, which is document order. */
export function readOutline(pdf: PDFDocument): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const visit = (item: PDFDict | undefined): void => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = node.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText() ?? '';
      entries.push({ title, dest: node.lookupMaybe(PDFName.of('Dest'), PDFArray) });
      visit(node.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
  return entries;
}

/** Replaces the outline with `bookmarks` and asks viewers to open it. */
export function writeOutline(pdf: PDFDocument, bookmarks: readonly Bookmark[], entries: readonly OutlineEntry[]): void {
  const context = pdf.context;
  const pages = pdf.getPages();
  const outlinesRef = context.nextRef();
  const refs = bookmarks.map(() => context.nextRef());
  bookmarks.forEach((bookmark, index) => {
    const target = bookmark.target;
    // A slide page is shown whole; a handout bookmark goes to the heading's place on its sheet.
    const dest = 'page' in target ? context.obj([pages[target.page]!.ref, PDFName.of('Fit')]) : entries[target.entry]?.dest;
    const item = context.obj({ Title: PDFHexString.fromText(bookmark.title), Parent: outlinesRef });
    if (dest) item.set(PDFName.of('Dest'), dest);
    if (index > 0) item.set(PDFName.of('Prev'), refs[index - 1]!);
    if (index < refs.length - 1) item.set(PDFName.of('Next'), refs[index + 1]!);
    context.assign(refs[index]!, item);
  });
  const outlines = context.obj({ Type: 'Outlines', Count: PDFNumber.of(refs.length) });
  if (refs.length > 0) {
    outlines.set(PDFName.of('First'), refs[0] as PDFRef);
    outlines.set(PDFName.of('Last'), refs.at(-1) as PDFRef);
  }
  context.assign(outlinesRef, outlines);
  pdf.catalog.set(PDFName.of('Outlines'), outlinesRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
