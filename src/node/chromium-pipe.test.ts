import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChromiumCrash, faulted, launchPipedChromium } from './chromium-pipe.ts';
import { ExitCode, ExportError } from './exit-codes.ts';

describe('faulted', () => {
  it('is a signal, or an exit code a wrapper script passes on for one, but never the kill close() sends', () => {
    expect(faulted({ signalCode: 'SIGSEGV', exitCode: null })).toBe(true);
    expect(faulted({ signalCode: 'SIGABRT', exitCode: null })).toBe(true);
    expect(faulted({ signalCode: null, exitCode: 139 })).toBe(true);
    expect(faulted({ signalCode: null, exitCode: 134 })).toBe(true);
    expect(faulted({ signalCode: 'SIGKILL', exitCode: null })).toBe(false);
    expect(faulted({ signalCode: null, exitCode: 137 })).toBe(false);
    expect(faulted({ signalCode: null, exitCode: 1 })).toBe(false);
    expect(faulted({ signalCode: null, exitCode: 0 })).toBe(false);
    expect(faulted({ signalCode: null, exitCode: null })).toBe(false);
  });
});

describe('launchPipedChromium', () => {
  const folder = mkdtempSync(join(tmpdir(), 'deck-fake-chromium-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** A "Chromium" that is a shell script running `body`. */
  function fake(name: string, body: string): string {
    const file = join(folder, name);
    writeFileSync(file, `#!/bin/sh\n${body}\n`);
    chmodSync(file, 0o755);
    return file;
  }

  it('calls a start that stops on a fault a crash, still "no browser", with what it said', async () => {
    const segfaulting = fake('segfaulting', 'echo "about to fall over" >&2; kill -SEGV $$');
    const failure = await launchPipedChromium(segfaulting, [], 5000).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChromiumCrash);
    expect((failure as ExportError).exitCode).toBe(ExitCode.noBrowser);
    expect((failure as Error).message).toMatch(/segfaulting did not start: it stopped \(SIGSEGV\): about to fall over$/);
  });

  it('calls a wrapper script that passes the fault on (exit code 139) a crash too', async () => {
    const wrapper = fake('wrapper', 'exit 139');
    await expect(launchPipedChromium(wrapper, [], 5000)).rejects.toBeInstanceOf(ChromiumCrash);
  });

  it('does not call a start that gives up with an error of its own a crash', async () => {
    const refusing = fake('refusing', 'echo "unknown flag" >&2; exit 1');
    const failure = await launchPipedChromium(refusing, [], 5000).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExportError);
    expect(failure).not.toBeInstanceOf(ChromiumCrash);
    expect((failure as Error).message).toMatch(/did not start: it stopped \(exit code 1\): unknown flag$/);
  });

  it('does not call a start that never answers a crash: it timed out, and close() killed it', async () => {
    const silent = fake('silent', 'sleep 30');
    const failure = await launchPipedChromium(silent, [], 200).catch((error: unknown) => error);
    expect((failure as ExportError).exitCode).toBe(ExitCode.timedOut);
    expect(failure).not.toBeInstanceOf(ChromiumCrash);
  });
});
