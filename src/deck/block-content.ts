/**
 * What a slide's Markdown block holds, read from its one lex: the citations, the pictures and
 * the widget blocks, each at its place in the file, and the problems with them. The record is
 * kept with the block, so the renderer finds a picture's asset and a fence's widget by the
 * token it renders, not by matching text again. Pure: the block in, the record out.
 */
import type { Token, Tokens } from 'marked';
import { lexBlock, markdown, type CitationToken, type LexedBlock, type WidgetToken } from './markdown.ts';
import type { AssetReference, Citation, MarkdownBlock, WidgetBlock } from './model.ts';
import { problemAt, type Problem, type SourcePosition } from './problem.ts';
import { closest } from './suggest.ts';
import { judgeUrl } from './url-policy.ts';

/** An image on another host, `//host/x.png` included. */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
/** A fenced block's first line: its indentation and fence, then the info string. */
const FENCE_START = /^ {0,3}(?:`{3,}|~{3,})/;

export interface BlockContent {
  lexed: LexedBlock;
  citations: Citation[];
  assets: AssetReference[];
  /** Fenced blocks of a widget's kind (```matrix), in order. */
  widgets: WidgetBlock[];
  problems: Problem[];
  citationOf: ReadonlyMap<CitationToken, Citation>;
  assetOf: ReadonlyMap<Tokens.Image, AssetReference>;
  widgetOf: ReadonlyMap<WidgetToken, WidgetBlock>;
}

const read = new WeakMap<MarkdownBlock, BlockContent>();

/** The block's content, read on the first call only (the parse), then handed to whoever asks. */
export function readBlock(block: MarkdownBlock, file: string, widgetKinds: readonly string[]): BlockContent {
  const lexed = lexBlock(block, widgetKinds);
  const known = read.get(block);
  if (known?.lexed === lexed) return known;
  const content: BlockContent = { lexed, citations: [], assets: [], widgets: [], problems: [], citationOf: new Map(), assetOf: new Map(), widgetOf: new Map() };
  const at = (token: Token): SourcePosition => ({ file, ...lexed.at(token) });
  markdown.walkTokens(lexed.tokens, (token) => {
    if (token.type === 'citation') readCitation(token as CitationToken, at(token), content);
    else if (token.type === 'image') readImage(token as Tokens.Image, file, at(token), content);
    else if (token.type === 'widget') readWidget(token as WidgetToken, file, at(token), content);
    else if (token.type === 'code') readFence(token as Tokens.Code, at(token), widgetKinds, content);
  });
  read.set(block, content);
  return content;
}

function readCitation(token: CitationToken, at: SourcePosition, content: BlockContent): void {
  if (!token.closed) {
    content.problems.push(problemAt(at, `the citation "${token.raw.trim()}" is never closed with "}"`, 'write it as {Key year@page} on one line, e.g. {Nye 1996@27}'));
    return;
  }
  const citation: Citation = { raw: token.raw, key: token.key, locator: token.locator, at };
  content.citations.push(citation);
  (content.citationOf as Map<CitationToken, Citation>).set(token, citation);
}

function readImage(image: Tokens.Image, file: string, at: SourcePosition, content: BlockContent): void {
  const { href, text: alt } = image;
  // A URL the policy refuses is reported by checkMarkdownUrls; it is no file to look for.
  if (!judgeUrl(href).allowed) return;
  if (REMOTE.test(href)) {
    content.problems.push(problemAt(at, `image "${href}" is on another host`, 'copy the picture into assets/ and link it relatively: the deck makes no request to other hosts'));
    return;
  }
  if (alt.trim() === '') content.problems.push(problemAt(at, `image "${href}" has no alt text`, 'describe the picture between the brackets: ![what it shows](…)'));
  const asset: AssetReference = { href, path: resolveFrom(file, href), alt, at };
  content.assets.push(asset);
  (content.assetOf as Map<Tokens.Image, AssetReference>).set(image, asset);
}

function readWidget(token: WidgetToken, file: string, at: SourcePosition, content: BlockContent): void {
  // The widget's text starts on the line after the opening fence.
  const widget: WidgetBlock = { kind: token.kind, text: token.text, at: { file, line: at.line + 1 } };
  content.widgets.push(widget);
  (content.widgetOf as Map<WidgetToken, WidgetBlock>).set(token, widget);
}

/** A fence that is code: reported when its info word is a typo of a widget's kind. */
function readFence(code: Tokens.Code, at: SourcePosition, widgetKinds: readonly string[], content: BlockContent): void {
  const firstLine = code.raw.split('\n', 1)[0]!;
  if (!FENCE_START.test(firstLine)) return; // an indented code block has no kind
  const info = /^\S*/.exec(code.lang ?? '')![0];
  const meant = info === '' ? undefined : closest(info, widgetKinds);
  // A fence a typo away from a widget's name (```matrx) would show the widget's YAML as code.
  if (meant !== undefined)
    content.problems.push(problemAt({ ...at, column: (at.column ?? 1) + firstLine.indexOf(info) }, `unknown block kind "${info}": the block would show as code`, `did you mean \`\`\`${meant}? Widget blocks: ${widgetKinds.join(', ')}`));
}

/** Resolves `../assets/x.svg` against `slides/the-book.md` → `assets/x.svg` (POSIX, no I/O). */
export function resolveFrom(file: string, href: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const part of href.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
