/** The module the deck plugin (src/deck/plugin.ts) serves; see src/deck/module.ts. */
declare module 'virtual:deck' {
  /**
   * Every slide's `<section>`, the References slide last: from the dev server only, for a hot
   * update. The page's HTML carries the slides (src/deck/page.ts); a build has no string of them.
   */
  export const sections: string | undefined;
  /** [slug, URL] of each slide with a background picture, which the page's HTML leaves out. */
  export const backgrounds: [string, string][];
  export const talk: { title: string; author: string; description: string; lang: string };
}

/** Build-time constant: true in builds that carry speaker notes (dev server, speaker build). */
declare const __DECK_NOTES__: boolean;
