/**
 * A save that lands just after another is never lost. chokidar (bundled in Vite 8.3) drops a
 * second 'change' of a file that comes within 50 ms of the first (`_throttle(EV_CHANGE, path,
 * 50)`), so a speaker who saves twice quickly, or a break followed at once by its fix, would
 * leave the deck on the first of the two saves. After each change the file is looked at again
 * once that window has passed; if it differs from what was read, the change is announced again.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { FSWatcher } from 'vite';

/** chokidar's window for a file's repeated 'change' events, in ms (see above). */
const WATCHER_THROTTLE_MS = 50;
/** When to look again: past the window, with room for the save that fell into it. */
const LOOK_AGAIN_MS = 2 * WATCHER_THROTTLE_MS;

/** The file's bytes now (undefined once it is gone), to tell whether it changed since. */
function contentOf(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'latin1') : undefined;
}

/**
 * Remembers `file` as the change just handled and, LOOK_AGAIN_MS later, re-announces it on the
 * watcher if it changed again meanwhile (a save whose own event chokidar dropped).
 */
export function lookAgainAfterChange(watcher: FSWatcher, file: string): void {
  const handled = contentOf(file);
  setTimeout(() => {
    if (contentOf(file) !== handled) watcher.emit('change', file);
  }, LOOK_AGAIN_MS).unref();
}
