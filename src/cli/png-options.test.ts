import { describe, expect, it } from 'vitest';
import { ExitCode, ExportError } from '../node/exit-codes.ts';
import { DEFAULT_PNG_OUT, parsePngOptions } from './png-options.ts';

function usageMessage(argv: string[]): string {
  try {
    parsePngOptions(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).exitCode).toBe(ExitCode.usage);
    return (error as Error).message;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
}

describe('npm run png options', () => {
  it('defaults to one 1280×720 picture per slide in the deck’s theme', () => {
    expect(parsePngOptions([])).toMatchObject({ out: DEFAULT_PNG_OUT, scale: 1, fragments: false, theme: undefined, help: false });
  });

  it('takes a folder, a scale, steps and a theme', () => {
    expect(parsePngOptions(['--out', 'pics', '--scale', '2', '--fragments', '--theme', 'light'])).toMatchObject({ out: 'pics', scale: 2, fragments: true, theme: 'light' });
    expect(parsePngOptions(['-o', 'x']).out).toBe('x');
  });

  it('says what is wrong with a bad line', () => {
    expect(usageMessage(['--scale', '3'])).toContain('--scale takes 1 (1280×720) or 2');
    expect(usageMessage(['--theme', 'sepia'])).toBe('unknown theme "sepia" (use dark or light)');
    expect(usageMessage(['--out', ''])).toBe('--out needs a folder name');
    expect(usageMessage(['pics'])).toContain('unexpected argument "pics"');
    expect(usageMessage(['--handout'])).toContain('npm run png -- --help lists the options');
    expect(usageMessage(['--timeout', '0'])).toContain('--timeout takes a number of seconds above 0');
  });
});
