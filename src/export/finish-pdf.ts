/**
 * What Chromium cannot put in a PDF: the talk's metadata (slides/talk.yaml as the loader read it for the build, from the build's
 * record) and an outline of one bookmark per slide. Chromium's tags, links and fonts are
 * kept as they are: pdf-lib rewrites the file but carries every object over.
 */
import { PDFDocument } from 'pdf-lib';
import type { ManifestTalk } from '../node/build-manifest.ts';
import { placeBookmarks, type SlideHeading } from './bookmarks.ts';
import { readOutline, writeOutline } from './outline.ts';

/** Names the export in the PDF's Creator field. */
const CREATOR = 'npm run pdf (reveal.js print view, Chromium)';

export interface FinishedPdf {
  bytes: Uint8Array;
  pages: number;
  /** Slides no bookmark could be placed for (none, unless a slide has no heading). */
  unplaced: string[];
}

/** Sets title, author, subject and language, and writes the slide outline. */
export async function finishPdf(
  bytes: Uint8Array,
  talk: ManifestTalk,
  printed: { slides: readonly SlideHeading[]; pageSlides: readonly number[] },
  kind: 'slides' | 'handout',
): Promise<FinishedPdf> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  pdf.setTitle(kind === 'handout' ? `${talk.title} (handout)` : talk.title, { showInWindowTitleBar: true });
  pdf.setAuthor(talk.author);
  pdf.setSubject(talk.description);
  pdf.setLanguage(talk.lang);
  pdf.setCreator(CREATOR);
  const entries = readOutline(pdf);
  const { bookmarks, unplaced } = placeBookmarks(printed.slides, printed.pageSlides, entries.map((entry) => entry.title));
  writeOutline(pdf, bookmarks, entries);
  return { bytes: await pdf.save(), pages: pdf.getPageCount(), unplaced };
}
