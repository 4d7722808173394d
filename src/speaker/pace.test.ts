import { describe, expect, it } from 'vitest';
import { clockText, pace, plannedStart } from './pace.ts';

const TIMINGS = [60, 120, 90, 30];

describe('pace', () => {
  it('counts down the slide and says the talk is on plan when it is', () => {
    const at = plannedStart(TIMINGS, 1) + 75;
    expect(pace(TIMINGS, 1, 75, at)).toMatchObject({ slide: 'this slide: 0:45 left of 2:00', talk: 'talk: on plan', level: 'on-plan' });
  });

  it('says how far behind the talk is, in words', () => {
    // On slide 3 after 10 s, but the talk has run 70 s longer than planned for that.
    const talk = plannedStart(TIMINGS, 2) + 10 + 70;
    expect(pace(TIMINGS, 2, 10, talk)).toMatchObject({ talk: 'talk: 1:10 behind plan', level: 'late', behindSeconds: 70 });
  });

  it('says how far ahead it is', () => {
    expect(pace(TIMINGS, 2, 0, plannedStart(TIMINGS, 2) - 30).talk).toBe('talk: 0:30 ahead of plan');
  });

  it('overstaying a slide is being behind, and the slide says by how much', () => {
    const result = pace(TIMINGS, 0, 80, 80);
    expect(result.slide).toBe('this slide: 0:20 over 1:00');
    expect(result.talk).toBe('talk: 0:20 behind plan');
    expect(result.level).toBe('behind');
  });

  it('is right mid-talk: a timer joined at a slide’s planned start is on plan there', () => {
    const index = 3;
    expect(pace(TIMINGS, index, 0, plannedStart(TIMINGS, index))).toMatchObject({ level: 'on-plan', talk: 'talk: on plan', slide: 'this slide: 0:30 left of 0:30' });
  });
});

describe('clockText', () => {
  it('writes minutes and seconds, and hours when there are any', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(75)).toBe('1:15');
    expect(clockText(3725)).toBe('1:02:05');
  });
});
