import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../deck/load.ts';
import { WIDGET_SOURCES } from '../widgets/sources.ts';
import { renderArticle } from './article.ts';

const BASE = fileURLToPath(new URL('../deck/catalogue/base/', import.meta.url));

describe('the article', () => {
  const deck = loadDeck(BASE, WIDGET_SOURCES).deck!;
  const html = renderArticle(deck, { assetUrl: (path) => `files/${path}`, stylesheet: 'a.css', policy: () => "default-src 'none'" });

  it('sets each slide’s content before its notes, in the talk’s order', () => {
    let last = -1;
    for (const slide of deck.slides) {
      const at = html.indexOf(`id="${slide.slug}"`);
      expect(at).toBeGreaterThan(last);
      last = at;
    }
    const puzzle = html.slice(html.indexOf('id="the-puzzle"'));
    expect(puzzle.indexOf('Openness has limits')).toBeLessThan(puzzle.indexOf('Networks produce without markets'));
  });

  it('has no script, and the policy and stylesheet it is given', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`);
    expect(html).toContain('<link rel="stylesheet" href="a.css">');
  });

  it('links every citation to its entry in the references at the end', () => {
    const targets = [...html.matchAll(/<cite class="citation"><a href="#([^"]+)">/g)].map((match) => match[1]!);
    expect(targets.length).toBe(deck.slides.reduce((count, slide) => count + slide.citations.length, 0));
    const references = html.slice(html.indexOf('id="references"'));
    for (const target of targets) expect(references).toContain(`<li id="${target}">`);
    expect(references).toMatch(/<li id="ref-benkler2006">Benkler, Y\. \(2006\)/);
  });

  it('shows the matrix as the deck’s table, in a region a keyboard can scroll, and links pictures as told', () => {
    expect(html).toMatch(/<div class="wide" role="region" tabindex="0" aria-label="Varieties: [^"]*">\n<figure class="matrix"/);
    expect(html).toContain('<table class="matrix-table">');
    expect(html).toContain('src="files/assets/art/ship.svg"');
  });
});
