/**
 * Bytes shipped: every file of a build, grouped by kind, raw and gzip-compressed at the
 * highest level (what a static host that compresses ahead of time would send).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

export const SIZE_KINDS = ['js', 'css', 'fonts', 'other'] as const;
/** JS, CSS and fonts are what the issue budgets; HTML, images and the rest are `other`. */
export type SizeKind = (typeof SIZE_KINDS)[number];

const KIND_BY_EXTENSION: Record<string, SizeKind> = {
  '.js': 'js',
  '.mjs': 'js',
  '.css': 'css',
  '.woff2': 'fonts',
  '.woff': 'fonts',
  '.ttf': 'fonts',
  '.otf': 'fonts',
};

/** The kind a shipped file counts as, by its extension. */
export function kindOf(file: string): SizeKind {
  return KIND_BY_EXTENSION[extname(file).toLowerCase()] ?? 'other';
}

export interface Bytes {
  raw: number;
  gzip: number;
  files: number;
}

export type BuildSizes = Record<SizeKind | 'total', Bytes>;

/** Sizes of the given files (absolute paths), per kind and in total. */
export function measureFiles(files: readonly string[]): BuildSizes {
  const sizes = Object.fromEntries([...SIZE_KINDS, 'total'].map((kind) => [kind, { raw: 0, gzip: 0, files: 0 }])) as BuildSizes;
  for (const file of files) {
    const body = readFileSync(file);
    const gzip = gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length;
    for (const bytes of [sizes[kindOf(file)], sizes.total]) {
      bytes.raw += body.length;
      bytes.gzip += gzip;
      bytes.files += 1;
    }
  }
  return sizes;
}

/** Every file below `folder`. */
export function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

/** Sizes of a whole build output folder. */
export function measureBuild(outDir: string): BuildSizes {
  return measureFiles(filesIn(outDir));
}
