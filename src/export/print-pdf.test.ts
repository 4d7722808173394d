import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CdpReplyError, type CdpParams, type CdpPipe } from '../node/cdp-pipe.ts';
import type { PipedChromium } from '../node/chromium-pipe.ts';
import { ExitCode, ExportError } from '../node/exit-codes.ts';
import { askedOfReplacedPage, renderPdf } from './print-pdf.ts';

const build = mkdtempSync(join(tmpdir(), 'deck-print-pdf-'));
writeFileSync(join(build, 'index.html'), '<!doctype html><title>deck</title>');
afterAll(() => rmSync(build, { recursive: true, force: true }));

const READY = { slides: [{ title: 'One', heading: 'One' }], pageSlides: [0], pageSize: { width: 1280, height: 720 } };

/**
 * A Chromium that answers the print's commands; `evaluate` answers each `Runtime.evaluate` in
 * turn (a rejection is a failure of the command), `instead` replaces other answers. Counts the
 * evaluations asked.
 */
function fakeChromium(evaluate: (asked: number) => Promise<CdpParams>, instead: Record<string, () => Promise<CdpParams>> = {}) {
  let asked = 0;
  const answers: Record<string, () => Promise<CdpParams>> = {
    'Target.getTargets': async () => ({ targetInfos: [{ targetId: 'T1', type: 'page', url: 'about:blank' }] }),
    'Target.attachToTarget': async () => ({ sessionId: 'S1' }),
    'Page.navigate': async () => ({ frameId: 'F1' }),
    'Runtime.evaluate': () => evaluate(++asked),
    'Page.printToPDF': async () => ({ data: Buffer.from('%PDF-1.7').toString('base64') }),
    ...instead,
  };
  const cdp = {
    send: (method: string) => (answers[method] ?? (async () => ({})))(),
    onEvent: () => () => undefined,
  } as unknown as CdpPipe;
  const browser: PipedChromium = { cdp, crashed: () => false, close: async () => undefined };
  return { browser, asked: () => asked };
}

const options = { buildDir: build, timeoutMs: 5000, fragments: false };

describe('renderPdf', () => {
  it('asks the deck again when the first evaluation reached about:blank as the deck replaced it', async () => {
    const chromium = fakeChromium(async (asked) => {
      if (asked === 1) throw new CdpReplyError('Runtime.evaluate', 'Execution context was destroyed.');
      return { result: { value: READY } };
    });
    const rendered = await renderPdf(chromium.browser, options);
    expect(chromium.asked()).toBe(2);
    expect(new TextDecoder().decode(rendered.bytes)).toBe('%PDF-1.7');
    expect(rendered.slides).toEqual(READY.slides);
  });

  it('fails at once, asking once, when Chromium crashed, even when its last words say "context"', async () => {
    const crash = new Error('Chromium stopped (exit code 139): Failed to create GLES3 context, fallback to GLES2. | Segmentation fault');
    const chromium = fakeChromium(async (asked) => {
      // A second ask would be the loop that spun without end; stop it here so the test can fail.
      if (asked > 1) throw new Error(`asked ${asked} times`);
      throw crash;
    });
    await expect(renderPdf(chromium.browser, options)).rejects.toBe(crash);
    expect(chromium.asked()).toBe(1);
  });
});

describe('renderPdf within --timeout', () => {
  it('fails as "timed out" when Chromium answers its start but never opens a page', async () => {
    const hanging = fakeChromium(async () => ({ result: { value: READY } }), { 'Target.getTargets': () => new Promise(() => undefined) });
    const failure = await renderPdf(hanging.browser, { ...options, timeoutMs: 100 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExportError);
    expect((failure as ExportError).exitCode).toBe(ExitCode.timedOut);
    expect((failure as Error).message).toBe('Chromium did not open a page to print in within 0.1 s (raise --timeout)');
  });
});

describe('askedOfReplacedPage', () => {
  it('is Chromium replying to Runtime.evaluate that the page has gone, and nothing else', () => {
    expect(askedOfReplacedPage(new CdpReplyError('Runtime.evaluate', 'Execution context was destroyed.'))).toBe(true);
    expect(askedOfReplacedPage(new CdpReplyError('Runtime.evaluate', 'Cannot find default execution context'))).toBe(true);
    expect(askedOfReplacedPage(new Error('Chromium stopped (SIGSEGV): could not create context'))).toBe(false);
    expect(askedOfReplacedPage(new Error('Runtime.evaluate: Execution context was destroyed.'))).toBe(false);
    expect(askedOfReplacedPage(new CdpReplyError('Page.navigate', 'Cannot navigate to invalid URL'))).toBe(false);
    expect(askedOfReplacedPage('Runtime.evaluate: Execution context was destroyed.')).toBe(false);
  });
});
