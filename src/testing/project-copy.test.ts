import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COPY_CONFIG, makeProjectCopy, packagesFolder } from './project-copy.ts';

describe('makeProjectCopy', () => {
  const work = mkdtempSync(join(tmpdir(), 'project-copy-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const project = join(work, 'project');
  for (const folder of ['slides', 'assets', 'src', 'dist', '.git', 'node_modules/vite', 'node_modules/.vite', 'node_modules/.cache/deck-pdf']) mkdirSync(join(project, folder), { recursive: true });
  for (const file of ['slides/01-title.md', 'vite.config.ts', 'tsconfig.json', 'package.json']) writeFileSync(join(project, file), '');

  it('copies what a build reads and leaves out outputs and version control', () => {
    const copy = makeProjectCopy(join(work, 'copy'), { from: project });
    expect(existsSync(join(copy, 'slides', '01-title.md'))).toBe(true);
    expect(existsSync(join(copy, 'package.json'))).toBe(true);
    expect(existsSync(join(copy, 'dist'))).toBe(false);
    expect(existsSync(join(copy, '.git'))).toBe(false);
  });

  it('links the packages but gives the copy caches of its own, so tools never write into the project', () => {
    const copy = makeProjectCopy(join(work, 'copy-2'), { from: project });
    expect(lstatSync(join(copy, 'node_modules')).isSymbolicLink()).toBe(false);
    expect(readlinkSync(join(copy, 'node_modules', 'vite'))).toBe(join(project, 'node_modules', 'vite'));
    expect(existsSync(join(copy, 'node_modules', '.vite'))).toBe(false);
    expect(existsSync(join(copy, 'node_modules', '.cache'))).toBe(false);
    expect(packagesFolder(copy)).toBe(join(project, 'node_modules'));
    // The dev server may serve the linked packages (fonts), which live outside the copy.
    expect(readFileSync(join(copy, COPY_CONFIG), 'utf8')).toContain(JSON.stringify(join(project, 'node_modules')));
  });

  it('links a copy of a copy to the same packages, and can leave the slides out', () => {
    const copy = makeProjectCopy(join(work, 'copy-3'), { from: join(work, 'copy-2'), withoutSlides: true });
    expect(packagesFolder(copy)).toBe(join(project, 'node_modules'));
    expect(existsSync(join(copy, 'slides'))).toBe(false);
  });
});
