/**
 * The deck's one Markdown configuration, and the one lex of each slide block. Everything that
 * reads slide Markdown (the model's citations, pictures and widgets, the raw-HTML and URL
 * checks, the overflow estimate, the renderer) walks the tokens `lexBlock` made, so they never
 * disagree about what is code, prose or HTML.
 */
import { Marked, Renderer, type MarkedOptions, type Token, type Tokens, type TokensList } from 'marked';
import { escapeHtml } from './html.ts';
import type { MarkdownBlock } from './model.ts';
import { lineLocator, placeTokens, type Span } from './token-places.ts';

/**
 * `{Nye 1996@27}`: a key of words and digits, an optional `@page`, on one line. A `{Nye 1996@27`
 * with no `}` before the end of its line is lexed too, so that it can be reported, not shown.
 */
export interface CitationToken {
  type: 'citation';
  raw: string;
  /** The same as `raw`: what the overflow estimate counts as visible text. */
  text: string;
  /** False for an opening brace never closed on its line. */
  closed: boolean;
  /** Normalised key: the text before `@` without spaces (`Nye1996`). */
  key: string;
  /** Page or range after `@`, if any. */
  locator?: string;
}

const CITATION = /^\{([A-Za-z][\w .:-]*?)(?:@([^{}\n]*))?\}/;
const OPENING_BRACE = '{'.charCodeAt(0);
const UNCLOSED_CITATION = /^\{([A-Za-z][\w .:-]*?)(?:@[^{}\n]*)?(?=\n|$)/;

/** A fenced block whose info word names a widget (```matrix): the widget's source, not code to show. */
export interface WidgetToken {
  type: 'widget';
  raw: string;
  /** The widget's kind: the fence's info word. */
  kind: string;
  /** The lines between the fences, as marked gives a code block's text. */
  text: string;
  /** The fence as marked lexed it, so a widget can still be shown as the code it was written as. */
  code: Tokens.Code;
}

/** The widget kinds one lex recognises, given per call like the rendering below. */
interface WidgetLexing extends MarkedOptions {
  widgetKinds?: readonly string[];
}

/** What rendering one block needs beyond its tokens; given per call, as one instance serves every slide. */
export interface BlockRendering {
  /** The URL an image shows, or undefined to keep the href it was written with. */
  imageUrl(image: Tokens.Image): string | undefined;
  /** Images load only as the reader nears them (`loading="lazy"`). */
  lazyImages?: boolean;
  /** How a closed citation reads (`(Nye & Owens, 1996, p. 27)`) and where it links; undefined shows it as written. */
  citation(citation: CitationToken): { text: string; href?: string } | undefined;
  /** The HTML of the widget a widget block places, or undefined to show the block as code. */
  widget(widget: WidgetToken): string | undefined;
}

interface RenderingOptions extends MarkedOptions {
  rendering: BlockRendering;
}
const renderingOf = (options: MarkedOptions): BlockRendering => (options as RenderingOptions).rendering;

/** GitHub-flavoured Markdown with citations, no auto heading ids; configured once, never globally. */
export const markdown = new Marked(
  { gfm: true, breaks: false },
  {
    extensions: [
      {
        name: 'citation',
        level: 'inline',
        start: (src: string) => src.indexOf('{'),
        tokenizer(src: string): CitationToken | undefined {
          // marked asks at every inline position; most are not a brace.
          if (src.charCodeAt(0) !== OPENING_BRACE) return undefined;
          const closed = CITATION.exec(src);
          const match = closed ?? UNCLOSED_CITATION.exec(src);
          if (!match) return undefined;
          return { type: 'citation', raw: match[0], text: match[0], closed: closed !== null, key: match[1]!.replace(/\s+/g, ''), locator: closed?.[2]?.trim() || undefined };
        },
        renderer(token) {
          const citation = token as CitationToken;
          const shown = citation.closed ? renderingOf(this.parser.options).citation(citation) : undefined;
          // Escaped as marked escapes any text, so a citation reads the same as the prose around it.
          const text = this.parser.renderer.text({ type: 'text', raw: citation.raw, text: shown?.text ?? citation.raw, escaped: false });
          if (!shown) return text;
          return `<cite class="citation">${shown.href === undefined ? text : `<a href="${escapeHtml(shown.href)}">${text}</a>`}</cite>`;
        },
      },
      {
        name: 'widget',
        level: 'block',
        tokenizer(src: string): WidgetToken | undefined {
          // marked's own fence tokenizer reads the fence (the lexer gave its options that instance),
          // so a widget block ends exactly where a code block would; only the info word differs.
          const code = this.lexer.options.tokenizer?.fences(src);
          const kind = /^\S*/.exec(code?.lang ?? '')![0];
          const kinds = (this.lexer.options as WidgetLexing).widgetKinds ?? [];
          return code && kinds.includes(kind) ? { type: 'widget', raw: code.raw, kind, text: code.text, code } : undefined;
        },
        renderer(token) {
          const widget = token as WidgetToken;
          return renderingOf(this.parser.options).widget(widget) ?? this.parser.renderer.code(widget.code);
        },
      },
    ],
    renderer: {
      image(image) {
        const rendering = renderingOf(this.options);
        const url = rendering.imageUrl(image);
        if (url === undefined) return false;
        const html = Renderer.prototype.image.call(this, { ...image, href: url });
        // marked writes `<img src=…`; the attribute goes before its own.
        return rendering.lazyImages ? html.replace(/^<img /, '<img loading="lazy" ') : html;
      },
    },
  },
);

/** A slide's Markdown block, lexed once, with where each token was written. */
export interface LexedBlock {
  block: MarkdownBlock;
  /** The widget kinds the lex recognised as `widget` tokens; other fences are `code`. */
  widgetKinds: readonly string[];
  tokens: TokensList;
  /** Where a token stands in `block.markdown`, when it could be placed. */
  span(token: Token): Span | undefined;
  /** File line and 1-based column of a token's first character; the block's start when it could not be placed. */
  at(token: Token): { line: number; column: number };
  /** File line and 1-based column of an offset in `block.markdown`. */
  atOffset(offset: number): { line: number; column: number };
}

/** Each block is lexed once, whoever asks first; the model object is the key, so an edit is a new lex. */
const lexed = new WeakMap<MarkdownBlock, LexedBlock>();

/**
 * The tokens of one block (a slide's body or its notes), lexed on the first call only; a fence
 * whose info word is one of `widgetKinds` is a `widget` token. Asked with other kinds, it lexes again.
 */
export function lexBlock(block: MarkdownBlock, widgetKinds: readonly string[]): LexedBlock {
  const known = lexed.get(block);
  if (known && sameKinds(known.widgetKinds, widgetKinds)) return known;
  const options: WidgetLexing = { ...markdown.defaults, widgetKinds };
  const tokens = markdown.lexer(block.markdown, options);
  // Placed on the first question only: most notes hold nothing that needs a position.
  let spans: Map<Token, Span> | undefined;
  let locate: ReturnType<typeof lineLocator> | undefined;
  const spanOf = (token: Token) => (spans ??= placeTokens(tokens, block.markdown)).get(token);
  const atOffset = (offset: number) => {
    const { line, column } = (locate ??= lineLocator(block.markdown))(offset);
    return { line: block.line + line, column: column + 1 };
  };
  const result: LexedBlock = {
    block,
    widgetKinds,
    tokens,
    span: spanOf,
    at: (token) => {
      const span = spanOf(token);
      return span ? atOffset(span.start) : { line: block.line, column: 1 };
    },
    atOffset,
  };
  lexed.set(block, result);
  return result;
}

const sameKinds = (one: readonly string[], other: readonly string[]) => one.length === other.length && one.every((kind, index) => kind === other[index]);

/** A block's tokens as HTML, rendered by the deck's renderer with this block's pictures, citations and widgets. */
export function renderTokens(tokens: readonly Token[], rendering: BlockRendering): string {
  const options: RenderingOptions = { ...markdown.defaults, rendering };
  return markdown.parser(tokens as Token[], options);
}
