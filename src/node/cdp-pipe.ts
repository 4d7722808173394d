/**
 * The Chrome DevTools Protocol over a pipe pair, as Chromium speaks it with
 * `--remote-debugging-pipe`: it reads commands on its fd 3 and writes replies and events on its
 * fd 4, each message one JSON object followed by a NUL byte. Just enough of a client for the
 * PDF export (src/export/print-pdf.ts): numbered commands with their replies, events by name,
 * and flattened sessions (a `sessionId` on the message names the page it is for).
 */
import type { Readable, Writable } from 'node:stream';

/** What a command or an event carries. */
export type CdpParams = Record<string, unknown>;

/** An event Chromium sent: its method, its parameters, the session (page) it came from. */
export interface CdpEvent {
  method: string;
  params: CdpParams;
  sessionId?: string;
}

/**
 * Chromium's refusal of a command: a reply, as opposed to the pipe closing under every command
 * at once. The message names the method (`Page.printToPDF: Printing failed`).
 */
export class CdpReplyError extends Error {
  constructor(
    readonly method: string,
    readonly reply: string,
  ) {
    super(`${method}: ${reply}`);
    this.name = 'CdpReplyError';
  }
}

interface Pending {
  method: string;
  resolve: (result: CdpParams) => void;
  reject: (error: Error) => void;
}

/** The message separator of the pipe protocol. */
const NUL = 0;

/** One connection to Chromium over its two pipes. */
export class CdpPipe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: CdpEvent) => void>();
  /** Bytes of a message whose NUL has not arrived yet. */
  private partial: Buffer[] = [];
  private closedBy: Error | undefined;

  /**
   * `toBrowser` is Chromium's fd 3, `fromBrowser` its fd 4. `whyClosed` explains, when the pipe
   * ends, why (Chromium's exit and what it said), for every command still waiting.
   */
  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
    private readonly whyClosed: () => Error = () => new Error('Chromium closed the DevTools pipe'),
  ) {
    fromBrowser.on('data', (chunk: Buffer) => this.receive(chunk));
    fromBrowser.on('close', () => this.close(this.whyClosed()));
    fromBrowser.on('error', () => this.close(this.whyClosed()));
    // A write after Chromium died fails here; the waiting command is rejected by close().
    toBrowser.on('error', () => this.close(this.whyClosed()));
  }

  /** Sends a command and resolves to its result; an error reply rejects, naming the method. */
  send<T = CdpParams>(method: string, params: CdpParams = {}, sessionId?: string): Promise<T> {
    if (this.closedBy) return Promise.reject(this.closedBy);
    const id = this.nextId++;
    const message = JSON.stringify(sessionId === undefined ? { id, method, params } : { id, method, params, sessionId });
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { method, resolve: resolve as (result: CdpParams) => void, reject });
      this.toBrowser.write(`${message}\0`);
    });
  }

  /** Calls `listener` with every event; returns the function that stops it. */
  onEvent(listener: (event: CdpEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Rejects every waiting command with `error` and every later one too. */
  close(error: Error): void {
    if (this.closedBy) return;
    this.closedBy = error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  /** Splits what arrived at the NULs; a message may span chunks and a chunk hold several. */
  private receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(NUL); end !== -1; end = chunk.indexOf(NUL, start)) {
      this.partial.push(chunk.subarray(start, end));
      const text = Buffer.concat(this.partial).toString('utf8');
      this.partial = [];
      start = end + 1;
      this.dispatch(JSON.parse(text) as Incoming);
    }
    if (start < chunk.length) this.partial.push(chunk.subarray(start));
  }

  private dispatch(message: Incoming): void {
    if (message.id === undefined) {
      const event: CdpEvent = { method: message.method ?? '', params: message.params ?? {}, sessionId: message.sessionId };
      for (const listener of this.listeners) listener(event);
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.error) waiting.reject(new CdpReplyError(waiting.method, message.error.message));
    else waiting.resolve(message.result ?? {});
  }
}

/** A message from Chromium: a reply (with `id`) or an event (with `method`). */
interface Incoming {
  id?: number;
  method?: string;
  params?: CdpParams;
  result?: CdpParams;
  error?: { message: string };
  sessionId?: string;
}
