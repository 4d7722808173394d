/**
 * `npm run build:article`: the talk written out as one static page, `dist-article/index.html`,
 * with its stylesheet, the deck's self-hosted fonts and the pictures the slides show. It holds
 * the speaker's notes, so it is a separate, explicit command; `dist/` stays note-free.
 *
 * A small Node program rather than a Vite mode: the page has no script to bundle, and the
 * loader's model (src/deck/load.ts) is all it needs; Vite would add a second entry page, a
 * mode that must skip the deck's plugins, and JavaScript the page must not have. Failures
 * start with `article:` and use the export commands' exit codes.
 */
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { contentSecurityPolicy } from '../publish/csp.ts';
import { renderArticle } from '../export/article.ts';
import { ExitCode, ExportError } from '../node/exit-codes.ts';
import { onlyOut } from './command-line.ts';
import { deckModel } from './deck-model.ts';
import { PROJECT_ROOT, runCommand, shortPath } from './run.ts';

const COMMAND = 'article';
const DEFAULT_OUT = 'dist-article';
/** The deck's @font-face rules; their `@fontsource/…` URLs are files in node_modules. */
const FONTS_CSS = 'src/theme/fonts.css';
/** The matrix's stars, as the custom properties article.css draws its marks with. */
const MARKS_CSS = 'src/theme/marks.css';
const ARTICLE_CSS = 'src/theme/article.css';
const FONT_URL = /url\('(@fontsource\/[^']+)'\)/g;

const USAGE = `Usage: npm run build:article -- [--out <folder>]

Writes the talk as an article, ${DEFAULT_OUT}/index.html: each slide's content followed by the
speaker's notes as prose, the references at the end; no script. It contains the notes.

Options:
  --out <folder>, -o  where to write (default ${DEFAULT_OUT}); its contents are replaced
  -h, --help          show this help

Exit codes: 0 written   1 unexpected failure   2 bad command line   4 the deck has a problem   6 output not writable`;

/** Builds the article; resolves to the exit code. */
async function buildArticle(argv: readonly string[]): Promise<number> {
  const { out, help } = onlyOut('build:article', argv, DEFAULT_OUT, 'folder');
  if (help) {
    process.stdout.write(`${USAGE}\n`);
    return ExitCode.ok;
  }
  const target = resolve(out);
  const deck = deckModel(PROJECT_ROOT);
  // Built beside the target and moved into place at the end: whole, or not at all.
  const staging = `${target}.${process.pid}.tmp`;
  try {
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const assets = new Set<string>();
    const html = renderArticle(deck, {
      stylesheet: 'article.css',
      assetUrl: (path) => (assets.add(path), path),
      // The deck's own policy for a page served with its files: its styles are article.css, and a
      // page without script allows none. Nothing inline is trusted, since the page is content.
      policy: () => contentSecurityPolicy({ inline: { scripts: [], styles: [], styleAttributes: [] }, embedded: false }).replace(/script-src [^;]*/, "script-src 'none'"),
    });
    for (const path of assets) copy(join(PROJECT_ROOT, path), join(staging, path));
    writeFileSync(join(staging, 'article.css'), [fontFaces(staging), ...[MARKS_CSS, ARTICLE_CSS].map((path) => readFileSync(join(PROJECT_ROOT, path), 'utf8'))].join('\n'));
    writeFileSync(join(staging, 'index.html'), html);
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (error instanceof ExportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new ExportError(ExitCode.outputNotWritable, `cannot write ${target}: ${(error as Error).message.replace(/^\w+: /, '')} (choose another --out)`);
    throw error;
  }
  process.stdout.write(`${COMMAND}: wrote ${shortPath(join(target, 'index.html'))} (${deck.slides.length} slides with their notes)\n`);
  return ExitCode.ok;
}

/** The deck's @font-face rules, each font copied into `folder`/fonts/ and linked from there. */
function fontFaces(folder: string): string {
  const css = readFileSync(join(PROJECT_ROOT, FONTS_CSS), 'utf8');
  return css.replace(FONT_URL, (_, specifier: string) => {
    const file = basename(specifier);
    copy(join(PROJECT_ROOT, 'node_modules', specifier), join(folder, 'fonts', file));
    return `url('fonts/${file}')`;
  });
}

function copy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to);
}

await runCommand(COMMAND, async (argv) => buildArticle(argv));
