/**
 * A snapshot of the project in a temporary folder, so the bench can build, serve and edit
 * slides without touching the working tree others are editing (or its dist/).
 */
import { cpSync, mkdirSync, readdirSync, realpathSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Top-level entries a build never reads: outputs, caches, tests and version control.
 * Everything else is copied, so a folder the build starts to import is not forgotten.
 */
const LEFT_OUT = /^(?:node_modules|\.git|\.cache|\.ci|\.e2e|e2e|dist(?:-.*)?|test-results|playwright-report|bench-results|.*\.pdf|.*\.log)$/;

export interface CopyOptions {
  /** Leave the slides out, for a deck the caller generates (growth.ts). */
  withoutSlides?: boolean;
}

/**
 * Folders in node_modules that tools write into while they run: Vite's dependency cache and
 * bundled config (`.vite`, `.vite-temp`) and the PDF export's notes build (`.cache`). The copy
 * gets its own, empty, so the bench never writes into the project's node_modules.
 */
const WRITTEN_IN_NODE_MODULES = new Set(['.cache', '.vite', '.vite-temp']);

/**
 * Copies the project at `from` into `to`. Its node_modules is a folder of links to the
 * packages, not a copy (hundreds of megabytes) and not one link to the whole folder (the
 * tools' caches inside would be shared with the project).
 */
export function copyProject(from: string, to: string, options: CopyOptions = {}): string {
  for (const name of readdirSync(from)) {
    if (LEFT_OUT.test(name) || (options.withoutSlides && name === 'slides')) continue;
    cpSync(join(from, name), join(to, name), { recursive: true });
  }
  const modules = join(from, 'node_modules');
  mkdirSync(join(to, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (!WRITTEN_IN_NODE_MODULES.has(name)) symlinkSync(realpathSync(join(modules, name)), join(to, 'node_modules', name));
  }
  return to;
}

/** The real folder the packages of a copy's node_modules live in (outside the copy). */
export function packagesFolder(project: string): string {
  return dirname(realpathSync(join(project, 'node_modules', 'vite')));
}
