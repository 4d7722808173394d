/**
 * Dependencies point one way: the commands (src/cli/) use the export library (src/export/),
 * both use the shared Node pieces (src/node/), and the browser's print code (src/print/) uses
 * none of them. A module that imports against that direction fails here, naming its line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../', import.meta.url).pathname;
/** `import … from '…'` and `import('…')`, static or dynamic. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s*)['"]([^'"]+)['"]/gm;

/** Every import of every module below `folder`, as `file:line → specifier`. */
function importsBelow(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.ts')) continue;
    const text = readFileSync(join(SRC, folder, name), 'utf8');
    for (const match of text.matchAll(IMPORT)) found.push(`src/${folder}/${name}:${text.slice(0, match.index).split('\n').length} → ${match[1]}`);
  }
  return found;
}

describe('the export layers', () => {
  it('finds the imports it checks', () => {
    expect(importsBelow('export').some((line) => line.endsWith('→ ../node/exit-codes.ts'))).toBe(true);
  });

  it('src/export/ never imports the commands in src/cli/', () => {
    expect(importsBelow('export').filter((line) => /→ (\.\.\/)+cli\//.test(line))).toEqual([]);
  });

  it('src/node/ imports neither the commands nor the export library', () => {
    expect(importsBelow('node').filter((line) => /→ (\.\.\/)+(cli|export)\//.test(line))).toEqual([]);
  });

  it('the browser print code in src/print/ imports no Node module and no Node-side code', () => {
    expect(importsBelow('print').filter((line) => /→ (node:|(\.\.\/)+(cli|export|node)\/)/.test(line))).toEqual([]);
  });
});
