/**
 * How the deck and its speaker views talk: messages over a BroadcastChannel and, as well, over
 * localStorage `storage` events. Both reach every other window of the same origin, and both work
 * between pages opened from file:// in Chromium (e2e/speaker-file/ proves it); sending on both
 * keeps the views in sync in a browser that offers only one of them there. A receiver drops
 * what it has already had, by sender and sequence number.
 */

/** Where the talk is, as the audience's deck sees it. */
export interface DeckPosition {
  h: number;
  v: number;
  /** The fragment shown last (-1: none yet), as reveal.js counts. */
  f: number;
  slug: string;
  paused: boolean;
}

/** What a speaker view asks the deck to do: the deck's own key actions. */
export type DeckCommand = 'next' | 'prev' | 'first' | 'last' | 'togglePause';

export type SpeakerMessage =
  | { kind: 'state'; state: DeckPosition }
  /** A speaker view has opened and wants the deck's state. */
  | { kind: 'hello' }
  | { kind: 'command'; command: DeckCommand }
  /** "Present on <screen>": the deck offers to go full screen there (two screens). */
  | { kind: 'present'; screen: ScreenPlace };

/** A screen as both windows can name it: by where it is, with its label for the button. */
export interface ScreenPlace {
  left: number;
  top: number;
  label: string;
}

/** One way of carrying text to the other windows. */
export interface Transport {
  post(text: string): void;
  listen(receive: (text: string) => void): void;
  close(): void;
}

interface Envelope {
  sender: string;
  seq: number;
  message: SpeakerMessage;
}

export interface Channel {
  send(message: SpeakerMessage): void;
  close(): void;
}

/** Opens the channel over `transports`; `receive` gets each message from another window once. */
export function openChannel(transports: readonly Transport[], receive: (message: SpeakerMessage) => void, sender = randomId()): Channel {
  let seq = 0;
  const lastSeen = new Map<string, number>();
  const accept = (text: string) => {
    const envelope = parseEnvelope(text);
    if (!envelope || envelope.sender === sender || (lastSeen.get(envelope.sender) ?? -1) >= envelope.seq) return;
    lastSeen.set(envelope.sender, envelope.seq);
    receive(envelope.message);
  };
  for (const transport of transports) transport.listen(accept);
  return {
    send(message) {
      const text = JSON.stringify({ sender, seq: ++seq, message } satisfies Envelope);
      for (const transport of transports) transport.post(text);
    },
    close() {
      for (const transport of transports) transport.close();
    },
  };
}

/** The browser's transports for this talk: a BroadcastChannel and localStorage, where present. */
export function browserTransports(name: string): Transport[] {
  const transports: Transport[] = [];
  if (typeof BroadcastChannel === 'function') transports.push(broadcastTransport(new BroadcastChannel(name)));
  const storage = localStorageOrNone();
  if (storage) transports.push(storageTransport(storage, name));
  return transports;
}

function broadcastTransport(channel: BroadcastChannel): Transport {
  return {
    post: (text) => channel.postMessage(text),
    listen: (receive) => channel.addEventListener('message', (event) => typeof event.data === 'string' && receive(event.data)),
    close: () => channel.close(),
  };
}

/** Writing a key fires `storage` in every other window of the origin: a channel where there is no other. */
function storageTransport(storage: Storage, key: string): Transport {
  const listener = (event: StorageEvent) => event.key === key && event.newValue !== null && received?.(event.newValue);
  let received: ((text: string) => void) | undefined;
  return {
    post(text) {
      try {
        storage.setItem(key, text);
      } catch {
        // Storage full or refused: the BroadcastChannel still carries the message.
      }
    },
    listen(receive) {
      received = receive;
      window.addEventListener('storage', listener);
    },
    close: () => window.removeEventListener('storage', listener),
  };
}

/** localStorage, or undefined where the browser refuses it (some file:// and private modes throw). */
export function localStorageOrNone(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function parseEnvelope(text: string): Envelope | undefined {
  try {
    const value = JSON.parse(text) as Partial<Envelope>;
    return typeof value.sender === 'string' && typeof value.seq === 'number' && typeof value.message?.kind === 'string' ? (value as Envelope) : undefined;
  } catch {
    return undefined;
  }
}

function randomId(): string {
  return Math.random().toString(36).slice(2);
}
