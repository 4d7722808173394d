/** The module the deck plugin (src/deck/plugin.ts) serves; see src/deck/module.ts. */
declare module 'virtual:deck' {
  /** Every slide's `<section>`, the References slide last. */
  export const sections: string;
  export const talk: { title: string; author: string; description: string; lang: string };
}

/** Build-time constant: true in builds that carry speaker notes (dev server, speaker build). */
declare const __DECK_NOTES__: boolean;
