/**
 * Where each slide's bookmark points. Pure: the PDF parts are in outline.ts.
 *
 * On slide pages the export knows which page shows which slide. On handout pages only
 * Chromium's pagination knows where a slide's sheet landed, so the bookmark borrows the place
 * of the slide's heading from the outline Chromium built out of the document's headings.
 */

/** What the page reported about a slide (see render-pdf.ts). */
export interface SlideHeading {
  title: string;
  /** The text of the slide's first heading, or '' when it has none. */
  heading: string;
}

/** Where a bookmark goes: a page (0-based), or the place of one of Chromium's entries. */
export type BookmarkTarget = { page: number } | { entry: number };

export interface Bookmark {
  title: string;
  target: BookmarkTarget;
}

/**
 * One bookmark per slide, in order. `pageSlides` gives each page's slide (empty for a
 * handout); `entries` are the titles of Chromium's outline entries in document order.
 * Slides that cannot be placed are returned in `unplaced` rather than guessed.
 */
export function placeBookmarks(
  slides: readonly SlideHeading[],
  pageSlides: readonly number[],
  entries: readonly string[],
): { bookmarks: Bookmark[]; unplaced: string[] } {
  const bookmarks: Bookmark[] = [];
  const unplaced: string[] = [];
  let after = -1;
  slides.forEach((slide, index) => {
    if (pageSlides.length > 0) {
      const page = pageSlides.indexOf(index);
      if (page === -1) unplaced.push(slide.title);
      else bookmarks.push({ title: slide.title, target: { page } });
      return;
    }
    // Headings come in document order, so a slide's heading is after the previous slide's.
    const wanted = comparable(slide.heading);
    const entry = wanted === '' ? -1 : entries.findIndex((title, at) => at > after && comparable(title) === wanted);
    if (entry === -1) {
      unplaced.push(slide.title);
      return;
    }
    after = entry;
    bookmarks.push({ title: slide.title, target: { entry } });
  });
  return { bookmarks, unplaced };
}

/**
 * Chromium names an entry after the heading's text as laid out, dropping the space where a
 * line wraps ("Internet SecurityCommunities"), so headings are compared without white space.
 */
function comparable(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}
