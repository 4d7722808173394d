/**
 * The loader's only contact with the file system: reads the slides, the talk, the
 * bibliography and the widgets' data, then hands them to the pure stages.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { composeDeck, type Deck, type SourceFile } from './deck.ts';
import { isEditorLeftover } from './editor-files.ts';
import { hasErrors, problemAt, type Problem } from './problem.ts';
import { checkRunningOrder, parseRunningOrder } from './running-order.ts';
import type { Widget, WidgetSource } from './widget.ts';

/** Where things live, relative to the project root. */
export const SLIDES_DIR = 'slides';
export const ASSETS_DIR = 'assets';
export const TALK_FILE = `${SLIDES_DIR}/talk.yaml`;
export const BIBLIOGRAPHY_FILE = `${SLIDES_DIR}/references.bib`;

const decoder = new TextDecoder('utf-8', { fatal: true });
/** Slide files are Markdown files directly in slides/. */
const MARKDOWN = /\.md$/;

/** Reads a text file as strict UTF-8; a bad byte is a problem at its line, not mojibake. */
export function readSource(root: string, file: string, problems: Problem[]): SourceFile | undefined {
  const bytes = readFileSync(join(root, file));
  try {
    return { file, text: decoder.decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const before = text.slice(0, Math.max(0, bad)).split('\n');
    problems.push(problemAt({ file, line: before.length, column: before.at(-1)!.length + 1 }, 'the file is not UTF-8 text', 'save it as UTF-8 in your editor'));
    return undefined;
  }
}

/**
 * Every file below a folder, as root-relative POSIX paths. Editors' leftovers and links to
 * nothing are not listed but put in `skipped`, to be named in one warning.
 */
function listFiles(root: string, folder: string, skipped: string[] = []): string[] {
  const full = join(root, folder);
  if (!existsSync(full)) return [];
  const files: string[] = [];
  for (const name of readdirSync(full, { recursive: true, encoding: 'utf8' })) {
    const path = join(full, name);
    const file = relative(root, path).split(sep).join('/');
    // statSync follows links: a dangling one (an Emacs lock file is one) is a skip, not a crash.
    const stats = statSync(path, { throwIfNoEntry: false });
    if (isEditorLeftover(name) || !stats) skipped.push(file);
    else if (stats.isFile()) files.push(file);
  }
  return files;
}

/** One warning line for a folder's skipped files, so that an editor at work never floods the log. */
function skippedWarning(folder: string, skipped: readonly string[]): Problem[] {
  if (skipped.length === 0) return [];
  const names = skipped.map((file) => file.slice(folder.length + 1)).join(', ');
  return [problemAt({ file: folder, line: 1, column: 1 }, `skipped ${skipped.length === 1 ? 'a file' : `${skipped.length} files`} that an editor or the system left, or that link to nothing: ${names}`, 'nothing to do: the deck never reads them; delete them if they stay', 'warning')];
}

/** Whether a project file, with every link followed, is still inside the project. */
function insideProject(root: string, path: string): boolean {
  try {
    const real = realpathSync(join(root, path));
    const realRoot = realpathSync(root);
    return real === realRoot || real.startsWith(realRoot + sep);
  } catch {
    return true; // a missing file is reported as missing, not as outside
  }
}

/**
 * Splits the files in slides/ into Markdown files (slides, listed in talk.yaml or not) and
 * files the deck does not use. Dotfiles are the editor's and the system's, not the author's.
 */
function sortSlidesFolder(files: readonly string[], dataFiles: ReadonlySet<string>): { markdown: string[]; unused: string[] } {
  const markdown: string[] = [];
  const unused: string[] = [];
  for (const file of files) {
    const inside = file.slice(SLIDES_DIR.length + 1);
    if (dataFiles.has(file) || inside.split('/').some((part) => part.startsWith('.'))) continue;
    if (!inside.includes('/') && MARKDOWN.test(inside)) markdown.push(inside);
    else unused.push(file);
  }
  return { markdown: markdown.sort(), unused: unused.sort() };
}

/**
 * The slide files to read, in the talk's order: the list in talk.yaml, held against the folder.
 * Without a usable list (already a problem) every Markdown file is read, so that their own
 * problems show now rather than after the list is fixed.
 */
function slideFilesInOrder(talk: SourceFile | undefined, markdown: readonly string[], problems: Problem[]): string[] {
  const listed = talk ? parseRunningOrder(talk.file, talk.text) : undefined;
  if (listed) problems.push(...listed.problems);
  if (!listed?.value) return markdown.map((name) => `${SLIDES_DIR}/${name}`);
  const order = checkRunningOrder(listed.value, markdown, SLIDES_DIR, TALK_FILE);
  problems.push(...order.problems);
  return order.value;
}

export interface LoadedDeck {
  deck?: Deck;
  problems: Problem[];
  /** Every file the deck was made from, to watch for changes. */
  files: string[];
}

/** Loads the deck under `root`. Never throws for bad input: problems say what is wrong. */
export function loadDeck(root: string, widgetSources: readonly WidgetSource[]): LoadedDeck {
  const problems: Problem[] = [];
  const dataFiles = new Set([TALK_FILE, BIBLIOGRAPHY_FILE, ...widgetSources.map((source) => source.dataFile)]);
  const skippedSlides: string[] = [];
  const { markdown, unused } = sortSlidesFolder(listFiles(root, SLIDES_DIR, skippedSlides), dataFiles);
  problems.push(...skippedWarning(SLIDES_DIR, skippedSlides));
  for (const file of unused)
    problems.push(problemAt({ file, line: 1, column: 1 }, 'the deck does not use this file', 'slides/ holds .md slides listed in talk.yaml, talk.yaml, references.bib and widget data: rename the file or move it elsewhere', 'warning'));

  const talk = existsSync(join(root, TALK_FILE)) ? readSource(root, TALK_FILE, problems) : undefined;
  if (!existsSync(join(root, TALK_FILE)))
    problems.push(problemAt({ file: TALK_FILE, line: 1, column: 1 }, 'the talk file is missing', 'create slides/talk.yaml with title, author, description, lang, duration and the slides list'));
  const slideFiles = slideFilesInOrder(talk, markdown, problems);
  const slides = slideFiles.map((file) => readSource(root, file, problems)).filter((s): s is SourceFile => s !== undefined);
  const bibliography = existsSync(join(root, BIBLIOGRAPHY_FILE)) ? readSource(root, BIBLIOGRAPHY_FILE, problems) : undefined;

  const widgets: Widget[] = [];
  for (const source of widgetSources) {
    if (!existsSync(join(root, source.dataFile))) {
      problems.push(problemAt({ file: source.dataFile, line: 1, column: 1 }, `the ${source.kind} data file is missing`, `create ${source.dataFile}`));
      continue;
    }
    const data = readSource(root, source.dataFile, problems);
    const widget = data ? source.create(data.file, data.text) : undefined;
    if (widget) problems.push(...widget.problems);
    if (widget?.value) widgets.push(widget.value);
  }

  const skippedAssets: string[] = [];
  const assets = listFiles(root, ASSETS_DIR, skippedAssets);
  problems.push(...skippedWarning(ASSETS_DIR, skippedAssets));
  // Unlisted Markdown files are watched too: listing one, or fixing a misspelt line, is a change.
  const files = [...new Set([...slideFiles, ...markdown.map((name) => `${SLIDES_DIR}/${name}`)]), TALK_FILE, BIBLIOGRAPHY_FILE, ...widgetSources.map((s) => s.dataFile)];
  // Compose even after a read problem, so one bad file never hides the others' problems.
  const composed = composeDeck({
    talk,
    slides,
    slideFiles,
    bibliography,
    widgets,
    widgetKinds: widgetSources.map((source) => source.kind),
    assetExists: (path) => existsSync(join(root, path)) && statSync(join(root, path)).isFile(),
    assetInsideProject: (path) => insideProject(root, path),
    knownAssets: assets,
  });
  const all = [...problems, ...composed.problems];
  return { deck: hasErrors(all) ? undefined : composed.deck, problems: all, files };
}
