/**
 * What the speaker view remembers, in localStorage under the talk's title: the talk timer, the
 * notes' type size, the last rehearsal. Keyed by the talk, so two talks given from the same
 * browser keep their own. Where storage is refused, nothing is remembered and nothing breaks.
 */
import { localStorageOrNone } from './channel.ts';

export type StoredItem = 'talk-clock' | 'notes-size' | 'rehearsal';

export interface TalkStore {
  read(item: StoredItem): string | null;
  write(item: StoredItem, text: string): void;
  /** The name of the talk's sync channel (BroadcastChannel and storage key). */
  readonly channelName: string;
}

/** The store of the talk titled `talkTitle`. */
export function talkStore(talkTitle: string, storage: Storage | undefined = localStorageOrNone()): TalkStore {
  const key = (item: string) => `deck-speaker:${talkTitle}:${item}`;
  return {
    read: (item) => {
      try {
        return storage?.getItem(key(item)) ?? null;
      } catch {
        return null;
      }
    },
    write: (item, text) => {
      try {
        storage?.setItem(key(item), text);
      } catch {
        // Full or refused: the view carries on without remembering.
      }
    },
    channelName: key('sync'),
  };
}
