/**
 * Files an editor or the operating system leaves beside the author's own: lock files, backups,
 * swap files, folder metadata. They are not the talk, may be links to nothing (Emacs's lock
 * `.#x.md` is a symlink to a process id) and come and go while the author types, so the loader
 * skips them instead of reading them or calling them unused.
 */

/** Names, matched against a file's base name. */
const LEFTOVERS: readonly RegExp[] = [
  /^\.#/, // Emacs lock file: .#02-x.md
  /^#.*#$/, // Emacs auto-save: #02-x.md#
  /~$/, // backup: 02-x.md~ (Emacs, Vim, gedit)
  /^\..*\.sw[a-p]$/, // Vim swap file: .02-x.md.swp, .swo, …
  /^4913$/, // Vim's probe that it may write in the folder
  /^\.~lock\..*#$/, // LibreOffice lock file
  /^\.DS_Store$/, // macOS Finder
  /^\._/, // macOS resource fork on foreign disks
  /^Thumbs\.db$/i, // Windows Explorer
  /^desktop\.ini$/i, // Windows Explorer
];

/** True when a file is an editor's or the system's, never the author's: `path` may be a full path. */
export function isEditorLeftover(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? path;
  return LEFTOVERS.some((pattern) => pattern.test(name));
}
