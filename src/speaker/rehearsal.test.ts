import { describe, expect, it } from 'vitest';
import { finishRehearsal, moveTo, parseRehearsalResult, rehearsalCsv, startRehearsal, suggestedTiming } from './rehearsal.ts';

const PLAN = [
  { slug: 'title', title: 'Title', timing: 30 },
  { slug: 'puzzle', title: 'The puzzle, "again"', timing: 120 },
  { slug: 'end', title: 'End', timing: 60 },
];

describe('rehearsal', () => {
  it('records the time on each slide, adding up revisits, and sets it against the plan; a slide never reached gets no suggestion', () => {
    let rehearsal = startRehearsal('title', 0);
    rehearsal = moveTo(rehearsal, 'puzzle', 41_000);
    rehearsal = moveTo(rehearsal, 'puzzle', 60_000);
    rehearsal = moveTo(rehearsal, 'title', 131_000);
    rehearsal = moveTo(rehearsal, 'puzzle', 133_000);
    const result = finishRehearsal(rehearsal, PLAN, 150_000);
    expect(result.slides.map((s) => [s.slug, s.actual, s.suggested])).toEqual([
      ['title', 43, 45],
      ['puzzle', 107, 105],
      ['end', 0, undefined],
    ]);
    expect(result.planned).toBe(210);
    expect(result.actual).toBe(150);
  });

  it('suggests timings in steps of 5 s, never below the loader’s minimum', () => {
    expect(suggestedTiming(3)).toBe(15);
    expect(suggestedTiming(92)).toBe(90);
    expect(suggestedTiming(93)).toBe(95);
  });

  it('writes CSV a spreadsheet reads: a header, one row a slide, quoted titles, a total', () => {
    const result = finishRehearsal(startRehearsal('title', 0), PLAN, 30_000);
    const lines = rehearsalCsv(result).split('\r\n');
    expect(lines[0]).toBe('slide,title,planned_seconds,actual_seconds,suggested_timing');
    expect(lines[1]).toBe('title,Title,30,30,30');
    expect(lines[2]).toBe('puzzle,"The puzzle, ""again""",120,0,');
    expect(lines[4]).toBe('total,,210,30,');
  });

  it('never writes a title a spreadsheet would run as a formula', () => {
    const result = finishRehearsal(startRehearsal('x', 0), [{ slug: 'x', title: '=HYPERLINK("x")', timing: 15 }], 0);
    expect(rehearsalCsv(result).split('\r\n')[1]).toBe(`x,"'=HYPERLINK(""x"")",15,0,15`);
  });

  it('keeps a result through storage and refuses what is not one', () => {
    const result = finishRehearsal(startRehearsal('title', 0), PLAN, 1_000);
    expect(parseRehearsalResult(JSON.stringify(result))).toEqual(result);
    expect(parseRehearsalResult('{"slides":3}')).toBeUndefined();
    expect(parseRehearsalResult('oops')).toBeUndefined();
  });
});
