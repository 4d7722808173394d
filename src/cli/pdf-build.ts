/**
 * Makes sure the build the export prints is there and current, building it when it is not:
 * when a file the build read has changed since (the build's own record of its inputs,
 * src/node/build-manifest.ts; see src/export/freshness.ts). The slides PDF prints the audience
 * build in dist/, exactly what `npm run build` publishes; the handout prints a build with
 * speaker notes, made in a private folder, so notes never reach dist/.
 */
import { spawn } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import { staleReason } from '../export/freshness.ts';
import { manifestPath, readManifest, stampOf, type BuildManifest } from '../node/build-manifest.ts';
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

/** A current build and its record: the talk's title, author, description and language. */
export interface CurrentBuild extends DeckBuild {
  manifest: BuildManifest;
}

/** Why `build` must be made again, or undefined when it is current. */
export function whyRebuild(root: string, build: DeckBuild): string | undefined {
  const page = relative(root, join(build.dir, 'index.html')).split(sep).join('/');
  return staleReason({ name: build.name, page }, readManifest(manifestPath(root, build.dir)), (file) => stampOf(root, file));
}

/** Builds `build` when it is missing or stale, saying why on `progress`. */
export async function ensureBuild(root: string, build: DeckBuild, progress: Progress): Promise<CurrentBuild> {
  const reason = whyRebuild(root, build);
  if (reason) {
    progress.step(`building the deck into ${build.name} (${reason})`, true);
    await runBuild(root, build);
  }
  const manifest = readManifest(manifestPath(root, build.dir));
  if (!manifest) throw new ExportError(ExitCode.buildFailed, `the build of ${build.name} left no record of its inputs (is src/publish/build-manifest.ts among the Vite plugins?)`);
  return { ...build, manifest };
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
