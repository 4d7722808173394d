import { describe, expect, it } from 'vitest';
import { isDeckSource, staleReason } from './freshness.ts';

describe('staleReason', () => {
  const built = { file: 'dist/index.html', mtimeMs: 1000 };

  it('builds when there is no build', () => {
    expect(staleReason('dist/', undefined, [])).toBe('dist/ is missing');
  });

  it('keeps a build newer than every source', () => {
    expect(staleReason('dist/', built, [{ file: 'slides/01-title.md', mtimeMs: 999 }, { file: 'src/main.ts', mtimeMs: 1000 }])).toBeUndefined();
  });

  it('names the newest changed source and how many more there are', () => {
    const sources = [
      { file: 'slides/01-title.md', mtimeMs: 1500 },
      { file: 'src/theme/deck.css', mtimeMs: 2000 },
      { file: 'src/main.ts', mtimeMs: 10 },
    ];
    expect(staleReason('dist/', built, sources)).toBe('src/theme/deck.css and 1 more changed since dist/ was built');
    expect(staleReason('dist/', built, sources.slice(0, 1))).toBe('slides/01-title.md changed since dist/ was built');
  });
});

describe('isDeckSource', () => {
  it.each(['slides/06-varieties.md', 'slides/talk.yaml', 'assets/art/cover.svg', 'src/main.ts', 'src/theme/print.css', 'src/index.html', 'vite.config.ts', 'package-lock.json'])(
    'counts %s',
    (file) => expect(isDeckSource(file)).toBe(true),
  );

  it.each(['src/deck/parse.test.ts', 'src/cli/pdf.ts', 'src/bench/main.ts', 'assets/readme/pdf-slide.png', 'src/theme/article.css', 'README.md', 'e2e/export/pdf.spec.ts', 'dist/index.html', 'srcx/a.ts'])(
    'leaves out %s',
    (file) => expect(isDeckSource(file)).toBe(false),
  );
});
