/**
 * One entry of the References slide, made safe for the page. citation-js writes an entry's
 * fields into HTML; a field from a reference manager may hold anything (`"`, `<img onerror>`,
 * `javascript:`). So the entry is parsed as a browser would parse it, and written again from
 * its text alone, with only the inline emphasis APA uses kept, every character escaped for
 * where it lands, and a link made only of text that parses as an `http:`/`https:` URL.
 * Pure: HTML in, HTML out.
 */
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { escapeHtml } from './html.ts';
import { judgeUrl } from './url-policy.ts';

type ChildNode = DefaultTreeAdapterTypes.ChildNode;

/** The emphasis an APA reference uses (titles in italics); kept without attributes. */
const KEPT_ELEMENTS = new Set(['i', 'b', 'em', 'strong', 'sup', 'sub']);
/** A URL in running text: up to whitespace or `<`, without the sentence's final punctuation. */
const URL_IN_TEXT = /https?:\/\/[^\s<]+[^\s<.,;]/gi;

/** The entry's HTML, rebuilt from its text; URLs that parse as http(s) become links. */
export function safeReferenceHtml(entryHtml: string): string {
  return parseFragment(entryHtml).childNodes.map(writeNode).join('');
}

function writeNode(node: ChildNode): string {
  if (node.nodeName === '#text' && 'value' in node) return linkedText(node.value);
  if (!('tagName' in node)) return '';
  const inner = node.childNodes.map(writeNode).join('');
  return KEPT_ELEMENTS.has(node.tagName) ? `<${node.tagName}>${inner}</${node.tagName}>` : inner;
}

/** Escapes text, turning each http(s) URL in it into a link whose address is the parsed URL. */
function linkedText(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const href = httpUrl(match[0]);
    if (!href) continue;
    html += escapeHtml(text.slice(last, match.index)) + `<a href="${escapeHtml(href)}">${escapeHtml(match[0])}</a>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/** The URL as the browser will request it, when it is http(s) and the policy allows it. */
function httpUrl(text: string): string | undefined {
  if (!URL.canParse(text) || !judgeUrl(text).allowed) return undefined;
  const url = new URL(text);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
