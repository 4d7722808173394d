/**
 * Makes sure the build the export prints is there and current, building it when it is not
 * (see freshness.ts for when). The slides PDF prints the audience build in dist/, exactly what
 * `npm run build` publishes; the handout prints a build with speaker notes, made in a private
 * folder, so notes never reach dist/.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DECK_SOURCE_ROOTS, isDeckSource, staleReason, type Stamp } from '../export/freshness.ts';
import { ExitCode, ExportError } from '../node/exit-codes.ts';
import type { Progress } from './pdf-progress.ts';

/** A build the export can print. */
export interface DeckBuild {
  /** How the user knows it (`dist/`). */
  name: string;
  /** Absolute folder with index.html. */
  dir: string;
  /** Extra arguments to `vite build`. */
  viteArgs: string[];
}

/** The audience build, as `npm run build` makes it. */
export function audienceBuild(root: string): DeckBuild {
  return { name: 'dist/', dir: join(root, 'dist'), viteArgs: [] };
}

/**
 * The speaker build (`--mode speaker`, notes kept) in Node's usual cache folder, which is
 * ignored by git with the rest of node_modules and is nobody else's output.
 */
export function notesBuild(root: string): DeckBuild {
  const dir = join(root, 'node_modules', '.cache', 'deck-pdf', 'speaker');
  return { name: relative(root, dir) + sep, dir, viteArgs: ['--mode', 'speaker', '--outDir', dir, '--emptyOutDir'] };
}

/** Why `build` must be made again, or undefined when it is current. */
export function whyRebuild(root: string, build: DeckBuild): string | undefined {
  const index = join(build.dir, 'index.html');
  const built = existsSync(index) ? { file: index, mtimeMs: statSync(index).mtimeMs } : undefined;
  return staleReason(build.name, built, deckSources(root));
}

/** Builds `build` when it is missing or older than its sources, saying why on `progress`. */
export async function ensureBuild(root: string, build: DeckBuild, progress: Progress): Promise<DeckBuild> {
  const reason = whyRebuild(root, build);
  if (reason) {
    progress.step(`building the deck into ${build.name} (${reason})`, true);
    await runBuild(root, build);
  }
  return build;
}

/** Runs `vite build` for `build`; a failure is a ExportError with the first problem it printed. */
export function runBuild(root: string, build: DeckBuild): Promise<void> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', ...build.viteArgs, '--logLevel', 'error', '--clearScreen', 'false'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => reject(new ExportError(ExitCode.buildFailed, `could not run vite: ${error.message}`)));
    child.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new ExportError(ExitCode.buildFailed, `the deck does not build: ${firstProblem(output)} (npm run build shows every problem)`));
    });
  });
}

/**
 * The line of Vite's output that says what is wrong: the deck's own `file:line:col message`
 * when there is one, else the first line that mentions an error.
 */
export function firstProblem(output: string): string {
  const lines = output.split('\n').map((line) => stripAnsi(line).trim()).filter(Boolean);
  const problem = lines.find((line) => PROBLEM_LINE.test(line));
  if (problem) return problem.replace(/^\[deck\]\s*/, '');
  return lines.find((line) => /error/i.test(line)) ?? lines[0] ?? `vite exited without saying why`;
}

/** `slides/varieties-of-social-production.md:14:3 …`, as src/deck/problem.ts formats a problem. */
const PROBLEM_LINE = /(^|\s)[\w./-]+\.\w+:\d+(:\d+)?\s/;

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

/** Every deck source with its time, relative to the project root. */
function deckSources(root: string): Stamp[] {
  const stamps: Stamp[] = [];
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    const file = relative(root, path).split(sep).join('/');
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) if (!name.startsWith('.')) visit(join(path, name));
    } else if (isDeckSource(file)) {
      stamps.push({ file, mtimeMs: stat.mtimeMs });
    }
  };
  for (const source of DECK_SOURCE_ROOTS) visit(join(root, source));
  return stamps;
}
