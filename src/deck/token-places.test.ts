import { Marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { lineLocator, placeTokens } from './token-places.ts';

const marked = new Marked({ gfm: true });
/** The text each token of a kind was placed on, in document order. */
function placedText(source: string, type: string): string[] {
  const tokens = marked.lexer(source);
  const spans = placeTokens(tokens, source);
  const found: string[] = [];
  marked.walkTokens(tokens, (token: Token) => {
    if (token.type === type) found.push(spans.has(token) ? source.slice(spans.get(token)!.start, spans.get(token)!.end) : '(not placed)');
  });
  return found;
}

describe('placeTokens', () => {
  it('places top-level tokens exactly where they were written', () => {
    expect(placedText('# A\n\npara `x`\n\n```\ncode\n```\n', 'code')).toEqual(['```\ncode\n```\n']);
    expect(placedText('# A\n\npara `x`\n', 'codespan')).toEqual(['`x`']);
  });

  it('places a multi-line token inside a blockquote or a list item across the marks its container strips', () => {
    expect(placedText('> a `one\n> two` b\n', 'codespan')).toEqual(['`one\n> two`']);
    expect(placedText('- item\n\n  ```js\n  x\n  ```\n', 'code')).toEqual(['```js\n  x\n  ```']);
  });

  it('finds the later of two identical tokens after the earlier one', () => {
    expect(placedText('`x` and `x`\n\n> `x`\n', 'codespan')).toHaveLength(3);
    const source = '`x` and `x`\n';
    const tokens = marked.lexer(source);
    const spans = placeTokens(tokens, source);
    const codespans = (tokens[0] as { tokens: Token[] }).tokens.filter((token) => token.type === 'codespan');
    expect(codespans.map((token) => spans.get(token)!.start)).toEqual([0, 8]);
  });
});

describe('lineLocator', () => {
  it('turns an offset into a 0-based line and column', () => {
    const at = lineLocator('ab\ncd\n\ne');
    expect([0, 2, 3, 4, 6, 7].map(at)).toEqual([
      { line: 0, column: 0 },
      { line: 0, column: 2 },
      { line: 1, column: 0 },
      { line: 1, column: 1 },
      { line: 2, column: 0 },
      { line: 3, column: 0 },
    ]);
  });
});
