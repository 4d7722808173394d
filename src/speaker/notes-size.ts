/** The notes' type size: large by default, + and − change it, remembered for the talk. */
import type { TalkStore } from './store.ts';

/** Readable from a metre and a half on a laptop screen; the issue asks for 24 px at least. */
export const DEFAULT_NOTES_PX = 28;
export const NOTES_SIZE_STEP = 4;
const SMALLEST_PX = 16;
const LARGEST_PX = 72;

export interface NotesSize {
  change(byPx: number): void;
}

/** Applies the remembered size to `notes` and returns a way to change it. */
export function notesSize(store: TalkStore, notes: HTMLElement): NotesSize {
  let px = clampSize(Number(store.read('notes-size')) || DEFAULT_NOTES_PX);
  const apply = () => notes.style.setProperty('--notes-size', `${px}px`);
  apply();
  return {
    change(byPx) {
      px = clampSize(px + byPx);
      store.write('notes-size', String(px));
      apply();
    },
  };
}

function clampSize(px: number): number {
  return Math.min(LARGEST_PX, Math.max(SMALLEST_PX, px));
}
