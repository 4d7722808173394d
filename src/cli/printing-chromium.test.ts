import { describe, expect, it } from 'vitest';
import type { CdpPipe } from '../node/cdp-pipe.ts';
import { ChromiumCrash, type PipedChromium } from '../node/chromium-pipe.ts';
import { ExitCode, ExportError } from '../node/exit-codes.ts';
import { printWithChromium, type StartChromium } from './printing-chromium.ts';

/** A stand-in Chromium: `crashes` says whether it will have stopped on a fault once closed. */
function fakeBrowser(name: string, crashes = false) {
  let closed = 0;
  const browser: PipedChromium & { name: string } = {
    name,
    cdp: {} as CdpPipe,
    crashed: () => crashes && closed > 0,
    close: async () => void closed++,
  };
  return { browser, closes: () => closed };
}

/** The usual-way starts asked for, each answered with a browser named after its turn. */
function usualStarts(crashes = false) {
  const started: ReturnType<typeof fakeBrowser>[] = [];
  const start: StartChromium = async (mode) => {
    expect(mode).toBe('usual');
    const fake = fakeBrowser(`usual ${started.length + 1}`, crashes);
    started.push(fake);
    return fake.browser;
  };
  return { start, started };
}

const printName = async (browser: PipedChromium) => (browser as PipedChromium & { name: string }).name;

describe('printWithChromium', () => {
  it('prints with the one-process Chromium when it works, starts no other, and closes it', async () => {
    const first = fakeBrowser('one-process');
    const { start, started } = usualStarts();
    let told = 0;
    expect(await printWithChromium(Promise.resolve(first.browser), start, printName, () => told++)).toBe('one-process');
    expect(started).toHaveLength(0);
    expect(told).toBe(0);
    expect(first.closes()).toBeGreaterThan(0);
  });

  it('prints again with a Chromium started the usual way when the one-process start crashes, and says so', async () => {
    const { start, started } = usualStarts();
    let told = 0;
    const crashedStart = Promise.reject(new ChromiumCrash('did not start: it stopped (exit code 139)'));
    expect(await printWithChromium(crashedStart, start, printName, () => told++)).toBe('usual 1');
    expect(told).toBe(1);
    expect(started[0]!.closes()).toBeGreaterThan(0);
  });

  it('prints again when the one-process Chromium crashes while printing, after closing it', async () => {
    const first = fakeBrowser('one-process', true);
    const { start, started } = usualStarts();
    const print = async (browser: PipedChromium) => {
      if (browser === first.browser) throw new Error('Chromium stopped (exit code 139)');
      return printName(browser);
    };
    expect(await printWithChromium(Promise.resolve(first.browser), start, print, () => undefined)).toBe('usual 1');
    expect(first.closes()).toBeGreaterThan(0);
    expect(started).toHaveLength(1);
  });

  it('does not print again after a failure that is not a crash: a timeout, a bad page, a start that fails', async () => {
    const failures = [new ExportError(ExitCode.timedOut, 'the print view was not ready within 30 s'), new Error('Page.printToPDF: Printing failed')];
    for (const failure of failures) {
      const first = fakeBrowser('one-process', false);
      const { start, started } = usualStarts();
      await expect(printWithChromium(Promise.resolve(first.browser), start, () => Promise.reject(failure), () => undefined)).rejects.toBe(failure);
      expect(started).toHaveLength(0);
      expect(first.closes()).toBeGreaterThan(0);
    }
    const refused = new ExportError(ExitCode.noBrowser, 'did not start: it stopped (exit code 1)');
    const { start, started } = usualStarts();
    await expect(printWithChromium(Promise.reject(refused), start, printName, () => undefined)).rejects.toBe(refused);
    expect(started).toHaveLength(0);
  });

  it('prints again only once: a second crash is the failure, as the print saw it', async () => {
    const first = fakeBrowser('one-process', true);
    const { start, started } = usualStarts(true);
    const failure = new Error('Chromium stopped (SIGSEGV)');
    await expect(printWithChromium(Promise.resolve(first.browser), start, () => Promise.reject(failure), () => undefined)).rejects.toBe(failure);
    expect(started).toHaveLength(1);
    expect(started[0]!.closes()).toBeGreaterThan(0);
  });
});
