/**
 * Pacing in words, from the plan: each slide's planned seconds (`data-timing`, which the loader
 * computes from the talk's duration, `timing:` and note length in src/deck/pacing.ts) and the
 * talk timer. "this slide: 0:45 left of 2:00", "talk: 1:10 behind plan".
 */

/** How the speaker stands: fine, a little behind (or over on this slide), well behind. */
export type PaceLevel = 'on-plan' | 'behind' | 'late';

export interface Pace {
  slide: string;
  talk: string;
  /** The worse of the two, for the colour. */
  level: PaceLevel;
  /** Seconds behind plan (negative: ahead). */
  behindSeconds: number;
}

/** Within this many seconds of the plan the talk counts as on plan: nobody paces to the second. */
export const ON_PLAN_SECONDS = 15;
/** Behind by more than this, the speaker should cut something now. */
export const LATE_SECONDS = 60;

/** `75` → `1:15`; `3725` → `1:02:05`. */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Planned seconds before slide `index` starts. */
export function plannedStart(timings: readonly number[], index: number): number {
  return timings.slice(0, Math.max(0, index)).reduce((sum, seconds) => sum + seconds, 0);
}

/**
 * The pace on slide `index`, `slideSeconds` into it, `talkSeconds` into the talk. Where the plan
 * expects the speaker to be: the slide's planned start plus the time spent on it, up to its
 * planned length; being later than that is being behind.
 */
export function pace(timings: readonly number[], index: number, slideSeconds: number, talkSeconds: number): Pace {
  const planned = timings[index] ?? 0;
  const left = planned - slideSeconds;
  const slide = left >= 0 ? `this slide: ${clockText(left)} left of ${clockText(planned)}` : `this slide: ${clockText(-left)} over ${clockText(planned)}`;
  const expected = plannedStart(timings, index) + Math.min(slideSeconds, planned);
  const behindSeconds = Math.round(talkSeconds - expected);
  const talk =
    Math.abs(behindSeconds) < ON_PLAN_SECONDS
      ? 'talk: on plan'
      : `talk: ${clockText(Math.abs(behindSeconds))} ${behindSeconds > 0 ? 'behind' : 'ahead of'} plan`;
  const level: PaceLevel = behindSeconds > LATE_SECONDS ? 'late' : behindSeconds >= ON_PLAN_SECONDS || left < 0 ? 'behind' : 'on-plan';
  return { slide, talk, level, behindSeconds };
}
