/**
 * A snapshot of the project in a temporary folder, so the bench can build, serve and edit
 * slides without touching the working tree others are editing (or its dist/).
 */
import { cpSync, readdirSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Top-level entries a build never reads: outputs, caches, tests and version control.
 * Everything else is copied, so a folder the build starts to import is not forgotten.
 */
const LEFT_OUT = /^(?:node_modules|\.git|\.cache|\.ci|\.e2e|e2e|dist(?:-.*)?|test-results|playwright-report|bench-results|.*\.pdf|.*\.log)$/;

export interface CopyOptions {
  /** Leave the slides out, for a deck the caller generates (growth.ts). */
  withoutSlides?: boolean;
}

/** Copies the project at `from` into `to`; node_modules is linked, not copied. */
export function copyProject(from: string, to: string, options: CopyOptions = {}): string {
  for (const name of readdirSync(from)) {
    if (LEFT_OUT.test(name) || (options.withoutSlides && name === 'slides')) continue;
    cpSync(join(from, name), join(to, name), { recursive: true });
  }
  symlinkSync(realpathSync(join(from, 'node_modules')), join(to, 'node_modules'), 'dir');
  return to;
}
