/**
 * Runs an export command of src/cli/ (`node src/cli/launch.mjs pdf …`, what `npm run pdf`
 * does) as compiled JavaScript: one file per command, made by esbuild in
 * node_modules/.cache/deck-cli/, so a run starts Node alone, without compiling TypeScript
 * (tsx) first. The file is compiled again when it is missing or when one of the source files
 * esbuild read for it has changed (its own list, kept beside it); that takes a moment, once.
 *
 * JavaScript, not TypeScript: it is what runs before anything is compiled. Packages stay
 * outside the compiled file and load from node_modules as usual.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'deck-cli');
/** The commands that run compiled; `npm run slide` runs through tsx, as its tests do. */
const COMMANDS = ['pdf', 'png', 'notes', 'article'];

const name = process.argv[2] ?? '';
if (!COMMANDS.includes(name)) {
  process.stderr.write(`launch: unknown command "${name}" (one of ${COMMANDS.join(', ')})\n`);
  process.exit(2);
}
const entry = join(ROOT, 'src', 'cli', `${name}.ts`);
const compiled = join(CACHE, `${name}.mjs`);
const inputsFile = join(CACHE, `${name}.inputs.json`);

if (!current()) await compile();
// The command reads its own arguments from process.argv.slice(2), as it would run alone.
process.argv.splice(2, 1);
await import(pathToFileURL(compiled).href);

/** True when the compiled file exists and every file it was compiled from is as it was then. */
function current() {
  try {
    const { root, inputs } = JSON.parse(readFileSync(inputsFile, 'utf8'));
    statSync(compiled);
    // Compiled for another copy of the project (a node_modules shared by link): its root is not ours.
    return root === ROOT && inputs.every(({ file, size, mtimeMs }) => {
      const now = statSync(join(ROOT, file), { throwIfNoEntry: false });
      return now !== undefined && now.size === size && now.mtimeMs === mtimeMs;
    });
  } catch {
    return false;
  }
}

/** Compiles the command with esbuild and keeps the list of what it read. */
async function compile() {
  const { build } = await import('esbuild');
  mkdirSync(CACHE, { recursive: true });
  const result = await build({
    entryPoints: [entry],
    outfile: compiled,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    absWorkingDir: ROOT,
    metafile: true,
    write: false,
    sourcemap: 'linked',
    logLevel: 'error',
    // Every module in the file sees the command's own address, so src/cli/run.ts finds the project
    // root from it as it does when the TypeScript runs directly.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
  });
  const inputs = Object.keys(result.metafile.inputs).map((file) => {
    const { size, mtimeMs } = statSync(join(ROOT, file));
    return { file: relative(ROOT, join(ROOT, file)), size, mtimeMs };
  });
  // Each file is written beside its place and renamed over it: two runs compiling at once never
  // load each other's half-written file.
  for (const { path, contents } of result.outputFiles) replace(path, contents);
  replace(inputsFile, JSON.stringify({ root: ROOT, inputs }));
}

function replace(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}
