/**
 * What Chromium cannot put in a PDF: the talk's metadata (slides/talk.yaml as the loader read
 * it for the build, from the build's record) and an outline of one bookmark per slide. Added
 * as an incremental update appended to Chromium's file (pdf-objects.ts), so its tags, links and
 * fonts stay byte for byte as Chromium wrote them and nothing is parsed twice.
 */
import type { ManifestTalk } from '../node/build-manifest.ts';
import { placeBookmarks, type SlideHeading } from './bookmarks.ts';
import { pageNumbers, readOutline, writeOutline } from './outline.ts';
import { PdfObjects, ref, textString, type PdfDict } from './pdf-objects.ts';

/** Names the export in the PDF's Creator field. */
const CREATOR = 'npm run pdf (reveal.js print view, Chromium)';

export interface FinishedPdf {
  bytes: Uint8Array;
  pages: number;
  /** Slides no bookmark could be placed for (none, unless a slide has no heading). */
  unplaced: string[];
}

/** Sets title, author, subject and language, and writes the slide outline. */
export function finishPdf(
  bytes: Uint8Array,
  talk: ManifestTalk,
  printed: { slides: readonly SlideHeading[]; pageSlides: readonly number[] },
  kind: 'slides' | 'handout',
): FinishedPdf {
  const pdf = new PdfObjects(bytes);
  const catalog = pdf.dict(pdf.root);
  const pages = pageNumbers(pdf, catalog);
  const entries = readOutline(pdf, catalog);
  const { bookmarks, unplaced } = placeBookmarks(printed.slides, printed.pageSlides, entries.map((entry) => entry.title));
  const outlines = writeOutline(pdf, pages, bookmarks, entries);
  catalog.set('Outlines', ref(outlines));
  catalog.set('PageMode', '/UseOutlines');
  catalog.set('Lang', textString(talk.lang));
  // The window shows the title rather than the file name.
  catalog.set('ViewerPreferences', '<</DisplayDocTitle true>>');
  pdf.set(pdf.root, catalog);
  // Chromium's own entries (producer, dates) stay; the talk's words are added or replace its.
  const info: PdfDict = pdf.info === undefined ? new Map() : pdf.dict(pdf.info);
  info.set('Title', textString(kind === 'handout' ? `${talk.title} (handout)` : talk.title));
  info.set('Author', textString(talk.author));
  info.set('Subject', textString(talk.description));
  info.set('Creator', textString(CREATOR));
  pdf.setInfo(info);
  return { bytes: pdf.save(), pages: pages.length, unplaced };
}
