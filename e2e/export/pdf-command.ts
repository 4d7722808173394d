/**
 * `npm run pdf` as the tests run it: a child process, as a user or a CI job starts it, and
 * its PDF read back with pdfjs-dist, the library Firefox reads PDFs with.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { makeProjectCopy } from '../../src/testing/project-copy.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the export program with `args` in `project`, as `npm run pdf -- args` does. */
export function runPdf(args: readonly string[], options: { env?: NodeJS.ProcessEnv; project?: string } = {}): Promise<CommandResult> {
  return runCommand('pdf.ts', args, options);
}

/** Runs a command-line program of src/cli/ (`png.ts`, `notes.ts`, …) as its npm script does: compiled, through launch.mjs. */
export function runCommand(program: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; project?: string } = {}): Promise<CommandResult> {
  const project = options.project ?? PROJECT_ROOT;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(project, 'src', 'cli', 'launch.mjs'), program.replace(/\.ts$/, ''), ...args], {
      cwd: project,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh folder for a test's output. */
export function outputFolder(): string {
  return mkdtempSync(join(tmpdir(), 'deck-pdf-'));
}

/** A copy of what the build needs, with the real node_modules linked in, so a test can change it. */
export function copyProject(dir: string): string {
  return makeProjectCopy(dir, { from: PROJECT_ROOT });
}

/** What a reader finds in a PDF. */
export interface PdfContents {
  /** Each page's text, in reading order. */
  pages: string[];
  /** Each page's size in points. */
  sizes: { width: number; height: number }[];
  /** Top-level bookmarks: title, 0-based page, and how many are nested below. */
  outline: { title: string; page: number; children: number }[];
  info: Record<string, unknown>;
  tagged: boolean;
  /** The structure roles on each page (H1, H2, P, L, Figure, …). */
  roles: string[][];
  /** Link annotations: page and URL. */
  links: { page: number; url: string }[];
}

/** Reads `file` with pdfjs-dist. */
export async function readPdf(file: string): Promise<PdfContents> {
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false }).promise;
  const pages: string[] = [];
  const sizes: PdfContents['sizes'] = [];
  const roles: string[][] = [];
  const links: PdfContents['links'] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const text = await page.getTextContent();
    pages.push(text.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    const [, , width, height] = page.view;
    sizes.push({ width: width!, height: height! });
    roles.push(structureRoles((await page.getStructTree()) as StructNode | null));
    for (const annotation of await page.getAnnotations()) if (annotation.subtype === 'Link' && annotation.url) links.push({ page: number - 1, url: annotation.url });
  }
  const outline = await Promise.all(
    ((await document.getOutline()) ?? []).map(async (item) => ({
      title: item.title,
      page: Array.isArray(item.dest) ? await document.getPageIndex(item.dest[0]) : -1,
      children: item.items.length,
    })),
  );
  const { info } = await document.getMetadata();
  const tagged = (await document.getMarkInfo())?.Marked === true;
  await document.destroy();
  return { pages, sizes, outline, info: info as Record<string, unknown>, tagged, roles, links };
}

/** A node of pdfjs's structure tree; content leaves have no role. */
interface StructNode {
  role?: string;
  children?: unknown[];
}

function structureRoles(node: StructNode | null): string[] {
  if (!node) return [];
  return [...(node.role ? [node.role] : []), ...(node.children ?? []).flatMap((child) => structureRoles(child as StructNode))];
}

/** Text without any white space, to compare what wraps differently on paper and on screen. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}
