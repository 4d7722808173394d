/**
 * When the export builds the deck first: when the build is missing, when it left no record of
 * its inputs (src/node/build-manifest.ts), or when one of the files it read has changed or is
 * gone since. Pure: the caller says what each file is like now.
 */
import { sameStamp, type BuildManifest, type Stamp } from '../node/build-manifest.ts';

/** A build: how the user knows it (`dist/`) and its page (`dist/index.html`), root-relative. */
export interface BuildName {
  name: string;
  page: string;
}

/**
 * Why `build` must be made again, or undefined when it is current. `now` gives a
 * root-relative file as it is now (undefined when it is gone).
 */
export function staleReason(build: BuildName, manifest: BuildManifest | undefined, now: (file: string) => Stamp | undefined): string | undefined {
  const buildName = build.name;
  const page = now(build.page);
  if (!page) return `${buildName} is missing`;
  // A build made without the record (an older checkout, another tool) says nothing of its inputs.
  if (!manifest || manifest.page.file !== build.page || !sameStamp(manifest.page, page)) return `${buildName} has no record of the files it was made from`;
  const changed = manifest.inputs.filter((input) => !sameStamp(input, now(input.file)));
  if (changed.length === 0) return undefined;
  const more = changed.length > 1 ? ` and ${changed.length - 1} more` : '';
  const first = changed[0]!;
  return `${first.file}${more} ${now(first.file) ? 'changed' : 'went away'} since ${buildName} was built`;
}
