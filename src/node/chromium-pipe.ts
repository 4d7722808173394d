/**
 * Starts Chromium headless with the DevTools protocol on a pipe pair (cdp-pipe.ts) and a fresh
 * profile in a temporary folder, and makes sure neither outlives the command: closed when the
 * work is done, killed and removed if the process exits any other way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CdpPipe } from './cdp-pipe.ts';
import { ExitCode, ExportError, formatLimit } from './exit-codes.ts';

/** How much of Chromium's stderr a failure quotes: its last lines say why it stopped. */
const STDERR_TAIL = 2000;

/** A running Chromium and its protocol connection. */
export interface PipedChromium {
  cdp: CdpPipe;
  /**
   * True when Chromium has stopped of itself on a fault (see `faulted`); asked once it has
   * stopped, after `close()`, it tells a crash from any other failure of the work done with it.
   */
  crashed(): boolean;
  /** Stops the browser and its helpers and removes its profile. */
  close(): Promise<void>;
}

/** Chromium stopped on a fault before it answered: "no browser", as any start that fails. */
export class ChromiumCrash extends ExportError {
  constructor(message: string) {
    super(ExitCode.noBrowser, message);
    this.name = 'ChromiumCrash';
  }
}

/**
 * Launches `executablePath` with `args` (the offline-friendly flags) and waits until it answers.
 * One that cannot be run or stops before it answers is "no browser", with what it said; one
 * that does not answer within `timeoutMs` is "timed out".
 */
export async function launchPipedChromium(executablePath: string, args: readonly string[], timeoutMs: number): Promise<PipedChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'deck-chromium-'));
  const child = spawn(executablePath, ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...args, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    // Its own process group, so a kill reaches its helpers (renderer, zygote) as well.
    detached: process.platform !== 'win32',
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr = (stderr + text).slice(-STDERR_TAIL)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let startError: Error | undefined;
  child.once('error', (error) => (startError = error));
  const cleanUp = () => {
    kill(child);
    removeProfile(profile);
  };
  process.once('exit', cleanUp);
  const cdp = new CdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable, () => new Error(`Chromium stopped${exitStatus(child)}${tail(stderr)}`));
  const close = async () => {
    process.off('exit', cleanUp);
    // A Chromium that never started (no pid) has no exit to wait for.
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      // Killed, not asked to close: its profile is thrown away, so an orderly shutdown (about a
      // tenth of a second) would save nothing, and a kill cannot hang.
      kill(child);
      await exited;
    }
    removeProfile(profile);
  };
  const crashed = () => faulted(child);
  try {
    await withinTime(cdp.send('Browser.getVersion'), timeoutMs, () => new ExportError(ExitCode.timedOut, `Chromium at ${executablePath} did not start within ${formatLimit(timeoutMs)} (raise --timeout)`));
  } catch (error) {
    await close();
    if (error instanceof ExportError) throw error;
    const why = startError ? startError.message : `it stopped${exitStatus(child)}${tail(stderr)}`;
    const message = `Chromium at ${executablePath} did not start: ${why}`;
    throw crashed() ? new ChromiumCrash(message) : new ExportError(ExitCode.noBrowser, message);
  }
  return { cdp, crashed, close };
}

/**
 * True when `child` has stopped on a fault: a signal other than the SIGKILL that close() sends,
 * or an exit code above 128, which is how a wrapper script (Debian's /usr/bin/chromium is one)
 * passes on the signal that stopped the browser under it (139 for a segmentation fault), but
 * for 137: a SIGKILL passed on, close()'s own or the system's when memory runs out.
 */
export function faulted(child: Pick<ChildProcess, 'exitCode' | 'signalCode'>): boolean {
  if (child.signalCode !== null) return child.signalCode !== 'SIGKILL';
  return child.exitCode !== null && child.exitCode > 128 && child.exitCode !== 128 + 9;
}

/** Rejects with `late()` when `work` has not settled within `ms`. */
export function withinTime<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  work.catch(() => undefined); // Settled too late to matter once the deadline has passed.
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(late()), ms)));
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Kills Chromium and its helpers at once (the process group it leads), if it still runs. */
function kill(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') child.kill('SIGKILL');
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Removes the profile; retried, as Chromium's helpers may still be letting go of their files. */
function removeProfile(profile: string): void {
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
}

function exitStatus(child: ChildProcess): string {
  if (child.signalCode) return ` (${child.signalCode})`;
  if (child.exitCode !== null) return ` (exit code ${child.exitCode})`;
  return '';
}

/** Chromium's last words on one line, for a failure message that must be one line. */
function tail(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.length === 0 ? '' : `: ${lines.slice(-3).join(' | ')}`;
}
