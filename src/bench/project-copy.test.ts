import { existsSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, packagesFolder } from './project-copy.ts';

describe('copyProject', () => {
  const work = mkdtempSync(join(tmpdir(), 'bench-copy-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const project = join(work, 'project');
  for (const folder of ['slides', 'src', 'dist', '.git', 'node_modules/vite', 'node_modules/.vite', 'node_modules/.cache/deck-pdf']) mkdirSync(join(project, folder), { recursive: true });
  writeFileSync(join(project, 'slides', '01-title.md'), '# Title\n');
  writeFileSync(join(project, 'package.json'), '{}');

  it('copies what a build reads and leaves out outputs and version control', () => {
    const copy = copyProject(project, join(work, 'copy'));
    expect(existsSync(join(copy, 'slides', '01-title.md'))).toBe(true);
    expect(existsSync(join(copy, 'package.json'))).toBe(true);
    expect(existsSync(join(copy, 'dist'))).toBe(false);
    expect(existsSync(join(copy, '.git'))).toBe(false);
  });

  it('links the packages but gives the copy caches of its own, so tools never write into the project', () => {
    const copy = copyProject(project, join(work, 'copy-2'));
    expect(lstatSync(join(copy, 'node_modules')).isSymbolicLink()).toBe(false);
    expect(readlinkSync(join(copy, 'node_modules', 'vite'))).toBe(join(project, 'node_modules', 'vite'));
    expect(existsSync(join(copy, 'node_modules', '.vite'))).toBe(false);
    expect(existsSync(join(copy, 'node_modules', '.cache'))).toBe(false);
    expect(packagesFolder(copy)).toBe(join(project, 'node_modules'));
  });

  it('links a copy of a copy to the same packages, and can leave the slides out', () => {
    const copy = copyProject(join(work, 'copy-2'), join(work, 'copy-3'), { withoutSlides: true });
    expect(packagesFolder(copy)).toBe(join(project, 'node_modules'));
    expect(existsSync(join(copy, 'slides'))).toBe(false);
  });
});
