/**
 * The speaker's notes as probes a test can look for in built files: taken through the deck's
 * own loader and renderer (so the References slide's generated note counts too), cut into
 * word runs that survive any way a bundler may quote or escape a string.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderDeck } from '../../src/deck/deck.ts';
import { loadDeck } from '../../src/deck/load.ts';
import { WIDGET_SOURCES } from '../../src/widgets/sources.ts';

/** One slide's notes as plain text. */
export interface SlideNotes {
  slug: string;
  text: string;
  /** Word runs of the notes that the audience's slide text does not also contain. */
  probes: string[];
}

const SECTION = /<section\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/section>/g;
const NOTES = /<aside class="notes">([\s\S]*?)<\/aside>/;
const TAG = /<[^>]+>/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/**
 * Runs of at least four plain words on one line. Punctuation, curly quotes and line breaks
 * end a run, since a bundler may escape them; four words are rarely shared by chance.
 */
const WORD_RUN = /[A-Za-z0-9]+(?: [A-Za-z0-9]+){3,}/g;

function plainText(html: string): string {
  return html.replace(TAG, ' ').replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);
}

/** Every slide's notes, as the speaker build renders them, with probes for each. */
export function speakerNotes(root = '.'): SlideNotes[] {
  const loaded = loadDeck(root, WIDGET_SOURCES);
  if (!loaded.deck) throw new Error(`the deck does not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
  const url = (path: string) => path;
  // What the audience sees: the slides' text and the words in the pictures they show (a
  // note may quote a poster's caption that the slide shows anyway).
  const pictures = [...new Set(loaded.deck.slides.flatMap((slide) => [...slide.assets, ...(slide.backgroundAsset ? [slide.backgroundAsset] : [])]))]
    .filter((asset) => asset.path.endsWith('.svg'))
    .map((asset) => plainText(readFileSync(join(root, asset.path), 'utf8')));
  const audienceText = [plainText(renderDeck(loaded.deck, { notes: false, assetUrl: url })), ...pictures].join('\n');
  const withNotes = renderDeck(loaded.deck, { notes: true, assetUrl: url });
  return [...withNotes.matchAll(SECTION)].flatMap(([, slug, body]) => {
    const notes = NOTES.exec(body!)?.[1];
    if (notes === undefined) return [];
    const text = plainText(notes);
    const probes = [...new Set(text.split('\n').flatMap((line) => line.match(WORD_RUN) ?? []))].filter((run) => !audienceText.includes(run));
    return [{ slug: slug!, text, probes }];
  });
}

/** Every file under `dir`, with its path relative to `dir`. */
export function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ path: relative(dir, file), bytes: readFileSync(file) }));
}
