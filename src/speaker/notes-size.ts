/**
 * The notes' type size: the speaker's size, large by default, + and − change it, remembered for
 * the talk. A slide whose notes are too long for the panel at that size is set a little smaller
 * (src/speaker/notes-fit.ts), never by as much as a step, so + always shows larger notes and −
 * smaller ones.
 */
import type { TalkStore } from './store.ts';

/** Readable from a metre and a half on a laptop screen; issue 14 asks for 24 px at least. */
export const DEFAULT_NOTES_PX = 28;
export const NOTES_SIZE_STEP = 5;
/** How much smaller than the speaker's size a slide's notes may be set to fit: less than a step. */
export const FIT_RANGE_PX = NOTES_SIZE_STEP - 1;
const SMALLEST_PX = 18;
const LARGEST_PX = 73;

/** The sizes a slide's notes may take at the speaker's size `px`, the largest first choice. */
export function fitRange(px: number): { smallest: number; largest: number } {
  return { smallest: px - FIT_RANGE_PX, largest: px };
}

/** The speaker's size as remembered: a stored number within the limits, else the default. */
export function rememberedSize(stored: string | null): number {
  const px = Number(stored);
  return Number.isFinite(px) && px > 0 ? clampSize(Math.round(px)) : DEFAULT_NOTES_PX;
}

/** The speaker's size after a change of `byPx`, within the limits. */
export function changedSize(px: number, byPx: number): number {
  return clampSize(px + byPx);
}

export interface NotesSize {
  /** The speaker's size now, in CSS pixels. */
  readonly px: number;
  change(byPx: number): void;
}

/** The remembered size; `onChange` hears each change after it is stored. */
export function notesSize(store: TalkStore, onChange: () => void): NotesSize {
  let px = rememberedSize(store.read('notes-size'));
  return {
    get px() {
      return px;
    },
    change(byPx) {
      px = changedSize(px, byPx);
      store.write('notes-size', String(px));
      onChange();
    },
  };
}

function clampSize(px: number): number {
  return Math.min(LARGEST_PX, Math.max(SMALLEST_PX, px));
}
