/**
 * The URLs of a slide's Markdown links and images, judged by the URL policy on the tokens
 * marked itself produces, so that every form marked turns into a link (inline, reference,
 * autolink `<javascript:…>`) is seen. Pure: text in, problems out.
 */
import type { Token, Tokens } from 'marked';
import { markdown, type LexedBlock } from './markdown.ts';
import { problemAt, type Problem } from './problem.ts';
import { judgeUrl } from './url-policy.ts';

/** Problems with the link and image URLs of one lexed Markdown block (a slide's body or its notes). */
export function checkMarkdownUrls(lexed: LexedBlock, file: string): Problem[] {
  const problems: Problem[] = [];
  // A reference definition (`[x]: javascript:…`) is judged where it is written, used or not.
  const definitions: Problem[] = [];
  markdown.walkTokens(lexed.tokens, (token: Token) => {
    if (token.type !== 'link' && token.type !== 'image' && token.type !== 'def') return;
    const { href } = token as Tokens.Link | Tokens.Image | Tokens.Def;
    const verdict = judgeUrl(href);
    if (verdict.allowed) return;
    if (token.type === 'def') definitions.push(problemAt({ file, ...labelAt(lexed, token) }, verdict.message, verdict.hint));
    else problems.push(problemAt({ file, ...lexed.at(token) }, verdict.message, verdict.hint));
  });
  return dedupe([...problems, ...definitions]);
}
/** A definition's place is its `[label]:`, after any indentation. */
function labelAt(lexed: LexedBlock, definition: Token): { line: number; column: number } {
  const span = lexed.span(definition);
  return span ? lexed.atOffset(span.start + definition.raw.indexOf('[')) : lexed.at(definition);
}

/** A reference link repeats its definition's URL: say it once per place. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}
