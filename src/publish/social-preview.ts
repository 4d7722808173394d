/**
 * The social-preview image (og:image): a 1200×630 card of the title slide, drawn as SVG from
 * the talk's title and author and rendered to PNG by resvg at build time, with no browser.
 * It is set in the deck's own IBM Plex, taken from the @fontsource packages.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Talk } from '../deck/model.ts';
import { escapeHtml } from '../deck/html.ts';
import { sfntFromWoff } from './woff.ts';

/** The size Open Graph and Twitter's large card crop to without loss. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The theme's colours (src/theme/deck.css), repeated because resvg cannot read CSS variables. */
const INK = '#0f1b2d';
const PAPER = '#f4efe6';
const SIGNAL = '#e8a33d';
const TEAL = '#3fb8af';
const LINE = '#8a9bb0';

/** Title type: the largest size whose lines still fit the text column. */
const TITLE_SIZES = [72, 64, 56, 48];
const TITLE_MAX_LINES = 4;
const TITLE_LINE_HEIGHT = 1.12;
/** The text column, left of the network drawing. */
const TEXT_LEFT = 96;
const TEXT_WIDTH = 720;
/** IBM Plex Sans SemiBold's mean advance per character, as a share of the font size (measured on this title). */
const SANS_SEMIBOLD_ADVANCE = 0.56;

/** The font files the card is set in, by @fontsource package and file. */
const FONTS = [
  '@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-600-normal.woff',
  '@fontsource/ibm-plex-mono/files/ibm-plex-mono-latin-500-normal.woff',
];
/**
 * The families as resvg names them: it reads each file's legacy family name, which for a
 * single-weight file includes the weight.
 */
const TITLE_FAMILY = 'IBM Plex Sans SemiBold';
const AUTHOR_FAMILY = 'IBM Plex Mono Medium';

/** Breaks `text` into lines of at most `maxChars` characters, at spaces. */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The title set as large as it fits: its size and its lines. */
export function fitTitle(title: string): { size: number; lines: string[] } {
  for (const size of TITLE_SIZES) {
    const lines = wrapWords(title, Math.floor(TEXT_WIDTH / (size * SANS_SEMIBOLD_ADVANCE)));
    if (lines.length <= TITLE_MAX_LINES) return { size, lines };
  }
  const size = TITLE_SIZES.at(-1)!;
  const lines = wrapWords(title, Math.floor(TEXT_WIDTH / (size * SANS_SEMIBOLD_ADVANCE)));
  return { size, lines: [...lines.slice(0, TITLE_MAX_LINES - 1), `${lines.slice(TITLE_MAX_LINES - 1).join(' ')}`] };
}

/**
 * The card as SVG: the title slide's amber edge and type, with the book cover's network on
 * the right: open teal nodes joined through one narrow gate to amber ones fenced in a box.
 */
export function socialPreviewSvg(talk: Pick<Talk, 'title' | 'author'>): string {
  const { size, lines } = fitTitle(talk.title);
  const lineHeight = Math.round(size * TITLE_LINE_HEIGHT);
  const titleTop = 150;
  const title = lines
    .map((line, index) => `<text x="${TEXT_LEFT}" y="${titleTop + index * lineHeight}">${escapeHtml(line)}</text>`)
    .join('');
  const ruleY = titleTop + (lines.length - 1) * lineHeight + 52;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">
<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="${INK}"/>
<rect width="24" height="${PREVIEW_HEIGHT}" fill="${SIGNAL}"/>
<g transform="translate(850 110)" stroke-linecap="round">
  <g stroke="${LINE}" stroke-width="3">
    <line x1="40" y1="60" x2="130" y2="20"/><line x1="130" y1="20" x2="90" y2="160"/>
    <line x1="40" y1="60" x2="90" y2="160"/><line x1="90" y1="160" x2="50" y2="290"/>
    <line x1="50" y1="290" x2="220" y2="290"/><line x1="220" y1="290" x2="270" y2="220"/>
    <line x1="270" y1="220" x2="260" y2="350"/><line x1="260" y1="350" x2="220" y2="290"/>
  </g>
  <path d="M160 272 V180 H310 V390 H160 V308" fill="none" stroke="${SIGNAL}" stroke-width="5" stroke-linejoin="round"/>
  <g fill="${TEAL}"><circle cx="40" cy="60" r="13"/><circle cx="130" cy="20" r="13"/><circle cx="90" cy="160" r="13"/><circle cx="50" cy="290" r="13"/></g>
  <g fill="${SIGNAL}"><circle cx="220" cy="290" r="13"/><circle cx="270" cy="220" r="13"/><circle cx="260" cy="350" r="13"/></g>
</g>
<g font-family="${TITLE_FAMILY}" font-size="${size}" fill="${PAPER}">${title}</g>
<rect x="${TEXT_LEFT}" y="${ruleY}" width="96" height="6" fill="${SIGNAL}"/>
<text x="${TEXT_LEFT}" y="${ruleY + 72}" font-family="${AUTHOR_FAMILY}" font-size="36" fill="${SIGNAL}">${escapeHtml(talk.author)}</text>
</svg>`;
}

/** Renders the card to PNG with the deck's fonts (decoded from WOFF for resvg). */
export function renderSocialPreview(talk: Pick<Talk, 'title' | 'author'>): Buffer {
  const require = createRequire(import.meta.url);
  const fontDir = mkdtempSync(join(tmpdir(), 'deck-social-'));
  try {
    const fontFiles = FONTS.map((font, index) => {
      const file = join(fontDir, `${index}.otf`);
      writeFileSync(file, sfntFromWoff(readFileSync(require.resolve(font))));
      return file;
    });
    const resvg = new Resvg(socialPreviewSvg(talk), {
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: TITLE_FAMILY },
      fitTo: { mode: 'width', value: PREVIEW_WIDTH },
      logLevel: 'warn',
    });
    return resvg.render().asPng();
  } finally {
    rmSync(fontDir, { recursive: true, force: true });
  }
}
