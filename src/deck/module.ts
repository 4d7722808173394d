/**
 * The source of the `virtual:deck` module. The slides themselves are in the page's HTML
 * (src/deck/page.ts); the module carries what the page cannot: the talk's title and names, the
 * slides' background pictures and, from the dev server only, the sections again for a hot
 * update. Asset URLs are left to Vite: each asset becomes an `import … ?url`, so it is hashed,
 * copied (or inlined) and relocated with the rest of the build.
 */
import { renderDeck, type Deck } from './deck.ts';

/**
 * Brackets an asset's index in the rendered HTML until it is replaced by the imported URL.
 * Plain URL-safe characters, because marked percent-encodes anything else in an href.
 */
const ASSET_MARK = '__deck_asset__';

/** What the browser entry imports from `virtual:deck`. */
export interface DeckModule {
  /** Every slide's `<section>`: from the dev server only, for a hot update; undefined in the builds. */
  sections: string | undefined;
  /** [slug, URL] of each slide with a background picture. */
  backgrounds: [string, string][];
  talk: { title: string; author: string; description: string; lang: string };
}

export interface DeckModuleOptions {
  notes: boolean;
  root: string;
  /** Carry the sections as a string: the dev server's hot update needs them, a build does not. */
  sections: boolean;
}

/** The JavaScript source of the virtual module. */
export function deckModuleSource(deck: Deck, options: DeckModuleOptions): string {
  const assets: string[] = [];
  const assetUrl = (path: string) => {
    let index = assets.indexOf(path);
    if (index === -1) index = assets.push(path) - 1;
    return `${ASSET_MARK}${index}${ASSET_MARK}`;
  };
  // As the page has them (src/deck/page.ts), so a saved slide swaps in the same HTML.
  const sections = options.sections ? renderDeck(deck, { notes: options.notes, assetUrl, lazyPictures: true }) : undefined;
  const backgrounds = deck.slides.flatMap((slide) => (slide.backgroundAsset ? [`[${JSON.stringify(slide.slug)}, ${withAssets(assetUrl(slide.backgroundAsset.path))}]`] : []));
  const imports = assets.map((path, index) => `import asset${index} from ${JSON.stringify(`${options.root.replace(/\/?$/, '/')}${path}?url`)};`);
  const { title, author, description, lang } = deck.talk;
  return [
    ...imports,
    `export const sections = ${sections === undefined ? 'undefined' : withAssets(sections)};`,
    `export const backgrounds = [${backgrounds.join(', ')}];`,
    `export const talk = ${JSON.stringify({ title, author, description, lang })};`,
  ].join('\n');
}

/** A JavaScript expression for `text`, each asset mark replaced by its imported URL. */
function withAssets(text: string): string {
  return text
    .split(ASSET_MARK)
    .map((part, index) => (index % 2 === 1 ? `asset${part}` : JSON.stringify(part)))
    .join(' + ');
}
