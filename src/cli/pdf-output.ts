/**
 * The output file, claimed before any work and written at the end in one move: the PDF goes to
 * a temporary file beside it, then is renamed over it. A failed or interrupted export never
 * leaves half a PDF, and an unwritable --out fails in a moment, not after the whole export.
 */
import { constants } from 'node:fs';
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ExitCode, PdfError } from './exit-codes.ts';

export interface ClaimedOutput {
  path: string;
  /** Writes the PDF and puts it in place. */
  commit(bytes: Uint8Array): Promise<void>;
  /** Removes the temporary file; the path is left as it was. */
  discard(): Promise<void>;
}

/** Checks that `path` can be written by creating its folder and a temporary file beside it. */
export async function claimOutput(path: string): Promise<ClaimedOutput> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.tmp`);
  try {
    if ((await stat(path).catch(() => undefined))?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    await mkdir(folder, { recursive: true });
    await (await open(temporary, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY)).close();
  } catch (error) {
    throw notWritable(path, error);
  }
  return {
    path,
    async commit(bytes) {
      try {
        await writeFile(temporary, bytes);
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw notWritable(path, error);
      }
    },
    discard: () => rm(temporary, { force: true }),
  };
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

function notWritable(path: string, error: unknown): PdfError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = REASONS[code] ?? (error as Error).message;
  return new PdfError(ExitCode.outputNotWritable, `cannot write ${path}: ${reason} (choose another --out)`);
}
