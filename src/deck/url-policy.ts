/**
 * The one place that decides whether a URL written by an author may appear in the deck: links
 * and images in Markdown, URL attributes of raw HTML, a background in the front matter, a
 * reference's URL or DOI. Allowed: `http:`, `https:`, `mailto:`, `#fragment` and a relative
 * path inside the project. Everything else, above all `javascript:`, `vbscript:`, `data:` and
 * `file:`, is refused.
 *
 * The URL is judged as a browser will read it, not as it is written: character references are
 * decoded (`&#106;avascript:`), tabs, line breaks, spaces and control characters are dropped
 * (`java&#9;script:`, `\u0001javascript:`) and the scheme is compared without case (`JaVaScRiPt:`).
 * Pure: no I/O.
 */
import { decodeHTML } from 'entities';

/** What an allowed URL points at. */
export type UrlKind = 'web' | 'mail' | 'fragment' | 'local';

/** The verdict on one URL: allowed with its kind, or refused with why and what to do. */
export type UrlVerdict = { allowed: true; kind: UrlKind; url: string } | { allowed: false; message: string; hint: string };

/**
 * Characters a browser's URL parser strips or ignores: C0 controls and space at either end,
 * tab and line breaks anywhere. Stripping all controls and all whitespace anywhere is stricter,
 * so that no spelling of a scheme slips past.
 */
const IGNORED = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
/** A scheme as the URL standard reads it: a letter, then letters, digits, `+`, `-`, `.`, then `:`. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** `//host`, `\\host`, `/\host`: browsers treat `\` as `/`, so each of these names another host. */
const OTHER_HOST = /^[/\\]{2}/;
/** Decoding `&amp;#106;` once gives `&#106;`; a few rounds reach what any reader could make of it. */
const DECODE_ROUNDS = 3;

const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'livescript']);
const HINT_LINK = 'link only to http:, https: or mailto: addresses, to #slug, or to a file of the project by a relative path';

/** Judges one URL as written in a slide, the front matter or the bibliography. */
export function judgeUrl(written: string): UrlVerdict {
  const url = readAsBrowser(written);
  if (url === '') return refused('an empty URL', 'write the address, or remove the link');
  if (url.startsWith('#')) return { allowed: true, kind: 'fragment', url };
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    // `http:foo` without `//` is read against the page's own address: no host is named.
    if (!/^https?:\/\/[^/\\?#]/i.test(url)) return refused(`"${scheme}:" URL without a host`, 'write the full address, such as https://example.org/page');
    return { allowed: true, kind: 'web', url };
  }
  if (scheme === 'mailto') return { allowed: true, kind: 'mail', url };
  if (scheme !== undefined) {
    if (SCRIPT_SCHEMES.has(scheme)) return refused(`a "${scheme}:" URL would run code`, 'remove it: the deck runs no code from slides; interaction belongs in a widget under src/widgets/');
    if (scheme === 'data') return refused('a "data:" URL would put a whole file, or a page, inside the slide', 'save the file under assets/ and link it by a relative path');
    if (scheme === 'file') return refused('a "file:" URL would reach outside the project', 'copy the file into assets/ and link it by a relative path');
    return refused(`a "${scheme}:" URL is not allowed`, HINT_LINK);
  }
  if (OTHER_HOST.test(url)) return refused(`"${written.trim()}" names another host without saying which protocol`, 'write the full address with https://');
  // `/x` is the server's root on the web and the disk's root from file://: never the project.
  if (url.startsWith('/') || url.startsWith('\\')) return refused(`"${written.trim()}" is an absolute path`, 'link a project file by a path relative to the slide file, such as ../assets/art/x.svg');
  // A colon before the first `/`, `?` or `#` that is not a scheme (`java\u200bscript:`) reads differently from browser to browser.
  const beforePath = url.split(/[/?#]/, 1)[0]!;
  if (beforePath.includes(':')) return refused(`"${written.trim()}" looks like a URL scheme, but is not one the deck allows`, `${HINT_LINK}; a file name with ":" is written ./name`);
  return { allowed: true, kind: 'local', url };
}

/** True when the URL is allowed and is of one of the given kinds. */
export function isAllowedUrl(written: string, kinds: readonly UrlKind[]): boolean {
  const verdict = judgeUrl(written);
  return verdict.allowed && kinds.includes(verdict.kind);
}

/** The URL as a browser ends up reading it: references decoded, ignored characters gone. */
function readAsBrowser(written: string): string {
  let url = written;
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    const decoded = decodeHTML(url);
    if (decoded === url) break;
    url = decoded;
  }
  return url.replace(IGNORED, '');
}

function refused(message: string, hint: string): UrlVerdict {
  return { allowed: false, message, hint };
}
