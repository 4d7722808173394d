import { describe, expect, it } from 'vitest';
import { openChannel, type SpeakerMessage, type Transport } from './channel.ts';

/** A medium every window hears except the one that posts, as BroadcastChannel and `storage` do. */
function medium() {
  const listeners: { owner: object; receive: (text: string) => void }[] = [];
  return {
    transport(owner: object): Transport {
      return {
        post: (text) => listeners.filter((l) => l.owner !== owner).forEach((l) => l.receive(text)),
        listen: (receive) => listeners.push({ owner, receive }),
        close() {},
      };
    },
  };
}

describe('speaker channel', () => {
  it('delivers each message once to every other window, though it travels two ways', () => {
    const broadcast = medium();
    const storage = medium();
    const deck = {};
    const view = {};
    const heard: SpeakerMessage[] = [];
    const sender = openChannel([broadcast.transport(deck), storage.transport(deck)], () => {});
    openChannel([broadcast.transport(view), storage.transport(view)], (message) => heard.push(message));
    sender.send({ kind: 'hello' });
    sender.send({ kind: 'command', command: 'next' });
    expect(heard).toEqual([{ kind: 'hello' }, { kind: 'command', command: 'next' }]);
  });

  it('works over either way alone', () => {
    for (const only of ['broadcast', 'storage']) {
      const way = medium();
      const heard: SpeakerMessage[] = [];
      const deck = {};
      const view = {};
      openChannel([way.transport(view)], (message) => heard.push(message));
      openChannel([way.transport(deck)], () => {}).send({ kind: 'command', command: 'togglePause' });
      expect(heard, only).toEqual([{ kind: 'command', command: 'togglePause' }]);
    }
  });

  it('ignores text that is not one of its messages', () => {
    const heard: SpeakerMessage[] = [];
    let deliver: (text: string) => void = () => {};
    openChannel([{ post() {}, listen: (receive) => (deliver = receive), close() {} }], (message) => heard.push(message));
    deliver('not json');
    deliver('{"sender":"x"}');
    expect(heard).toEqual([]);
  });
});
