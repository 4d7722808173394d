import { describe, expect, it } from 'vitest';
import { arrive, elapsed, isRunning, isStale, joinTalk, onSlide, parseClock, pause, resume, STALE_AFTER_MS } from './talk-clock.ts';

describe('talk clock', () => {
  it('joined mid-talk, it starts at the slide’s planned start and runs', () => {
    const clock = joinTalk('the-puzzle', 300_000, 1_000, true);
    expect(elapsed(clock, 11_000)).toBe(310_000);
    expect(onSlide(clock, 11_000)).toBe(10_000);
  });

  it('at the start of the talk it waits until resumed', () => {
    const clock = joinTalk('title', 0, 1_000, false);
    expect(elapsed(clock, 50_000)).toBe(0);
    expect(isRunning(clock)).toBe(false);
    expect(elapsed(resume(clock, 50_000), 52_000)).toBe(2_000);
  });

  it('pauses and resumes without losing time, and a paused slide does not age', () => {
    let clock = joinTalk('a', 0, 0, true);
    clock = pause(clock, 5_000);
    expect(elapsed(clock, 60_000)).toBe(5_000);
    clock = resume(clock, 60_000);
    expect(elapsed(clock, 61_000)).toBe(6_000);
    expect(onSlide(clock, 61_000)).toBe(6_000);
  });

  it('times each slide from the moment the speaker arrives; steps within a slide do not restart it', () => {
    let clock = joinTalk('a', 0, 0, true);
    clock = arrive(clock, 'b', 20_000);
    expect(onSlide(clock, 25_000)).toBe(5_000);
    expect(arrive(clock, 'b', 30_000)).toBe(clock);
  });

  it('a timer left running overnight is stale; a paused one or a recent one is not', () => {
    const clock = joinTalk('a', 0, 0, true);
    expect(isStale(clock, 60 * 60 * 1000)).toBe(false);
    expect(isStale(clock, STALE_AFTER_MS + 1)).toBe(true);
    expect(isStale(pause(clock, 1_000), STALE_AFTER_MS + 1)).toBe(false);
  });

  it('survives a round trip through storage, and refuses what is not a clock', () => {
    const clock = pause(joinTalk('a', 10, 0, true), 100);
    expect(parseClock(JSON.stringify(clock))).toEqual(clock);
    expect(parseClock(null)).toBeUndefined();
    expect(parseClock('{"elapsedMs":"x"}')).toBeUndefined();
    expect(parseClock('not json')).toBeUndefined();
  });
});
