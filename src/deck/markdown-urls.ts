/**
 * The URLs of a slide's Markdown links and images, judged by the URL policy on the tokens
 * marked itself produces, so that every form marked turns into a link (inline, reference,
 * autolink `<javascript:…>`) is seen. Pure: text in, problems out.
 */
import type { Token, Tokens } from 'marked';
import { markdown } from './markdown.ts';
import type { MarkdownBlock } from './model.ts';
import { problemAt, type Problem, type SourcePosition } from './problem.ts';
import { judgeUrl } from './url-policy.ts';

/** Problems with the link and image URLs of one Markdown block (a slide's body or its notes). */
export function checkMarkdownUrls(block: MarkdownBlock, file: string): Problem[] {
  const tokens = markdown.lexer(block.markdown);
  const problems: Problem[] = [];
  const locate = sourceLocator(block, file);
  markdown.walkTokens(tokens, (token: Token) => {
    if (token.type !== 'link' && token.type !== 'image') return;
    const { href, raw } = token as Tokens.Link | Tokens.Image;
    const verdict = judgeUrl(href);
    if (!verdict.allowed) problems.push(problemAt(locate(raw), verdict.message, verdict.hint));
  });
  // A reference definition (`[x]: javascript:…`) is judged where it is written, used or not.
  for (const [label, { href }] of Object.entries(tokens.links)) {
    const verdict = judgeUrl(href);
    if (!verdict.allowed) problems.push(problemAt(locate(`[${label}]:`, true), verdict.message, verdict.hint));
  }
  return dedupe(problems);
}

/**
 * Where a token's text stands in the file. Tokens carry no positions, so each is looked for
 * after the one before it, in document order; a token whose text was rewritten by the lexer
 * (inside a multi-line blockquote) is placed at the block's start.
 */
function sourceLocator(block: MarkdownBlock, file: string): (raw: string, anyCase?: boolean) => SourcePosition {
  let cursor = 0;
  return (raw, anyCase = false) => {
    const haystack = anyCase ? block.markdown.toLowerCase() : block.markdown;
    const needle = anyCase ? raw.toLowerCase() : raw;
    let index = haystack.indexOf(needle, anyCase ? 0 : cursor);
    if (index === -1) index = haystack.indexOf(needle);
    if (index === -1) return { file, line: block.line, column: 1 };
    if (!anyCase) cursor = index + raw.length;
    const before = block.markdown.slice(0, index).split('\n');
    return { file, line: block.line + before.length - 1, column: before.at(-1)!.length + 1 };
  };
}

/** A reference link repeats its definition's URL: say it once per place. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}
