/**
 * A throwaway copy of the project, optionally with its own dev server, so a test can break a
 * slide the way a speaker would (save a typo, delete a file) and the bench can build, serve
 * and edit a deck, without ever touching the real slides/ or dist/. The one copy the browser
 * tests, the build test and the bench all use.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout this file belongs to. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The talk the browser tests copy: the checkout's, or the one DECK_ROOT names (see e2e/support/talk-model.ts). */
const TESTED_ROOT = process.env.DECK_ROOT ?? PROJECT_ROOT;
/** What the build and the dev server read: the talk, its art, the code and its config. */
const PROJECT_PARTS = ['slides', 'assets', 'src', 'vite.config.ts', 'tsconfig.json', 'package.json'];
/** The copy's own Vite config: the project's, plus leave to serve files from the linked node_modules. */
export const COPY_CONFIG = 'vite.copy.config.ts';
/** How long a fresh Vite may take to answer its first request on a busy 2-core machine. */
const SERVER_START_TIMEOUT_MS = 60_000;
const POLL_INTERVAL_MS = 200;

/** A copy of the project served by `vite` on a port of its own. */
export interface ProjectCopy {
  /** The copy's root directory. */
  readonly dir: string;
  /** The dev server's address, with a trailing slash. */
  readonly url: string;
  /** Everything the server printed, to attach to a failing test. */
  readonly log: string[];
  /** Reads a file of the copy, by project-relative path. */
  read(file: string): string;
  /** Saves a file of the copy, as an editor would. */
  write(file: string, text: string): void;
  /** Deletes a file of the copy. */
  remove(file: string): void;
  /** Puts every file a test changed or deleted back as it was in the real project. */
  restore(): void;
  /** Stops the server and deletes the copy. */
  close(): Promise<void>;
}

export interface CopyOptions {
  /** The project to copy (default: the talk the tests check, DECK_ROOT or this checkout). */
  from?: string;
  /** Leave the slides out, for a deck the caller writes itself (the bench's grown deck). */
  withoutSlides?: boolean;
}

/**
 * Copies the project to a temp directory and starts `vite` there; `prepare` may change the
 * copy first. `close` stops the server and deletes the copy.
 */
export async function startProjectCopy(prepare?: (dir: string) => void, options: CopyOptions = {}): Promise<ProjectCopy> {
  const from = options.from ?? TESTED_ROOT;
  const dir = makeProjectCopy(mkdtempSync(join(tmpdir(), 'deck-copy-')), options);
  prepare?.(dir);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const log: string[] = [];
  const vite = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--clearScreen', 'false', '--config', COPY_CONFIG], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  vite.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  vite.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const close = async () => {
    await stop(vite);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForServer(url, vite);
  } catch (error) {
    await close();
    throw new Error(`${(error as Error).message}\n${log.join('')}`);
  }

  const touched = new Set<string>();
  return {
    dir,
    url,
    log,
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    write(file, text) {
      touched.add(file);
      writeFileSync(join(dir, file), text);
    },
    remove(file) {
      touched.add(file);
      unlinkSync(join(dir, file));
    },
    restore() {
      for (const file of touched) {
        const original = join(from, file);
        if (existsSync(original)) writeFileSync(join(dir, file), readFileSync(original));
        else rmSync(join(dir, file), { force: true });
      }
      touched.clear();
    },
    close,
  };
}

/**
 * Copies what the deck needs into `dir`, links the packages and writes the copy's Vite
 * config; returns `dir`. A copy of a copy links the same real packages.
 */
export function makeProjectCopy(dir: string, { from = TESTED_ROOT, withoutSlides = false }: CopyOptions = {}): string {
  for (const part of PROJECT_PARTS) if (!(withoutSlides && part === 'slides')) cpSync(join(from, part), join(dir, part), { recursive: true });
  linkDependencies(from, dir);
  writeFileSync(join(dir, COPY_CONFIG), copyConfig(dir));
  return dir;
}

/**
 * node_modules as a folder of links rather than one link, so the tools' caches (Vite's .vite
 * and .vite-temp, the PDF export's .cache) land in the copy and never race the real project.
 */
function linkDependencies(from: string, dir: string): void {
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(from, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(realpathSync(join(from, 'node_modules', name)), join(modules, name));
  }
}

/** The real folder the packages of a copy's node_modules live in (outside the copy). */
export function packagesFolder(project: string): string {
  return dirname(realpathSync(join(project, 'node_modules', 'vite')));
}

/**
 * Vite follows the node_modules links to their real place, outside the copy, and would refuse to
 * serve the fonts from there; this config allows exactly the copy and the real node_modules.
 */
function copyConfig(dir: string): string {
  const allow = JSON.stringify([dir, packagesFolder(dir)]);
  return [
    `import { mergeConfig } from 'vite';`,
    `import project from './vite.config.ts';`,
    `export default (env) => mergeConfig(project(env), { server: { fs: { allow: ${allow} } } });`,
    '',
  ].join('\n');
}

/** A port nobody listens on now; Vite's --strictPort turns a lost race into a clear failure. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

async function waitForServer(url: string, vite: ChildProcess): Promise<void> {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (vite.exitCode !== null) throw new Error(`vite exited with code ${vite.exitCode} before serving ${url}`);
    try {
      // Any answer will do: a deck broken on purpose is served as an error page.
      await fetch(url);
      return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  throw new Error(`vite did not serve ${url} within ${SERVER_START_TIMEOUT_MS / 1000} s`);
}

function stop(vite: ChildProcess): Promise<void> {
  if (vite.exitCode !== null || vite.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    vite.once('exit', () => resolve());
    vite.kill('SIGTERM');
  });
}
