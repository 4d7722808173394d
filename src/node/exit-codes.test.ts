import { describe, expect, it } from 'vitest';
import { ExitCode, exitCodeOf, failureLine, ExportError } from './exit-codes.ts';

describe('exit codes', () => {
  it('gives every kind of failure its own code, apart from success', () => {
    const codes = Object.values(ExitCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(ExitCode.ok).toBe(0);
    expect(codes.filter((code) => code !== ExitCode.ok).every((code) => code > 0 && code < 126)).toBe(true);
  });

  it('keeps the code a ExportError carries, and calls anything else unexpected', () => {
    expect(exitCodeOf(new ExportError(ExitCode.timedOut, 'late'))).toBe(ExitCode.timedOut);
    expect(exitCodeOf(new ExportError(ExitCode.noBrowser, 'none'))).toBe(ExitCode.noBrowser);
    expect(exitCodeOf(new TypeError('bug'))).toBe(ExitCode.unexpected);
    expect(exitCodeOf('a string')).toBe(ExitCode.unexpected);
  });

  it('prints one line starting with the command name', () => {
    expect(failureLine(new ExportError(ExitCode.outputNotWritable, 'cannot write /x.pdf'), 'pdf')).toBe('pdf: cannot write /x.pdf');
    expect(failureLine(new Error('page.goto: net::ERR_FAILED\nCall log:\n  - navigating'), 'pdf')).toBe('pdf: page.goto: net::ERR_FAILED');
    expect(failureLine('\n\n', 'pdf')).toBe('pdf: failed');
  });
});
