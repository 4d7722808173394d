/**
 * The PNG export's folder: claimed (created and checked writable) before any work, filled at
 * the end. Each picture is written beside its place and renamed over it, and pictures an
 * earlier export left there that this one did not make (a slide since removed) are removed,
 * so the folder holds exactly the talk as it is now, and nothing the export did not write.
 */
import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SlideImage } from '../export/render-png.ts';
import { PNG_NAME } from '../export/png-names.ts';
import { ExitCode, PdfError } from './exit-codes.ts';

export interface ClaimedFolder {
  path: string;
  /** Writes the pictures and removes the earlier export's leftovers. */
  commit(images: readonly SlideImage[]): Promise<void>;
}

/** Creates `path` if needed and checks that files can be written into it. */
export async function claimFolder(path: string): Promise<ClaimedFolder> {
  const probe = join(path, `.png-export.${process.pid}.tmp`);
  try {
    if ((await stat(path).catch(() => undefined))?.isFile()) throw Object.assign(new Error('is a file'), { code: 'ENOTDIR' });
    await mkdir(path, { recursive: true });
    await (await open(probe, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY)).close();
    await rm(probe, { force: true });
  } catch (error) {
    throw notWritable(path, error);
  }
  return {
    path,
    async commit(images) {
      try {
        for (const image of images) {
          const temporary = join(path, `.${image.name}.${process.pid}.tmp`);
          await writeFile(temporary, image.bytes);
          await rename(temporary, join(path, image.name));
        }
        const written = new Set(images.map((image) => image.name));
        for (const name of await readdir(path)) if (PNG_NAME.test(name) && !written.has(name)) await rm(join(path, name), { force: true });
      } catch (error) {
        throw notWritable(path, error);
      }
    },
  };
}

function notWritable(path: string, error: unknown): PdfError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = code === 'ENOTDIR' || code === 'EEXIST' ? 'a part of the path is a file, not a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
  return new PdfError(ExitCode.outputNotWritable, `cannot write into ${path}: ${reason} (choose another --out)`);
}
