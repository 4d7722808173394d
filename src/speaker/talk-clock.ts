/**
 * The talk timer: how long the talk has been running and since when the speaker has been on the
 * current slide. Pure: every function takes the time (`now`, ms since the epoch) and returns a
 * new clock, so the same clock can be stored (localStorage) and read back by any speaker view,
 * and a reload or a second window carries on from where the first one was.
 */

export interface TalkClock {
  /** Talk time counted up to `runningSince` (or in total while paused), in ms. */
  elapsedMs: number;
  /** When the timer last started running; null while paused. */
  runningSince: number | null;
  /** The slide the speaker is on (its slug), and the talk time at which they arrived there. */
  slide: string;
  arrivedAtMs: number;
}

/**
 * A timer left running this long belongs to an earlier talk or rehearsal (a browser left open
 * overnight), not to this one: no talk runs six hours.
 */
export const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

/** True when the stored timer is an old one that a new speaker view should not carry on. */
export function isStale(clock: TalkClock, now: number): boolean {
  return clock.runningSince !== null && now - clock.runningSince > STALE_AFTER_MS;
}

/** Talk time now, in ms. */
export function elapsed(clock: TalkClock, now: number): number {
  return clock.elapsedMs + (clock.runningSince === null ? 0 : Math.max(0, now - clock.runningSince));
}

/** Time on the current slide now, in ms. */
export function onSlide(clock: TalkClock, now: number): number {
  return Math.max(0, elapsed(clock, now) - clock.arrivedAtMs);
}

/**
 * A timer for a talk the speaker view joins: at `slide`, as if the talk had gone to plan until
 * this slide began (`plannedStartMs`), so opening the speaker view mid-talk paces from there.
 * It runs at once, except at the very start of the talk, where it waits for the first step.
 */
export function joinTalk(slide: string, plannedStartMs: number, now: number, running: boolean): TalkClock {
  return { elapsedMs: plannedStartMs, runningSince: running ? now : null, slide, arrivedAtMs: plannedStartMs };
}

export function pause(clock: TalkClock, now: number): TalkClock {
  return clock.runningSince === null ? clock : { ...clock, elapsedMs: elapsed(clock, now), runningSince: null };
}

export function resume(clock: TalkClock, now: number): TalkClock {
  return clock.runningSince === null ? { ...clock, runningSince: now } : clock;
}

export function isRunning(clock: TalkClock): boolean {
  return clock.runningSince !== null;
}

/** The speaker moved to `slide`: its time starts now (moving within a slide changes nothing). */
export function arrive(clock: TalkClock, slide: string, now: number): TalkClock {
  return slide === clock.slide ? clock : { ...clock, slide, arrivedAtMs: elapsed(clock, now) };
}

/** Parses a stored clock; anything else (an old format, a hand edit) is no clock. */
export function parseClock(text: string | null): TalkClock | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<TalkClock>;
    const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
    if (!finite(value.elapsedMs) || !finite(value.arrivedAtMs) || typeof value.slide !== 'string') return undefined;
    if (value.runningSince !== null && !finite(value.runningSince)) return undefined;
    return { elapsedMs: value.elapsedMs, runningSince: value.runningSince, slide: value.slide, arrivedAtMs: value.arrivedAtMs };
  } catch {
    return undefined;
  }
}
