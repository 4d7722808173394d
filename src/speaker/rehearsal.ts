/**
 * Rehearsal: the talk run from the first slide with the time spent on each slide recorded, then
 * set against the plan, with `timing:` values to paste into the slides' front matter. Pure:
 * times come in as arguments (ms since the epoch), results go out as data and CSV text.
 */
import { MINIMUM_SECONDS } from '../deck/pacing.ts';

export interface Rehearsal {
  /** The slide being rehearsed now (its slug), since when. */
  slide: string;
  enteredAt: number;
  /** Ms spent on each slide so far; a slide visited twice adds up. */
  spentMs: Record<string, number>;
}

/** A slide as the plan has it. */
export interface PlannedSlide {
  slug: string;
  title: string;
  /** Planned seconds (`data-timing`). */
  timing: number;
}

export interface RehearsedSlide extends PlannedSlide {
  actual: number;
  /** What to write as `timing:` for the plan to match this rehearsal; none for a slide never reached. */
  suggested?: number;
}

export interface RehearsalResult {
  slides: RehearsedSlide[];
  planned: number;
  actual: number;
}

/** Suggested timings are rounded to this step: nobody plans a slide to the second. */
export const SUGGESTION_STEP_SECONDS = 5;

export function startRehearsal(firstSlide: string, now: number): Rehearsal {
  return { slide: firstSlide, enteredAt: now, spentMs: {} };
}

/** The time since the last move goes to the slide left; moving within a slide changes nothing. */
export function moveTo(rehearsal: Rehearsal, slide: string, now: number): Rehearsal {
  if (slide === rehearsal.slide) return rehearsal;
  return { slide, enteredAt: now, spentMs: withSpent(rehearsal, now) };
}

/** The rehearsal's recorded times set against the plan, slide by slide and in total. */
export function finishRehearsal(rehearsal: Rehearsal, plan: readonly PlannedSlide[], now: number): RehearsalResult {
  const spent = withSpent(rehearsal, now);
  const slides = plan.map((slide) => {
    const reached = spent[slide.slug] !== undefined;
    const actual = Math.round((spent[slide.slug] ?? 0) / 1000);
    return reached ? { ...slide, actual, suggested: suggestedTiming(actual) } : { ...slide, actual };
  });
  const sum = (pick: (slide: RehearsedSlide) => number) => slides.reduce((total, slide) => total + pick(slide), 0);
  return { slides, planned: sum((slide) => slide.timing), actual: sum((slide) => slide.actual) };
}

/** A rehearsed time as a `timing:` value: a multiple of 5 s, never under the loader's minimum. */
export function suggestedTiming(actualSeconds: number): number {
  return Math.max(MINIMUM_SECONDS, Math.round(actualSeconds / SUGGESTION_STEP_SECONDS) * SUGGESTION_STEP_SECONDS);
}

/** The result as CSV (RFC 4180: quoted where needed, CRLF), one row per slide and a total. */
export function rehearsalCsv(result: RehearsalResult): string {
  const rows = [
    ['slide', 'title', 'planned_seconds', 'actual_seconds', 'suggested_timing'],
    ...result.slides.map((slide) => [slide.slug, slide.title, slide.timing, slide.actual, slide.suggested ?? '']),
    ['total', '', result.planned, result.actual, ''],
  ];
  return rows.map((row) => row.map((cell) => csvCell(String(cell))).join(',')).join('\r\n') + '\r\n';
}

/** Parses a stored result; anything malformed is no result. */
export function parseRehearsalResult(text: string | null): RehearsalResult | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as RehearsalResult;
    return Array.isArray(value.slides) && value.slides.every((s) => typeof s.slug === 'string' && Number.isFinite(s.actual)) ? value : undefined;
  } catch {
    return undefined;
  }
}

function withSpent(rehearsal: Rehearsal, now: number): Record<string, number> {
  const spent = { ...rehearsal.spentMs };
  spent[rehearsal.slide] = (spent[rehearsal.slide] ?? 0) + Math.max(0, now - rehearsal.enteredAt);
  return spent;
}

/** A title with a comma, a quote or a line break is quoted, its quotes doubled. */
function csvCell(text: string): string {
  // A leading =, +, - or @ would make a spreadsheet run the title as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
