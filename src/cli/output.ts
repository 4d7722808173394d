/**
 * Where an export writes, claimed before any work (an unwritable --out fails in a moment, not
 * after the whole export) and filled at the end in one move per file: each file is written
 * beside its place and renamed over it, so a failed or interrupted export never leaves half a
 * file. A file for one document (`npm run pdf`, `notes`), a folder for pictures (`npm run png`).
 */
import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ExitCode, ExportError } from '../node/exit-codes.ts';

export interface ClaimedOutput {
  path: string;
  /** Writes the file and puts it in place. */
  commit(bytes: Uint8Array): Promise<void>;
  /** Removes the temporary file; the path is left as it was. */
  discard(): Promise<void>;
}

/** One file of a folder's contents. */
export interface OutputFile {
  name: string;
  bytes: Uint8Array;
}

export interface ClaimedFolder {
  path: string;
  /** Writes the files, then removes those of an earlier export (`earlier`) this one did not write. */
  commit(files: readonly OutputFile[], earlier: RegExp): Promise<void>;
}

/** Checks that `path` can be written by creating its folder and a temporary file beside it. */
export async function claimOutput(path: string): Promise<ClaimedOutput> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await claim(path, dirname(path), temporary, 'EISDIR');
  return {
    path,
    async commit(bytes) {
      try {
        await replace(temporary, path, bytes);
      } catch (error) {
        await rm(temporary, { force: true });
        throw notWritable(`cannot write ${path}`, error);
      }
    },
    discard: () => rm(temporary, { force: true }),
  };
}

/** Creates `path` if needed and checks that files can be written into it. */
export async function claimFolder(path: string): Promise<ClaimedFolder> {
  const probe = join(path, `.export.${process.pid}.tmp`);
  await claim(path, path, probe, 'ENOTDIR');
  await rm(probe, { force: true });
  return {
    path,
    async commit(files, earlier) {
      try {
        for (const file of files) await replace(join(path, `.${file.name}.${process.pid}.tmp`), join(path, file.name), file.bytes);
        const written = new Set(files.map((file) => file.name));
        for (const name of await readdir(path)) if (earlier.test(name) && !written.has(name)) await rm(join(path, name), { force: true });
      } catch (error) {
        throw notWritable(`cannot write into ${path}`, error);
      }
    },
  };
}

/**
 * Makes `folder` and creates `probe` in it, which only succeeds where the export may write.
 * `path` must not be the other kind of thing (`wrongKind`: a folder where a file goes, or a file).
 */
async function claim(path: string, folder: string, probe: string, wrongKind: 'EISDIR' | 'ENOTDIR'): Promise<void> {
  try {
    const found = await stat(path).catch(() => undefined);
    if (wrongKind === 'EISDIR' ? found?.isDirectory() : found?.isFile()) throw Object.assign(new Error(wrongKind), { code: wrongKind });
    await mkdir(folder, { recursive: true });
    await (await open(probe, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY)).close();
  } catch (error) {
    throw notWritable(wrongKind === 'EISDIR' ? `cannot write ${path}` : `cannot write into ${path}`, error);
  }
}

async function replace(temporary: string, path: string, bytes: Uint8Array): Promise<void> {
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}

/** Plain words for the system's reasons. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  // What mkdir says when a folder to create is already there as a file.
  EEXIST: 'a part of the path is a file, not a folder',
  ENOENT: 'the folder cannot be created',
  EISDIR: 'it is a folder',
  ENOSPC: 'the disk is full',
};

function notWritable(what: string, error: unknown): ExportError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new ExportError(ExitCode.outputNotWritable, `${what}: ${REASONS[code] ?? (error as Error).message} (choose another --out)`);
}
