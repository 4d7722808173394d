/**
 * How `npm run pdf` fails: one line starting with "pdf:", and an exit code per kind of failure,
 * so a script can tell "install a browser" from "fix a slide" from "choose another --out".
 */
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../../src/cli/chromium-path.ts';
import { ExitCode } from '../../src/node/exit-codes.ts';
import { expect, test } from '@playwright/test';
import { copyProject, outputFolder, PROJECT_ROOT, readPdf, runPdf, type CommandResult } from './pdf-command.ts';

const folder = outputFolder();
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * The failure is one line that starts with the command's name. Before it, in a log, there may
 * be progress lines for long steps ("pdf: building the deck…"), which end in an ellipsis.
 */
function expectOneLine(result: CommandResult, pattern: RegExp): void {
  expect(result.stderr.endsWith('\n')).toBe(true);
  const lines = result.stderr.trimEnd().split('\n').filter((line) => !/^pdf: .*…$/.test(line));
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^pdf: /);
  expect(lines[0]).toMatch(pattern);
  expect(result.stdout).toBe('');
}

test('an output path that cannot be written fails at once with its own code', async () => {
  const file = join(folder, 'a-file');
  writeFileSync(file, 'not a folder');
  const result = await runPdf(['--out', join(file, 'deck.pdf')]);
  expect(result.code).toBe(ExitCode.outputNotWritable);
  expectOneLine(result, /cannot write .*a-file\/deck\.pdf: a part of the path is a file/);
});

test('CHROMIUM_PATH pointing nowhere fails as "no browser", never falling back to another', async () => {
  const out = join(folder, 'never.pdf');
  const result = await runPdf(['--out', out], { env: { CHROMIUM_PATH: '/nowhere/chromium' } });
  expect(result.code).toBe(ExitCode.noBrowser);
  expectOneLine(result, /CHROMIUM_PATH is set to \/nowhere\/chromium, which does not exist/);
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
});

test('a CHROMIUM_PATH that is not a browser fails as "no browser" too', async () => {
  const result = await runPdf(['--out', join(folder, 'never.pdf')], { env: { CHROMIUM_PATH: join(PROJECT_ROOT, 'package.json') } });
  expect(result.code).toBe(ExitCode.noBrowser);
  expectOneLine(result, /Chromium at .*package\.json did not start/);
});

test('a Chromium that crashes in its one-process start still gives the PDF: it is started again the usual way', async () => {
  // The crash seen once in a test run (a general protection fault before Chromium answered),
  // made certain: a Chromium that stops on a segmentation fault whenever it is asked for one process.
  const crashing = join(folder, 'crashing-chromium');
  const real = findChromium(process.env, { headlessShell: true });
  writeFileSync(crashing, `#!/bin/sh\nfor arg; do [ "$arg" = --single-process ] && kill -SEGV $$; done\nexec '${real}' "$@"\n`);
  chmodSync(crashing, 0o755);
  const out = join(folder, 'after-a-crash.pdf');
  const result = await runPdf(['--out', out], { env: { CHROMIUM_PATH: crashing } });
  expect(result.code, result.stderr).toBe(ExitCode.ok);
  expect(result.stderr).toMatch(/^pdf: Chromium crashed in its one-process mode; printing again with Chromium started the usual way…$/m);
  expect(result.stdout).toMatch(/^pdf: wrote .*after-a-crash\.pdf \(\d+ pages, a page per slide/);
  const pdf = await readPdf(out);
  expect(pdf.pages.length).toBeGreaterThan(1);
  expect(pdf.pages.every((text) => text.trim().length > 0)).toBe(true);
});

test('a deck that takes longer than --timeout fails as "timed out"', async () => {
  // A millisecond: nothing can load, lay out and print a deck in that time.
  const result = await runPdf(['--out', join(folder, 'late.pdf'), '--timeout', '0.001']);
  expect(result.code).toBe(ExitCode.timedOut);
  expectOneLine(result, /within 0\.001 s/);
});

test('a bad command line fails as a usage error', async () => {
  const result = await runPdf(['--paper', 'a3', '--handout']);
  expect(result.code).toBe(ExitCode.usage);
  expectOneLine(result, /unknown paper "a3"/);
});

test('a slide that breaks the build fails as "build failed", naming the file and line', async () => {
  test.setTimeout(180_000);
  const project = copyProject(join(folder, 'project'));
  const slide = join(project, 'slides', 'varieties-of-social-production.md');
  writeFileSync(slide, readFileSync(slide, 'utf8').replace('layout: matrix', 'layout: nonsense'));
  const result = await runPdf(['--out', join(folder, 'broken.pdf')], { project });
  expect(result.code, result.stderr).toBe(ExitCode.buildFailed);
  const failure = result.stderr.trimEnd().split('\n').at(-1)!;
  expect(failure).toMatch(/^pdf: the deck does not build: slides\/varieties-of-social-production\.md:\d+:\d+ .*nonsense/);
});
