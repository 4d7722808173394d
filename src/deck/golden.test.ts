/**
 * Golden files for the loader's edge cases: each src/deck/golden/<case>.md is parsed as if it were
 * slides/<case>.md; <case>.json holds the expected model and problems, <case>.html the expected
 * `<section>` with notes. Regenerate after an intended change:
 * `UPDATE_GOLDEN=1 npx vitest run src/deck/golden.test.ts`, then read the diff before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBibliography } from './bibliography.ts';
import { escapeHtml } from './html.ts';
import { parseSlide } from './parse.ts';
import { formatProblem } from './problem.ts';
import { renderSlide, type RenderContext } from './render.ts';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';
/** Every golden slide gets the same share of the talk, so `data-timing` is predictable. */
const TIMING = 60;

const cases = readdirSync(GOLDEN)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -'.md'.length))
  .sort();

const bibliography = parseBibliography('slides/references.bib', readFileSync(join(GOLDEN, 'references.bib'), 'utf8')).value;
const context: RenderContext = {
  notes: true,
  bibliography,
  assetUrl: (path) => `/${path}`,
  // A stand-in for the matrix: the golden files are about the loader, not the widget's table.
  widgets: { matrix: (block) => `<div class="widget" data-kind="${block.kind}" data-line="${block.at.line}">${escapeHtml(block.text)}</div>` },
};

/** Compares `actual` with the golden file, or writes it when regenerating. */
function matchesGolden(file: string, actual: string): void {
  const path = join(GOLDEN, file);
  if (UPDATE) writeFileSync(path, actual);
  expect(existsSync(path), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden files', () => {
  it('cover the edge cases the loader promises to handle', () => {
    expect(cases).toEqual(
      expect.arrayContaining(['notes-separator', 'no-notes', 'citations', 'images', 'widget-fence', 'front-matter-all-keys', 'front-matter-defaults', 'html-escaping', 'links', 'lists', 'empty-body', 'crlf', 'bom']),
    );
    expect(bibliography).toBeDefined();
  });

  it('keep the bytes an editor wrote (CRLF, BOM), so those cases test what they say', () => {
    expect(readFileSync(join(GOLDEN, 'crlf.md'), 'utf8')).toMatch(/^---\r\ntitle: [^\n]*\r\n/);
    expect(readFileSync(join(GOLDEN, 'bom.md'), 'utf8').startsWith('\uFEFF---\n')).toBe(true);
  });

  it.each(cases)('%s: model and HTML', (name) => {
    const parsed = parseSlide(`slides/${name}.md`, readFileSync(join(GOLDEN, `${name}.md`), 'utf8'), { widgetKinds: ['matrix'] });
    const model = { problems: parsed.problems.map(formatProblem), slide: parsed.value ?? null };
    matchesGolden(`${name}.json`, `${JSON.stringify(model, null, 2)}\n`);
    if (parsed.value) matchesGolden(`${name}.html`, `${renderSlide(parsed.value, TIMING, context)}\n`);
  });
});
