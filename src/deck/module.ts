/**
 * Turns rendered sections into the source of the `virtual:deck` module. Asset URLs are left to
 * Vite: each asset becomes an `import … ?url`, so it is hashed, copied (or inlined) and
 * relocated with the rest of the build.
 */
import { renderDeck, type Deck } from './deck.ts';

/**
 * Brackets an asset's index in the rendered HTML until it is replaced by the imported URL.
 * Plain URL-safe characters, because marked percent-encodes anything else in an href.
 */
const ASSET_MARK = '__deck_asset__';

/** What the browser entry imports from `virtual:deck`. */
export interface DeckModule {
  sections: string;
  talk: { title: string; author: string; description: string; lang: string };
}

/** The JavaScript source of the virtual module. */
export function deckModuleSource(deck: Deck, options: { notes: boolean; root: string }): string {
  const assets: string[] = [];
  const html = renderDeck(deck, {
    notes: options.notes,
    assetUrl: (path) => {
      let index = assets.indexOf(path);
      if (index === -1) index = assets.push(path) - 1;
      return `${ASSET_MARK}${index}${ASSET_MARK}`;
    },
  });
  const imports = assets.map((path, index) => `import asset${index} from ${JSON.stringify(`${options.root.replace(/\/?$/, '/')}${path}?url`)};`);
  const parts = html.split(ASSET_MARK).map((part, index) => (index % 2 === 1 ? `asset${part}` : JSON.stringify(part)));
  const { title, author, description, lang } = deck.talk;
  return [
    ...imports,
    `export const sections = ${parts.join(' + ')};`,
    `export const talk = ${JSON.stringify({ title, author, description, lang })};`,
  ].join('\n');
}
