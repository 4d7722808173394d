import { describe, expect, it } from 'vitest';
import { buildManifest, type Stamp } from '../node/build-manifest.ts';
import { staleReason } from './freshness.ts';

const talk = { title: 'T', author: 'A', description: 'D', lang: 'en' };
const page: Stamp = { file: 'dist/index.html', size: 900, mtimeMs: 1000 };
const inputs: Stamp[] = [
  { file: 'slides/talk.yaml', size: 300, mtimeMs: 500 },
  { file: 'src/main.ts', size: 2000, mtimeMs: 400 },
  { file: 'src/theme/deck.css', size: 4000, mtimeMs: 600 },
];
const build = { name: 'dist/', page: 'dist/index.html' };
const manifest = buildManifest(talk, page, inputs);
/** The project as `files` describe it now. */
const project = (...files: Stamp[]) => (file: string) => files.find((stamp) => stamp.file === file);

describe('staleReason', () => {
  it('keeps a build whose every input is as the build read it', () => {
    expect(staleReason(build, manifest, project(page, ...inputs))).toBeUndefined();
  });

  it('builds when there is no build', () => {
    expect(staleReason(build, manifest, project(...inputs))).toBe('dist/ is missing');
  });

  it('builds when the build left no record, or another build replaced it', () => {
    expect(staleReason(build, undefined, project(page, ...inputs))).toBe('dist/ has no record of the files it was made from');
    expect(staleReason(build, manifest, project({ ...page, mtimeMs: 2000 }, ...inputs))).toBe('dist/ has no record of the files it was made from');
  });

  it('names the first changed input and how many more there are, by content or time', () => {
    const edited = project(page, { ...inputs[0]!, size: 301 }, inputs[1]!, { ...inputs[2]!, mtimeMs: 700 });
    expect(staleReason(build, manifest, edited)).toBe('slides/talk.yaml and 1 more changed since dist/ was built');
  });

  it('says when an input went away', () => {
    expect(staleReason(build, manifest, project(page, inputs[0]!, inputs[2]!))).toBe('src/main.ts went away since dist/ was built');
  });

  it('looks only at what the build read: a file it never read (a test, a command) changes nothing', () => {
    expect(staleReason(build, manifest, project(page, ...inputs, { file: 'src/cli/pdf.ts', size: 1, mtimeMs: 9999 }))).toBeUndefined();
  });
});
