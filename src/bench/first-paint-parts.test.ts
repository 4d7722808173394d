import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../deck/load.ts';
import { WIDGET_SOURCES } from '../widgets/sources.ts';
import { PARTS, writeFirstPaintParts } from './first-paint-parts.ts';

const work = mkdtempSync(join(tmpdir(), 'deck-first-paint-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A build's stylesheet as Vite writes it: font faces among the rules, fonts beside it. */
const BUILD_CSS = "@font-face{font-family:IBM Plex Sans;src:url(./sans.woff2)format(\"woff2\")}.reveal{color:#f4efe6}@font-face{font-family:IBM Plex Mono;src:url(./mono.woff2)format(\"woff2\")}";
const build = join(work, 'build');
mkdirSync(join(build, 'assets'), { recursive: true });
writeFileSync(join(build, 'assets', 'index-abc.css'), BUILD_CSS);
writeFileSync(join(build, 'assets', 'sans.woff2'), 'font');

const deck = loadDeck(fileURLToPath(new URL('../..', import.meta.url)), WIDGET_SOURCES).deck!;
writeFirstPaintParts(work, deck, build);
const page = (part: string) => readFileSync(join(work, part, 'index.html'), 'utf8');

describe('writeFirstPaintParts', () => {
  it('writes every part as a page of the first slide alone, with no script', () => {
    for (const part of PARTS) {
      expect(page(part)).toContain(`<section id="${deck.slides[0]!.slug}"`);
      expect(page(part)).not.toContain(`id="${deck.slides[1]!.slug}"`);
      expect(page(part)).not.toMatch(/<script/i);
    }
  });

  it('adds the design a part at a time: nothing, a sketch, its fonts, the stylesheet without them, all of it', () => {
    expect(page('floor')).not.toMatch(/<style|<link rel="stylesheet"/);
    expect(page('sketch')).toMatch(/<style>html,body\{/);
    expect(page('sketch')).not.toContain('<link rel="stylesheet"');
    // The build's font faces, inline, their files found from the page.
    expect(page('sketch-fonts')).toContain(
      '<style>@font-face{font-family:IBM Plex Sans;src:url(assets/sans.woff2)format("woff2")}\n@font-face{font-family:IBM Plex Mono;src:url(assets/mono.woff2)format("woff2")}\nhtml,body{',
    );
    expect(page('sketch-fonts')).not.toContain('<link rel="stylesheet"');
    expect(readFileSync(join(work, 'styled-no-fonts', 'assets', 'no-font-faces.css'), 'utf8')).toBe('.reveal{color:#f4efe6}');
    expect(page('styled')).toContain('<link rel="stylesheet" href="assets/index-abc.css">');
    // The fonts sit where the stylesheets' relative URLs look for them.
    expect(readFileSync(join(work, 'styled', 'assets', 'sans.woff2'), 'utf8')).toBe('font');
  });
});
