/**
 * The record a build of the deck leaves of itself (written by src/publish/build-manifest.ts):
 * the talk's words the exports print (title, author, description, language) as the loader
 * read them, and every file the build was made from with its size and time. It lives in
 * node_modules/.cache/deck-builds/, never in a published folder, and holds no speaker notes.
 * An export reads it to know the talk and whether the build is stale without reading talk.yaml
 * or scanning the project itself.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Talk } from '../deck/model.ts';

/** A file as it was when the build read it. */
export interface Stamp {
  /** Root-relative, with forward slashes. */
  file: string;
  size: number;
  mtimeMs: number;
}

/** What the exports need of the talk; no notes, nothing else. */
export type ManifestTalk = Pick<Talk, 'title' | 'author' | 'description' | 'lang'>;

export interface BuildManifest {
  /** The format; a manifest of another format is no manifest. */
  format: typeof FORMAT;
  talk: ManifestTalk;
  /** The build's page (`index.html`) as written, so a build made without this record is told apart. */
  page: Stamp;
  /** Every project file the build read: modules, styles, fonts, pictures, the talk's files, the config. */
  inputs: Stamp[];
}

const FORMAT = 1;

/** Where the record of the build in `outDir` lives. */
export function manifestPath(root: string, outDir: string): string {
  const name = relative(root, outDir).split(sep).join('/').replace(/[^\w.-]+/g, '_') || 'root';
  return join(root, 'node_modules', '.cache', 'deck-builds', `${name}.json`);
}

/** `file` (root-relative) as it is now, or undefined when it is gone. */
export function stampOf(root: string, file: string): Stamp | undefined {
  const found = statSync(join(root, file), { throwIfNoEntry: false });
  return found?.isFile() ? { file, size: found.size, mtimeMs: found.mtimeMs } : undefined;
}

/** The manifest at `path`, or undefined when there is none (or one of another format). */
export function readManifest(path: string): BuildManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as BuildManifest;
    return manifest.format === FORMAT ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** A manifest for `talk`, its page and its inputs. */
export function buildManifest(talk: ManifestTalk, page: Stamp, inputs: readonly Stamp[]): BuildManifest {
  const { title, author, description, lang } = talk;
  return { format: FORMAT, talk: { title, author, description, lang }, page, inputs: [...inputs].sort((a, b) => a.file.localeCompare(b.file)) };
}

/** Whether two stamps describe the same file contents (as far as size and time tell). */
export function sameStamp(a: Stamp, b: Stamp | undefined): boolean {
  return b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;
}
