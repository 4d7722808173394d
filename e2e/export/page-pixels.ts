/**
 * A PDF page as pixels, rendered by poppler's pdftoppm (the tool the project's PDF checks use),
 * to see what pdfjs's text cannot: whether the backgrounds were printed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The colour of the pixel at (x, y), as fractions of the page, on page `page` (1-based). */
export function pixelAt(file: string, page: number, x: number, y: number): [number, number, number] {
  // -r 10: ten pixels to the inch is plenty for a flat background. Without -png: a plain PPM.
  const folder = mkdtempSync(join(tmpdir(), 'deck-pixels-'));
  let ppm: Buffer;
  try {
    execFileSync('pdftoppm', ['-r', '10', '-f', String(page), '-l', String(page), '-singlefile', file, join(folder, 'page')]);
    ppm = readFileSync(join(folder, 'page.ppm'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PPM image');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const offset = header[0].length + 3 * (Math.floor(y * (height - 1)) * width + Math.floor(x * (width - 1)));
  return [ppm[offset]!, ppm[offset + 1]!, ppm[offset + 2]!];
}
