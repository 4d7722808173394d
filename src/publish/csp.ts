/**
 * The deck's Content-Security-Policy, the one place it is written: as a `<meta>` in the built
 * pages and as a header from the dev server. Nothing from any other host, no 'unsafe-inline'
 * scripts, no 'unsafe-eval', no frames. Inline code (the single file's script and styles) is
 * allowed one hash at a time, and a script's hash only ever comes from code
 * the build emitted, never from reading the page: a script that reached the page from a slide
 * has no hash and does not run.
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
  /**
   * The dev server's page: what Vite's hot reload needs on top of the policy. Its client opens
   * a WebSocket to the dev host and injects each stylesheet as a `<style>` element, whose text
   * changes with every edit, so styles are allowed inline there (scripts still are not).
   */
  dev?: { host: string };
}

/** `'sha256-…'`: a CSP source that allows exactly this inline text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy as the `content` of a `<meta http-equiv="Content-Security-Policy">`. */
export function contentSecurityPolicy({ inline, embedded, dev }: PolicyOptions): string {
  const hashes = (texts: string[]) => [...new Set(texts)].map(sha256Source);
  const files = embedded ? [] : ["'self'"];
  const attributeHashes = hashes(inline.styleAttributes);
  // 'unsafe-inline' is ignored by browsers as soon as a hash is listed, so dev lists none for styles.
  const styles = dev ? ["'unsafe-inline'"] : [...hashes(inline.styles), ...(attributeHashes.length > 0 ? ["'unsafe-hashes'", ...attributeHashes] : [])];
  const directives: [string, string[]][] = [
    ['default-src', ["'none'"]],
    ['script-src', [...files, ...hashes(inline.scripts)]],
    ['style-src', [...files, ...styles]],
    ['connect-src', dev ? ["'self'", `ws://${dev.host}`] : []],
    // data: for the favicon in the head and, in the single file, every image.
    ['img-src', [...files, 'data:']],
    ['font-src', embedded ? ['data:'] : files],
    ['frame-src', ["'none'"]],
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
/** The slides' container in src/index.html, with the cover inside: content, not code. */
const SLIDES_ELEMENT = /<div class="slides">[\s\S]*?<\/div>\s*<\/div>\s*<\/body>/;

/**
 * The style blocks and style attributes of a built page, outside the slides (the cover is a
 * slide's content). Scripts are not read from the page at all: see `emittedInlineScripts`.
 */
export function inlineStylesOf(html: string): Pick<InlineCode, 'styles' | 'styleAttributes'> {
  const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1] ?? '');
  // Markup inside a script (the speaker view is a string in the bundle) is not the page's.
  const markup = html.replace(INLINE_SCRIPT, '').replace(SLIDES_ELEMENT, '');
  return { styles: all(markup, INLINE_STYLE), styleAttributes: all(markup, STYLE_ATTRIBUTE) };
}

/**
 * The text each script chunk the build emitted has once vite-plugin-singlefile (2.3) has put it
 * inline: its `replaceScript` turns the preload marker into `void 0`, escapes `</script>` and
 * `<!--`, and trims. Only chunks that stand inline in the page, in exactly that form, are
 * returned: their hashes are the only inline scripts the policy allows.
 */
export function emittedInlineScripts(chunkCodes: readonly string[], html: string): string[] {
  return chunkCodes
    .map((code) => code.replace(/"?__VITE_PRELOAD__"?/g, 'void 0').replace(/<(\/script>|!--)/g, '\\x3C$1').trim())
    .filter((inline) => inline !== '' && html.includes(`>${inline}</script>`));
}

/** Puts the policy where the placeholder is; a page without the placeholder is a build error. */
export function withPolicyMeta(html: string, policy: string): string {
  if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`csp: index.html has no ${CSP_PLACEHOLDER} in its head`);
  return html.replace(CSP_PLACEHOLDER, `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
}
