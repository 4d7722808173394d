/**
 * The bibliography's formatted entries (citation-js's HTML, see src/deck/bibliography.ts) as
 * Markdown, for the notes script: italics stay italics, a link becomes its address, and the
 * few entities citation-js writes become their characters.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** One formatted reference entry as Markdown. */
export function referenceMarkdown(html: string): string {
  const links: string[] = [];
  const text = html
    // Set aside first: the address is written `<…>`, which the tag stripping below would take.
    .replace(/<a\b[^>]*\bhref="([^"]*)"[^>]*>[\s\S]*?<\/a>/g, (_, href: string) => `\u0000${links.push(decodeEntities(href)) - 1}\u0000`)
    .replace(/<\/?(?:i|em)>/g, '*')
    .replace(/<\/?(?:b|strong)>/g, '**')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text)
    .replace(/\u0000(\d+)\u0000/g, (_, index: string) => `<${links[Number(index)]}>`)
    .trim();
}

/** `&#38;`, `&#x26;` and `&amp;` → `&`; an unknown name is left as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
