/**
 * A build-time guess at whether a slide's content overflows its 1280×720 canvas. It counts the
 * lines the body's text will wrap to at its layout's type size and compares them with the
 * lines the layout has room for below the title. It is an estimate, so it only warns: the
 * browser tests measure the real pixels.
 */
import type { Token, Tokens } from 'marked';
import { lexBlock } from './markdown.ts';
import type { Layout, Slide } from './model.ts';
import { problemAt, type Problem } from './problem.ts';

/** What a layout holds below its title: characters on one line of one column, and lines in all. */
export interface Room {
  charsPerLine: number;
  lines: number;
  /** Lines an image takes (layouts scale pictures to a fixed box). */
  imageLines: number;
}

/**
 * Measured from src/theme/: the canvas is 1280×720 with 72px side and ~104px vertical padding,
 * and the title takes ~110px, leaving ~1136×500px. A line of IBM Plex Sans is about 0.5em wide
 * per character, so e.g. the default 36px text gives 1136 / 18 ≈ 63 characters and
 * 500 / (36 × 1.35) ≈ 10 lines. Multi-column layouts count the lines of all their columns.
 */
export const ROOM: Record<Layout, Room> = {
  default: { charsPerLine: 63, lines: 10, imageLines: 5 },
  // The h1 title is the slide; below it one or two short lines at 34px.
  title: { charsPerLine: 55, lines: 4, imageLines: 3 },
  // Two panels at 46px: a few words each.
  'two-up': { charsPerLine: 22, lines: 8, imageLines: 4 },
  // A 380px cover beside 34px text in ~700px.
  book: { charsPerLine: 40, lines: 11, imageLines: 0 },
  // A 2×2 grid of cards at 40px, ~520px wide: about three lines per card.
  cards: { charsPerLine: 24, lines: 12, imageLines: 3 },
  // Two quotes side by side at 34px in ~470px columns, ~11 lines each; a picture is ≤250px.
  quotes: { charsPerLine: 28, lines: 22, imageLines: 6 },
  // The matrix fills the slide; the widget is counted by `WIDGET_SHARE`.
  matrix: { charsPerLine: 63, lines: 10, imageLines: 5 },
  // A few big words at 40px.
  divider: { charsPerLine: 45, lines: 4, imageLines: 4 },
  // A 28px quoted passage under a small masthead.
  article: { charsPerLine: 78, lines: 14, imageLines: 5 },
  // Three columns of speech balloons at 24px (~330px wide, 30px lines): ~17 lines a column less
  // the balloons' padding.
  cartoon: { charsPerLine: 27, lines: 42, imageLines: 8 },
  // Large 48px lines to copy from the back of the room.
  contact: { charsPerLine: 40, lines: 7, imageLines: 3 },
  // Generated; never written by hand.
  references: { charsPerLine: 80, lines: 16, imageLines: 5 },
};

/** Space between blocks (paragraph margins), as a share of a line. */
const BLOCK_GAP = 0.4;
/** A widget such as the matrix takes most of the room; a caption may still fit. */
const WIDGET_SHARE = 0.8;

/** The estimated number of lines of a slide's body below its title. */
export function estimateLines(slide: Pick<Slide, 'body' | 'layout'>, widgetKinds: readonly string[] = ['matrix']): number {
  const room = ROOM[slide.layout];
  const { tokens } = lexBlock(slide.body, widgetKinds);
  const title = tokens.findIndex((token) => token.type === 'heading');
  const body = tokens.filter((_, index) => index !== title);
  return Math.round(blockLines(body, room) * 10) / 10;
}

function blockLines(tokens: readonly Token[], room: Room): number {
  let lines = 0;
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'hr':
      case 'def':
        break;
      case 'paragraph':
      case 'heading':
      case 'text': {
        const inline = (token as Tokens.Paragraph).tokens ?? [];
        const images = inline.filter((child) => child.type === 'image').length;
        lines += images * room.imageLines + wrapped(visibleText(inline.filter((child) => child.type !== 'image')), room) + BLOCK_GAP;
        break;
      }
      case 'list':
        for (const item of (token as Tokens.List).items) lines += blockLines(item.tokens, room) - BLOCK_GAP / 2;
        lines += BLOCK_GAP;
        break;
      case 'blockquote':
        lines += blockLines((token as Tokens.Blockquote).tokens, room) + BLOCK_GAP;
        break;
      case 'widget':
        lines += room.lines * WIDGET_SHARE;
        break;
      case 'code':
        lines += (token as Tokens.Code).text.split('\n').length + BLOCK_GAP;
        break;
      case 'table':
        lines += (token as Tokens.Table).rows.length + 1 + BLOCK_GAP;
        break;
      default:
        // Raw HTML and anything else: count its text as prose.
        lines += wrapped(token.raw.replace(/<[^>]*>/g, ''), room) + BLOCK_GAP;
    }
  }
  return lines;
}

function wrapped(text: string, room: Room): number {
  const length = text.replace(/\s+/g, ' ').trim().length;
  return length === 0 ? 0 : Math.ceil(length / room.charsPerLine);
}

function visibleText(tokens: readonly Token[]): string {
  return tokens.map((token) => ('tokens' in token && token.tokens ? visibleText(token.tokens) : 'text' in token ? String(token.text) : token.raw)).join('');
}

/** A warning for each slide whose content is likely to overflow its layout. */
export function checkOverflow(slides: readonly Slide[], widgetKinds?: readonly string[]): Problem[] {
  return slides.flatMap((slide) => {
    const lines = estimateLines(slide, widgetKinds);
    const room = ROOM[slide.layout].lines;
    if (lines <= room) return [];
    return [
      problemAt(
        { file: slide.file, line: slide.body.line, column: 1 },
        `slide "${slide.title}" may overflow: its text needs about ${Math.ceil(lines)} lines where the ${slide.layout} layout holds ${room}`,
        'shorten it, split it into two slides, or move detail into the notes',
        'warning',
      ),
    ];
  });
}
