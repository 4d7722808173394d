/**
 * Notes that fit their panel. A speaker holding a clicker cannot scroll, and on a 1280×800
 * laptop most of this talk's notes ran past the panel at 28 px with nothing to say so. Each
 * slide's notes are set at the largest size, from the speaker's size down to a little under it
 * (fitRange in notes-size.ts), at which they fit; notes that do not fit even then scroll, and
 * a mark at the foot of the panel says there is more below until the speaker has scrolled to it.
 */
import { fitRange, type NotesSize } from './notes-size.ts';

/**
 * The largest whole size from `smallest` to `largest` at which `fits` holds, or `smallest` when
 * none does. Text only grows taller as its size grows, so a binary search finds it.
 */
export function largestFitting(smallest: number, largest: number, fits: (px: number) => boolean): number {
  if (fits(largest)) return largest;
  let low = smallest;
  let high = largest - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A pixel of rounding in scrollHeight is not more text. */
const ROUNDING_PX = 1;

/** Sets `notes` at the size that fits, now and whenever the panel's room or the size changes; returns the call to make after putting in new notes. */
export function fitNotes(notes: HTMLElement, more: HTMLElement, size: NotesSize): () => void {
  const setSize = (px: number) => notes.style.setProperty('--notes-size', `${px}px`);
  const overflows = () => notes.scrollHeight > notes.clientHeight + ROUNDING_PX;
  const markMore = () => {
    const below = notes.scrollHeight - notes.scrollTop - notes.clientHeight > ROUNDING_PX;
    more.hidden = !below;
    notes.toggleAttribute('data-more-below', below);
  };
  const fit = () => {
    const { smallest, largest } = fitRange(size.px);
    setSize(
      largestFitting(smallest, largest, (px) => {
        setSize(px);
        return !overflows();
      }),
    );
    markMore();
  };
  notes.addEventListener('scroll', markMore, { passive: true });
  // The panel's room changes with the window and with the status lines above it (waiting, blackout).
  new ResizeObserver(fit).observe(notes);
  // The notes' face may arrive after the first fit, with other widths.
  document.fonts.addEventListener('loadingdone', fit);
  return fit;
}
