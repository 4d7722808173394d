import { describe, expect, it } from 'vitest';
import { ExitCode, ExportError } from '../node/exit-codes.ts';
import { DEFAULT_TIMEOUT_SECONDS, parsePdfOptions } from './pdf-options.ts';

/** The usage failure `argv` gives, as exit code and message. */
function failure(argv: string[]): { code: number; message: string } {
  try {
    parsePdfOptions(argv);
  } catch (error) {
    if (error instanceof ExportError) return { code: error.exitCode, message: error.message };
    throw error;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('parsePdfOptions', () => {
  it('writes deck.pdf, a page per slide, by default', () => {
    expect(parsePdfOptions([])).toEqual({ kind: 'slides', out: 'deck.pdf', paper: 'a4', fragments: false, theme: undefined, perPage: 1, timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000, help: false });
  });

  it('writes deck-handout.pdf for --handout, on the paper asked for', () => {
    expect(parsePdfOptions(['--handout'])).toMatchObject({ kind: 'handout', out: 'deck-handout.pdf', paper: 'a4' });
    expect(parsePdfOptions(['--handout', '--paper', 'letter'])).toMatchObject({ paper: 'letter' });
    expect(parsePdfOptions(['--handout', '--paper=letter'])).toMatchObject({ paper: 'letter' });
  });

  it('takes --out in both spellings, and -o', () => {
    expect(parsePdfOptions(['--out', 'talk.pdf']).out).toBe('talk.pdf');
    expect(parsePdfOptions(['--out=out/talk.pdf', '--handout']).out).toBe('out/talk.pdf');
    expect(parsePdfOptions(['-o', 'x.pdf']).out).toBe('x.pdf');
  });

  it('takes --fragments and --timeout in seconds', () => {
    expect(parsePdfOptions(['--fragments', '--timeout', '2.5'])).toMatchObject({ fragments: true, timeoutMs: 2500 });
    expect(parsePdfOptions(['--fragments']).out).toBe('deck-fragments.pdf');
    expect(parsePdfOptions(['--fragments', '--out', 'steps.pdf']).out).toBe('steps.pdf');
  });

  it('asks for help with --help and -h', () => {
    expect(parsePdfOptions(['--help']).help).toBe(true);
    expect(parsePdfOptions(['-h']).help).toBe(true);
  });

  it.each([
    [['--paper', 'a3', '--handout'], /unknown paper "a3" \(use a4 or letter\)/],
    [['--paper', 'letter'], /add --handout/],
    [['--fragments', '--handout'], /--fragments is for the slides PDF/],
    [['--timeout', 'soon'], /--timeout takes a number of seconds above 0, not "soon"/],
    [['--timeout', '0'], /above 0/],
    [['--timeout', ''], /above 0/],
    [['--out', ''], /--out needs a file name/],
    [['--out'], /--out/],
    [['--colour'], /--colour/],
    [['deck.pdf'], /unexpected argument "deck.pdf".*--out/],
  ])('refuses %j as a usage failure', (argv, message) => {
    const { code, message: text } = failure(argv);
    expect(code).toBe(ExitCode.usage);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });

  it('prints the handout light unless --theme dark, and the slides in the deck’s theme unless told', () => {
    expect(parsePdfOptions(['--handout']).theme).toBe('light');
    expect(parsePdfOptions(['--handout', '--theme', 'dark']).theme).toBe('dark');
    expect(parsePdfOptions([]).theme).toBeUndefined();
    expect(parsePdfOptions(['--theme', 'light']).theme).toBe('light');
    expect(failure(['--theme', 'blue'])).toEqual({ code: ExitCode.usage, message: 'unknown theme "blue" (use dark or light)' });
  });

  it('puts 2 or 3 slides on a handout sheet when asked', () => {
    expect(parsePdfOptions(['--handout']).perPage).toBe(1);
    expect(parsePdfOptions(['--handout', '--per-page', '3']).perPage).toBe(3);
    expect(failure(['--handout', '--per-page', '4']).message).toBe('--per-page takes 1, 2 or 3 slides per sheet, not "4"');
    expect(failure(['--per-page', '2']).message).toBe("--per-page sets the handout's slides per sheet: add --handout");
  });
});
