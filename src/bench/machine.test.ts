import { describe, expect, it } from 'vitest';
import { loadNote } from './machine.ts';

describe('loadNote', () => {
  it('says nothing when only the bench itself kept the machine busy', () => {
    expect(loadNote({ before: 0.3, peak: 2.9 }, 2)).toBeUndefined();
  });

  it('warns with the load when other work ran before or during the run', () => {
    expect(loadNote({ before: 11.6, peak: 19.1 }, 2)).toBe(
      'note: the machine was busy (load average 11.6 before the run, up to 19.1 during it, on 2 CPUs): absolute figures are slower and wider than on an idle machine; compare the ratios',
    );
    expect(loadNote({ before: 0.2, peak: 6 }, 2)).toMatch(/^note: the machine was busy/);
  });
});
