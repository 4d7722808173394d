import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CdpPipe, type CdpEvent } from './cdp-pipe.ts';

/** A pipe pair standing in for Chromium: what the client wrote, and a way to answer. */
function fakeChromium() {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const written: string[] = [];
  toBrowser.on('data', (chunk: Buffer) => written.push(chunk.toString('utf8')));
  const pipe = new CdpPipe(toBrowser, fromBrowser, () => new Error('Chromium exited: boom'));
  return { pipe, written, fromBrowser, sent: () => written.join('').split('\0').filter(Boolean).map((text) => JSON.parse(text)) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('CdpPipe', () => {
  it('writes each command as JSON ended by a NUL, numbered, with its session', async () => {
    const { pipe, written } = fakeChromium();
    void pipe.send('Browser.getVersion');
    void pipe.send('Page.navigate', { url: 'http://127.0.0.1/' }, 'S1');
    await tick();
    expect(written.join('')).toBe('{"id":1,"method":"Browser.getVersion","params":{}}\0{"id":2,"method":"Page.navigate","params":{"url":"http://127.0.0.1/"},"sessionId":"S1"}\0');
  });

  it('matches replies to commands by id, whatever their order and however they are split', async () => {
    const { pipe, fromBrowser } = fakeChromium();
    const first = pipe.send('A');
    const second = pipe.send('B');
    const replies = Buffer.from('{"id":2,"result":{"b":"é"}}\0{"id":1,"result":{"a":1}}\0');
    // Split inside the two-byte "é" and inside the first NUL-ended message.
    fromBrowser.write(replies.subarray(0, 21));
    fromBrowser.write(replies.subarray(21, 40));
    fromBrowser.write(replies.subarray(40));
    await expect(first).resolves.toEqual({ a: 1 });
    await expect(second).resolves.toEqual({ b: 'é' });
  });

  it('rejects a command Chromium refused, naming the method', async () => {
    const { pipe, fromBrowser } = fakeChromium();
    const reply = pipe.send('Page.printToPDF');
    fromBrowser.write('{"id":1,"error":{"code":-32000,"message":"Printing failed"}}\0');
    await expect(reply).rejects.toThrow('Page.printToPDF: Printing failed');
    await expect(reply).rejects.toMatchObject({ name: 'CdpReplyError', method: 'Page.printToPDF', reply: 'Printing failed' });
  });

  it('hands events to listeners, with the session they came from', async () => {
    const { pipe, fromBrowser } = fakeChromium();
    const events: CdpEvent[] = [];
    pipe.onEvent((event) => events.push(event));
    fromBrowser.write('{"method":"Runtime.exceptionThrown","params":{"x":1},"sessionId":"S1"}\0');
    await tick();
    expect(events).toEqual([{ method: 'Runtime.exceptionThrown', params: { x: 1 }, sessionId: 'S1' }]);
  });

  it('rejects waiting and later commands with the reason when the pipe ends', async () => {
    const { pipe, fromBrowser } = fakeChromium();
    const waiting = pipe.send('Page.navigate');
    fromBrowser.destroy();
    await expect(waiting).rejects.toThrow('Chromium exited: boom');
    await expect(pipe.send('Browser.close')).rejects.toThrow('Chromium exited: boom');
  });
});
