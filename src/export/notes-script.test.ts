import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../deck/load.ts';
import { WIDGET_SOURCES } from '../widgets/sources.ts';
import { notesScript } from './notes-script.ts';
import { referenceMarkdown } from './reference-text.ts';

const BASE = fileURLToPath(new URL('../deck/catalogue/base/', import.meta.url));
const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

describe('the notes script', () => {
  const deck = loadDeck(BASE, WIDGET_SOURCES).deck!;
  const script = notesScript(deck);

  it('gives each slide its title, planned time and start, in the talk’s order', () => {
    let start = 0;
    let last = -1;
    deck.slides.forEach((slide, index) => {
      const seconds = deck.timings[index]!;
      const line = `## ${index + 1}. ${slide.title} · `;
      expect(script).toContain(line);
      const at = script.indexOf(line);
      expect(at).toBeGreaterThan(last);
      last = at;
      expect(script.slice(at).split('\n')[0]).toContain(`(at ${Math.floor(start / 60)}:${String(start % 60).padStart(2, '0')})`);
      start += seconds;
    });
  });

  it('holds every note, with its citations written out as the slides show them', () => {
    expect(script).toContain('Welcome. This deck is the base every catalogue entry changes in one place.');
    expect(script).toContain('Networks produce without markets (Benkler, 2006).');
    expect(script).not.toMatch(/\{Benkler/);
  });

  it('ends with the references, as Markdown', () => {
    const references = script.slice(script.indexOf('. References · '));
    expect(references).toMatch(/^1\. Benkler, Y\. \(2006\)\. \*The Wealth of Networks\*/m);
    expect(references).toContain('& Owens');
    expect(references).not.toMatch(/<\/?i>|&#/);
  });

  it('holds the real talk’s notes in order', () => {
    const real = loadDeck(PROJECT, WIDGET_SOURCES).deck!;
    const text = notesScript(real);
    let last = -1;
    for (const slide of real.slides) {
      const first = slide.notes!.markdown.trim().split('\n')[0]!.replace(/\{[^}]*\}/g, '').slice(0, 40);
      const at = text.indexOf(first);
      expect(at, slide.slug).toBeGreaterThan(last);
      last = at;
    }
  });
});

describe('reference entries as Markdown', () => {
  it('keeps italics, turns a link into its address and decodes entities', () => {
    expect(referenceMarkdown('Nye, J. S., &#38; Owens (1996). <i>Foreign Affairs</i>. <a href="https://doi.org/x">https://doi.org/x</a>')).toBe(
      'Nye, J. S., & Owens (1996). *Foreign Affairs*. <https://doi.org/x>',
    );
  });
});
