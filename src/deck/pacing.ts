/**
 * Pacing: how many seconds each slide gets. Slides with `timing` keep it; the rest of the
 * talk's duration (slides/talk.yaml) is shared by the others in proportion to their notes,
 * because the notes are what the speaker will actually say.
 */
import { formatDuration } from './duration.ts';
import type { Outcome } from './model.ts';
import { problemAt, type Problem, type SourcePosition } from './problem.ts';

/** Below this a slide cannot even be introduced; a title or a divider still takes a moment. */
export const MINIMUM_SECONDS = 15;

export interface PacedSlide {
  timing?: number;
  /** Words the speaker plans to say. */
  noteWords: number;
}

/** Counts words in notes, ignoring Markdown punctuation. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Seconds for each slide, in order; they add up to `duration` unless explicit timings exceed it. */
export function paceSlides(slides: readonly PacedSlide[], duration: number, talkAt: SourcePosition): Outcome<number[]> {
  const problems: Problem[] = [];
  const fixed = slides.reduce((sum, slide) => sum + (slide.timing ?? 0), 0);
  const open = slides.filter((slide) => slide.timing === undefined);
  const floor = open.length * MINIMUM_SECONDS;
  const remaining = duration - fixed;
  // Too short a talk still builds (a short version of it is a real need): the speaker is told
  // what the pacing timer will do instead.
  if (remaining < floor)
    problems.push(
      problemAt(
        talkAt,
        `the slides' timings (${formatDuration(fixed)}) leave ${formatDuration(Math.max(0, remaining))} for ${open.length} untimed slides in a ${formatDuration(duration)} talk: pacing gives each of them the minimum ${MINIMUM_SECONDS}s, so the slides add up to ${formatDuration(fixed + floor)}`,
        `raise "duration" to at least ${formatDuration(fixed + floor)} or shorten some "timing" values`,
        'warning',
      ),
    );
  const spare = Math.max(0, remaining - floor);
  const words = open.reduce((sum, slide) => sum + slide.noteWords, 0);
  const shares = slides.map((slide) =>
    slide.timing ?? MINIMUM_SECONDS + (words > 0 ? (spare * slide.noteWords) / words : spare / open.length),
  );
  return { value: roundKeepingSum(shares), problems };
}

/** Rounds to whole seconds while keeping the total (largest remainders get the spare seconds). */
function roundKeepingSum(values: number[]): number[] {
  const floors = values.map(Math.floor);
  let spare = Math.round(values.reduce((a, b) => a + b, 0)) - floors.reduce((a, b) => a + b, 0);
  const order = values.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
  for (const { index } of order) {
    if (spare <= 0) break;
    floors[index]! += 1;
    spare -= 1;
  }
  return floors;
}
