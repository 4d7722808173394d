import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { safeReferenceHtml } from './reference-html.ts';

/** Every attribute name in the HTML, as a browser would see them. */
function attributeNames(html: string): string[] {
  const names: string[] = [];
  const visit = (node: { childNodes?: unknown[]; attrs?: { name: string }[] }) => {
    for (const attribute of node.attrs ?? []) names.push(attribute.name);
    for (const child of (node.childNodes ?? []) as (typeof node)[]) visit(child);
  };
  visit(parseFragment(html) as never);
  return names;
}

describe('safeReferenceHtml', () => {
  it('keeps the title in italics and links an https URL', () => {
    expect(safeReferenceHtml('Nye, D. (1996). <i>Title</i>. https://example.org/a.')).toBe(
      'Nye, D. (1996). <i>Title</i>. <a href="https://example.org/a">https://example.org/a</a>.',
    );
  });

  it('keeps a quote in a DOI inside the href', () => {
    const html = safeReferenceHtml('Trent, B. (2022). https://doi.org/10.1000/x"onmouseover="alert(5)');
    expect(attributeNames(html)).toEqual(['href']);
    expect(html).toContain('href="https://doi.org/10.1000/x%22onmouseover=%22alert(5)"');
  });

  it('writes a javascript: URL as text, never as a link', () => {
    expect(safeReferenceHtml('Eve (2021). javascript:alert(4)')).toBe('Eve (2021). javascript:alert(4)');
  });

  it('drops markup that came from a field, keeping its text escaped', () => {
    const html = safeReferenceHtml('Mallory <img src=x onerror=alert(1)> <span style="x" onclick="y">t</span> &lt;script&gt;');
    expect(attributeNames(html)).toEqual([]);
    expect(html).toBe('Mallory  t &#60;script&#62;');
  });
});
