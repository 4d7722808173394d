import { describe, expect, it } from 'vitest';
import { parseBibliography } from './bibliography.ts';
import { parseSlide } from './parse.ts';
import { REFERENCES_SLUG, renderHead, renderReferences, renderSlide, type RenderContext } from './render.ts';

const BIB = '@book{Benkler2006, author = {Benkler, Yochai}, title = {The Wealth of Networks}, publisher = {Yale University Press}, year = {2006}}';
const bibliography = parseBibliography('slides/references.bib', BIB).value!;
const context = (notes: boolean): RenderContext => ({
  notes,
  bibliography,
  assetUrl: (path) => `./${path}?v=1`,
  widgets: { matrix: (block, slide) => `<table data-from="${slide.slug}">${block.text}</table>` },
});
const slideOf = (...lines: string[]) => parseSlide('slides/wealth.md', lines.join('\n'), { widgetKinds: ['matrix'] }).value!;

describe('renderSlide', () => {
  const slide = slideOf('---', 'title: Wealth', 'transition: zoom', 'background: ../assets/bg.svg', '---', '## Wealth {Benkler 2006}', '![Cover](../assets/c.svg)', '```matrix', 'show: varieties', '```', 'Notes:', 'Secret words.');

  it('writes the section with its deep link, timing, transition and background', () => {
    const html = renderSlide(slide, 42, context(true));
    expect(html).toMatch(/^<section id="wealth" class="layout-default" data-title="Wealth" data-timing="42" data-transition="zoom" data-background-image="\.\/assets\/bg\.svg\?v=1">/);
    expect(html).toContain('<img src="./assets/c.svg?v=1" alt="Cover">');
    expect(html).toContain('<h2>Wealth <cite class="citation">(Benkler, 2006)</cite></h2>');
    expect(html).toContain('<table data-from="wealth">show: varieties</table>');
  });

  it('keeps notes only when asked: the audience build has none', () => {
    expect(renderSlide(slide, 42, context(true))).toContain('<aside class="notes"><p>Secret words.</p></aside>');
    const audience = renderSlide(slide, 42, context(false));
    expect(audience).not.toContain('Secret words');
    expect(audience).not.toContain('notes');
  });

  it('escapes attribute values', () => {
    expect(renderSlide(slideOf('---', 'title: A "b" & <c>', '---', 'x'), 1, context(false))).toContain('data-title="A &#34;b&#34; &#38; &#60;c&#62;"');
  });
});

describe('renderReferences and renderHead', () => {
  it('lists every cited work on a References slide', () => {
    const slide = slideOf('---', 'title: W', '---', '{Benkler 2006}');
    const html = renderReferences(slide.citations, bibliography, 30, context(false));
    expect(html).toContain(`id="${REFERENCES_SLUG}"`);
    expect(html).toMatch(/<li>Benkler, Y\. \(2006\)\. <i>The Wealth of Networks<\/i>\. Yale University Press\.<\/li>/);
    expect(html).not.toContain('notes');
  });

  it('escapes the talk in the page head', () => {
    expect(renderHead({ title: 'A & B', author: 'Me', description: '"Quoted"', lang: 'en', duration: 60, theme: 'dark' })).toBe(
      '<title>A &#38; B — Me</title>\n<meta name="description" content="&#34;Quoted&#34;">\n<meta name="author" content="Me">',
    );
  });
});
