/**
 * Raw HTML in a slide, judged as a browser will read it. Markdown passes HTML through
 * untouched and the deck puts every slide into one `.slides` element, so the slide's HTML is
 * parsed here by parse5, the HTML standard's parser, as a fragment inside a `<section>`: the
 * context it lives in. The tree it builds decides what is raw text, what is SVG or MathML
 * (where `<title>` and `<style>` are not raw text) and where each element ends, exactly as in
 * the browser; html-allowlist.ts then allows only what it names. A tag that never closes, a
 * stray `</section>` or an open comment would spill into the slides after it, so they are
 * reported too. Pure: text in, problems out.
 */
import { ErrorCodes, Parser, type DefaultTreeAdapterMap, parseFragment, type DefaultTreeAdapterTypes, type ParserError, type Token } from 'parse5';
import type { Token as MarkdownToken } from 'marked';
import { judgeDroppedTag, judgeTree } from './html-allowlist.ts';
import { markdown, type LexedBlock } from './markdown.ts';
import { problemAt, type Problem, type SourcePosition } from './problem.ts';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag HTML lets an author leave out: not closing them harms nothing. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'rtc', 'colgroup', 'caption']);

/** Escapes whose character would otherwise start a tag or a character reference. */
const ESCAPED = new Set(['\\<', '\\&']);
/** An unfinished tag at the end of the text: `<div class="x"` with no `>`. */
const UNFINISHED_TAG = /<\/?[A-Za-z][^>]*$/;

/** The element every slide's HTML lives in. */
export const SLIDE_CONTEXT: Element = parseFragment('<section></section>').childNodes[0] as Element;

/** Problems with the raw HTML in one lexed Markdown block (a slide's body or its notes). */
export function checkRawHtml(lexed: LexedBlock, file: string): Problem[] {
  if (!lexed.block.markdown.includes('<')) return [];
  const text = maskMarkdown(lexed);
  const at = (line: number, column: number): SourcePosition => ({ file, line: lexed.block.line + line - 1, column });
  const atOffset = (offset: number): SourcePosition => ({ file, ...lexed.atOffset(offset) });
  const { fragment, startTags, endTags, errors } = parseSlideHtml(text);
  const problems: Problem[] = [];
  const elementStarts = new Set<number>();
  collectTags(fragment, elementStarts, 'startTag');
  for (const token of startTags) {
    const dropped = elementStarts.has(token.location!.startOffset) ? undefined : judgeDroppedTag(token.tagName);
    if (dropped) problems.push(problemAt(at(token.location!.startLine, token.location!.startCol), dropped.message, dropped.hint));
  }

  for (const refusal of judgeTree(fragment, { rendered: false })) {
    const location = refusal.element.sourceCodeLocation;
    const place = (refusal.attribute ? location?.attrs?.[refusal.attribute] : undefined) ?? location?.startTag ?? location;
    problems.push(problemAt(place ? at(place.startLine, place.startCol) : at(1, 1), refusal.message, refusal.hint));
  }
  const refused = new Set(problems.map((problem) => `${problem.line}:${problem.column}`));
  problems.push(...unclosedElements(fragment, text, at).filter((problem) => !refused.has(`${problem.line}:${problem.column}`)));

  const closed = new Set<number>();
  collectTags(fragment, closed, 'endTag');
  for (const token of endTags) {
    const where = at(token.location!.startLine, token.location!.startCol);
    if (closed.has(token.location!.startOffset) || VOID.has(token.tagName)) continue;
    problems.push(
      token.tagName === 'section'
        ? problemAt(where, '</section> would end the slide early', "remove it: the loader writes each slide's <section> itself")
        : problemAt(where, `</${token.tagName}> closes no element that is open`, `remove it, or open a <${token.tagName}> before it`),
    );
  }

  for (const error of errors) {
    if (error.code === ErrorCodes.eofInTag) {
      const start = text.search(UNFINISHED_TAG);
      const tagText = text.slice(start).split(/\s/)[0]!;
      problems.push(problemAt(atOffset(Math.max(0, start)), `the tag ${tagText} is never finished with ">"`, 'add ">" at the end of the tag'));
    } else if (error.code === ErrorCodes.eofInComment) {
      problems.push(problemAt(atOffset(Math.max(0, text.lastIndexOf('<!--'))), 'an HTML comment is never closed', 'end it with "-->": an open comment hides everything after it'));
    }
  }
  // A formatting element the browser reopens (`<em>` across a `</div>`) stands in the tree twice.
  const seen = new Set<string>();
  const unique = problems.filter((problem) => {
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
  return unique.sort((a, b) => a.line - b.line || (a.column ?? 1) - (b.column ?? 1));
}

/**
 * Parses a slide's HTML in its `<section>`, keeping every end tag the tokenizer saw: the tree
 * keeps only those that closed an element, and a browser drops the others without a word.
 * The tokenizer is driven by the tree builder (parse5's fragment parser), so raw text, RCDATA
 * and foreign content are tokenised exactly as the browser does; parse5 8 exports `Parser`
 * for this, marked internal.
 */
export function parseSlideHtml(text: string): { fragment: DefaultTreeAdapterTypes.DocumentFragment; startTags: Token.TagToken[]; endTags: Token.TagToken[]; errors: ParserError[] } {
  const errors: ParserError[] = [];
  const startTags: Token.TagToken[] = [];
  const endTags: Token.TagToken[] = [];
  const parser = Parser.getFragmentParser<DefaultTreeAdapterMap>(SLIDE_CONTEXT, { sourceCodeLocationInfo: true, onParseError: (error) => errors.push(error) });
  const onStartTag = parser.onStartTag.bind(parser);
  parser.onStartTag = (token) => {
    startTags.push(token);
    onStartTag(token);
  };
  const onEndTag = parser.onEndTag.bind(parser);
  parser.onEndTag = (token) => {
    endTags.push(token);
    onEndTag(token);
  };
  parser.tokenizer.write(text, true);
  return { fragment: parser.getFragment(), startTags, endTags, errors };
}

/** Elements the author opened and the browser closed for them, where the author would not expect it. */
function unclosedElements(root: ParentNode, text: string, at: (line: number, column: number) => SourcePosition): Problem[] {
  const problems: Problem[] = [];
  const visit = (parent: ParentNode, closer: { tag: string; line: number } | undefined) => {
    for (const node of parent.childNodes) {
      if (!('tagName' in node)) continue;
      const location = node.sourceCodeLocation;
      const start = location?.startTag;
      const selfClosed = start !== undefined && text.slice(start.endOffset - 2, start.endOffset) === '/>';
      const ownEnd = location?.endTag ? { tag: node.tagName, line: at(location.endTag.startLine, 1).line } : undefined;
      if (start && !location?.endTag && !selfClosed && !VOID.has(node.tagName) && !OPTIONAL_END.has(node.tagName))
        problems.push(
          problemAt(
            at(start.startLine, start.startCol),
            `<${node.tagName}> is never closed`,
            closer ? `add </${node.tagName}> before the </${closer.tag}> on line ${closer.line}` : `add </${node.tagName}> where the element should end`,
          ),
        );
      visit(node, ownEnd ?? closer);
    }
  };
  visit(root, undefined);
  return problems;
}

/** The offsets of every element's start or end tag in the tree, template contents included. */
function collectTags(parent: ParentNode, into: Set<number>, which: 'startTag' | 'endTag'): void {
  for (const node of parent.childNodes) {
    if (!('tagName' in node)) continue;
    const tag = node.sourceCodeLocation?.[which];
    if (tag) into.add(tag.startOffset);
    collectTags('content' in node ? node.content : node, into, which);
  }
}

/**
 * Blanks out what Markdown shows as text although it looks like tags: code blocks, code spans,
 * autolinks and `\<`, as marked lexed them. Lengths and line breaks stay, so positions still
 * point into the file; the rest, prose included, is read as HTML, as the browser will read it.
 */
function maskMarkdown(lexed: LexedBlock): string {
  const text = lexed.block.markdown.split('');
  markdown.walkTokens(lexed.tokens, (token: MarkdownToken) => {
    if (!showsAsText(token)) return;
    const span = lexed.span(token);
    if (!span) return;
    for (let index = span.start; index < span.end; index++) if (text[index] !== '\n') text[index] = ' ';
  });
  return text.join('');
}

function showsAsText(token: MarkdownToken): boolean {
  if (token.type === 'code' || token.type === 'widget' || token.type === 'codespan') return true;
  if (token.type === 'link') return token.raw.startsWith('<');
  return token.type === 'escape' && ESCAPED.has(token.raw);
}

/** Re-exported for the rendered check, which judges with the same lists. */
export type { Element };
