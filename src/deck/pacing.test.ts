import { describe, expect, it } from 'vitest';
import { countWords, MINIMUM_SECONDS, paceSlides } from './pacing.ts';

const at = { file: 'slides/talk.yaml', line: 5, column: 11 };

describe('paceSlides', () => {
  it('keeps explicit timings and shares the rest by the words of the notes', () => {
    const { value, problems } = paceSlides([{ timing: 60, noteWords: 500 }, { noteWords: 100 }, { noteWords: 300 }], 600, at);
    expect(problems).toEqual([]);
    // 60 s fixed; the other 540 s: 15 s each, and the spare 510 s split 100 : 300 words.
    expect(value).toEqual([60, MINIMUM_SECONDS + 128, MINIMUM_SECONDS + 382]);
  });

  it('shares evenly when no slide has notes', () => {
    expect(paceSlides([{ noteWords: 0 }, { noteWords: 0 }], 100, at).value).toEqual([50, 50]);
  });

  it('warns, at talk.yaml\'s duration, when timings leave too little for the untimed slides, and gives each the minimum', () => {
    const { value, problems } = paceSlides([{ timing: 90, noteWords: 0 }, { noteWords: 10 }], 100, at);
    expect(problems).toEqual([
      expect.objectContaining({
        ...at,
        severity: 'warning',
        message: "the slides' timings (1m30s) leave 10s for 1 untimed slides in a 1m40s talk: pacing gives each of them the minimum 15s, so the slides add up to 1m45s",
        hint: 'raise "duration" to at least 1m45s or shorten some "timing" values',
      }),
    ]);
    expect(value).toEqual([90, 15]);
  });
});

describe('countWords', () => {
  it('counts words, not Markdown punctuation', () => {
    expect(countWords('- *Open* source — and {Nye 1996@27}')).toBe(5);
  });
});
