/**
 * Raw HTML that would break the page. Markdown passes HTML through untouched, and the deck puts
 * every slide into one `.slides` element, so a stray `</section>`, a tag that never closes or an
 * open comment spills into the slides after it, and a `<script>` or `onclick` runs code the deck
 * never meant to run. parse5 tokenises the HTML as a browser would (attributes, quotes, comments,
 * raw-text elements) and gives every tag its line and column; this module matches the tags.
 * Pure: text in, problems out.
 */
import { ErrorCodes, Tokenizer, TokenizerMode, type TokenHandler, type Token } from 'parse5';
import { closesFence, openingFence, type Fence } from './fence.ts';
import type { MarkdownBlock } from './model.ts';
import { problemAt, type Problem, type SourcePosition } from './problem.ts';

/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag HTML lets an author leave out: not closing them harms nothing. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'rtc', 'colgroup', 'caption']);
/** Inside these, `<x/>` closes itself (SVG and MathML are XML-like); in HTML it does not. */
const FOREIGN_ROOTS = new Set(['svg', 'math']);
/** Start tags after which the tokenizer reads text, not tags, until the matching end tag. */
const TEXT_STATES: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

const RUNS_CODE = 'remove it: interaction belongs in a widget under src/widgets/';
const LOADS_PAGE = { message: (tag: string) => `an <${tag}> would load another page into the slide`, hint: 'the deck makes no request to other hosts: show a picture from assets/ and link to the page instead' };
const PAGE_HEAD = { message: (tag: string) => `a <${tag}> element belongs in the page head, not in a slide`, hint: 'remove it: styles and fonts come from src/theme/' };
const PAGE_FRAME = { message: (tag: string) => `a <${tag}> tag does not belong in a slide`, hint: 'remove it: the loader writes the page around the slides' };

/** Elements a slide may not contain, with why and what to do instead. */
const FORBIDDEN: Record<string, { message: (tag: string) => string; hint: string }> = {
  script: { message: () => 'a <script> element would run code inside the slide', hint: RUNS_CODE },
  style: {
    message: () => 'a <style> element would restyle the whole deck, not only this slide',
    hint: 'put the rule in src/theme/ and choose it with "layout:" or "class:" in the front matter',
  },
  section: {
    message: () => 'a <section> inside a slide becomes a separate reveal.js slide',
    hint: 'start a new slide file for a new slide, or group content with a <div>',
  },
  iframe: LOADS_PAGE,
  frame: LOADS_PAGE,
  object: LOADS_PAGE,
  embed: LOADS_PAGE,
  link: PAGE_HEAD,
  meta: PAGE_HEAD,
  base: PAGE_HEAD,
  html: PAGE_FRAME,
  head: PAGE_FRAME,
  body: PAGE_FRAME,
};

/** `onclick`, `onload`, …: event handler attributes. */
const EVENT_HANDLER = /^on[a-z]+$/i;
/** A URL that runs script; browsers ignore leading spaces and case. */
const SCRIPT_URL = /^\s*(?:javascript|vbscript):/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/** Markdown that looks like tags but is not HTML: code spans, autolinks, `\<`. */
const CODE_SPAN = /(`+)(?:(?!\1)[^])*?\1/g;
const AUTOLINK = /<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/g;
const ESCAPED = /\\[<&]/g;
/** An unfinished tag at the end of the text: `<div class="x"` with no `>`. */
const UNFINISHED_TAG = /<\/?[A-Za-z][^>]*$/;

interface OpenElement {
  tag: string;
  at: SourcePosition;
  /** Inside `<svg>` or `<math>`, where `<x/>` closes itself. */
  foreign: boolean;
}

/** Problems with the raw HTML in one Markdown block (a slide's body or its notes). */
export function checkRawHtml(block: MarkdownBlock, file: string): Problem[] {
  if (!block.markdown.includes('<')) return [];
  const text = maskMarkdown(block.markdown);
  const problems: Problem[] = [];
  const open: OpenElement[] = [];
  const at = (line: number, column: number): SourcePosition => ({ file, line: block.line + line - 1, column });
  const atOffset = (offset: number): SourcePosition => {
    const before = text.slice(0, offset).split('\n');
    return at(before.length, before.at(-1)!.length + 1);
  };

  const onStartTag = (token: Token.TagToken) => {
    const tag = token.tagName;
    const where = at(token.location!.startLine, token.location!.startCol);
    const forbidden = FORBIDDEN[tag];
    if (forbidden) problems.push(problemAt(where, forbidden.message(tag), forbidden.hint));
    problems.push(...checkAttributes(token, at));
    const textState = TEXT_STATES[tag];
    if (textState !== undefined) tokenizer.state = textState;
    const foreign = FOREIGN_ROOTS.has(tag) || (open.at(-1)?.foreign ?? false);
    if (VOID.has(tag) || (foreign && token.selfClosing)) return;
    open.push({ tag, at: where, foreign });
  };

  const onEndTag = (token: Token.TagToken) => {
    const tag = token.tagName;
    const where = at(token.location!.startLine, token.location!.startCol);
    const index = open.findLastIndex((element) => element.tag === tag);
    if (index === -1) {
      problems.push(
        tag === 'section'
          ? problemAt(where, '</section> would end the slide early', "remove it: the loader writes each slide's <section> itself")
          : problemAt(where, `</${tag}> closes no element that is open`, `remove it, or open a <${tag}> before it`),
      );
      return;
    }
    // Elements still open inside the one this tag closes were never closed themselves.
    for (const inner of open.splice(index).slice(1))
      if (!OPTIONAL_END.has(inner.tag))
        problems.push(problemAt(inner.at, `<${inner.tag}> is never closed`, `add </${inner.tag}> before the </${tag}> on line ${where.line}`));
  };

  const handler: TokenHandler = {
    onStartTag,
    onEndTag,
    onComment: () => undefined,
    onDoctype: () => undefined,
    onCharacter: () => undefined,
    onNullCharacter: () => undefined,
    onWhitespaceCharacter: () => undefined,
    onEof: () => undefined,
    onParseError: (error) => {
      if (error.code === ErrorCodes.eofInTag) {
        const start = text.search(UNFINISHED_TAG);
        const tagText = text.slice(start).split(/\s/)[0]!;
        problems.push(problemAt(atOffset(Math.max(0, start)), `the tag ${tagText} is never finished with ">"`, 'add ">" at the end of the tag'));
      } else if (error.code === ErrorCodes.eofInComment) {
        problems.push(problemAt(atOffset(Math.max(0, text.lastIndexOf('<!--'))), 'an HTML comment is never closed', 'end it with "-->": an open comment hides everything after it'));
      }
    },
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(text, true);

  for (const element of open)
    if (!OPTIONAL_END.has(element.tag))
      problems.push(problemAt(element.at, `<${element.tag}> is never closed`, `add </${element.tag}> where the element should end`));
  return problems.sort((a, b) => a.line - b.line || (a.column ?? 1) - (b.column ?? 1));
}

/** Attributes that run code, and raw images that the build would not copy. */
function checkAttributes(token: Token.TagToken, at: (line: number, column: number) => SourcePosition): Problem[] {
  const problems: Problem[] = [];
  for (const attribute of token.attrs) {
    const place = token.location!.attrs?.[attribute.name] ?? token.location!;
    const where = at(place.startLine, place.startCol);
    if (EVENT_HANDLER.test(attribute.name))
      problems.push(problemAt(where, `the ${attribute.name} attribute on <${token.tagName}> would run code`, RUNS_CODE));
    else if (URL_ATTRIBUTES.has(attribute.name) && SCRIPT_URL.test(attribute.value))
      problems.push(problemAt(where, `a "${attribute.value.trim().split(':')[0]}:" URL would run code`, RUNS_CODE));
    else if (token.tagName === 'img' && attribute.name === 'src')
      problems.push(
        REMOTE.test(attribute.value)
          ? problemAt(where, `image "${attribute.value}" is on another host`, 'copy the picture into assets/ and link it relatively: the deck makes no request to other hosts')
          : problemAt(where, 'a raw <img> is not bundled with the deck', `write it as Markdown, ![what it shows](${attribute.value}), so the build copies and checks the file`),
      );
  }
  return problems;
}

/**
 * Blanks out what Markdown shows as text although it looks like tags: fenced code, code spans,
 * autolinks and `\<`. Lengths and line breaks stay, so positions still point into the file.
 */
export function maskMarkdown(markdown: string): string {
  let fence: Fence | undefined;
  const blank = (text: string) => ' '.repeat(text.length);
  return markdown
    .split('\n')
    .map((line) => {
      if (fence) {
        if (closesFence(line, fence)) fence = undefined;
        return blank(line);
      }
      fence = openingFence(line);
      if (fence) return blank(line);
      return line.replace(CODE_SPAN, blank).replace(AUTOLINK, blank).replace(ESCAPED, blank);
    })
    .join('\n');
}
