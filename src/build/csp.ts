/**
 * The deck's Content-Security-Policy, as a `<meta>` in the built page: nothing from any other
 * host, no 'unsafe-inline' scripts, no 'unsafe-eval'. Inline code (the single file's script
 * and styles, the speaker view's script) is allowed one hash at a time.
 */
import { createHash } from 'node:crypto';

/** Where src/index.html wants the policy: first in the head, before any script or style. */
export const CSP_PLACEHOLDER = '<!--deck:csp-->';

/** The inline code a page carries, in the form a browser hashes it. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
  /** Values of `style="…"` attributes, allowed by hash with 'unsafe-hashes'. */
  styleAttributes: string[];
}

export interface PolicyOptions {
  inline: InlineCode;
  /**
   * Fonts and images are data: URLs inside the page (the single file). Otherwise they are
   * files beside it, served from the page's own origin.
   */
  embedded: boolean;
  /** The page frames itself: the speaker view previews the current and the upcoming slide. */
  framesItself: boolean;
}

/** `'sha256-…'`: a CSP source that allows exactly this inline text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy as the `content` of a `<meta http-equiv="Content-Security-Policy">`. */
export function contentSecurityPolicy({ inline, embedded, framesItself }: PolicyOptions): string {
  const hashes = (texts: string[]) => [...new Set(texts)].map(sha256Source);
  const files = embedded ? [] : ["'self'"];
  const attributeHashes = hashes(inline.styleAttributes);
  const directives: [string, string[]][] = [
    ['default-src', ["'none'"]],
    ['script-src', [...files, ...hashes(inline.scripts)]],
    ['style-src', [...files, ...hashes(inline.styles), ...(attributeHashes.length > 0 ? ["'unsafe-hashes'", ...attributeHashes] : [])]],
    // data: for the favicon in the head and, in the single file, every image.
    ['img-src', [...files, 'data:']],
    ['font-src', embedded ? ['data:'] : files],
    ['frame-src', framesItself ? ["'self'"] : ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives
    .filter(([, sources]) => sources.length > 0)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const STYLE_ATTRIBUTE = /<[a-z][^>]*?\sstyle="([^"]*)"/g;

/** The inline scripts, style blocks and style attributes of a built HTML page. */
export function inlineCodeOf(html: string): InlineCode {
  const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1] ?? '');
  // Markup inside a script (the speaker view is a string in the bundle) is not the page's.
  const markup = html.replace(INLINE_SCRIPT, '');
  return { scripts: all(html, INLINE_SCRIPT).filter((code) => code !== ''), styles: all(markup, INLINE_STYLE), styleAttributes: all(markup, STYLE_ATTRIBUTE) };
}

/** Puts the policy where the placeholder is; a page without the placeholder is a build error. */
export function withPolicyMeta(html: string, policy: string): string {
  if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`csp: index.html has no ${CSP_PLACEHOLDER} in its head`);
  return html.replace(CSP_PLACEHOLDER, `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
}
