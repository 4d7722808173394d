/**
 * Stage 1, parse: one slide file's text in, a typed `Slide` out, with every position kept.
 * Pure: it never reads a file, so tests hand it strings.
 */
import { LineCounter, parseDocument, isMap, isScalar, type Pair, type Node } from 'yaml';
import {
  FRONT_MATTER,
  FRONT_MATTER_NAMES,
  isImagePath,
  slugify,
  type FrontMatterName,
} from './front-matter.ts';
import type {
  AssetReference,
  Citation,
  MarkdownBlock,
  Outcome,
  Slide,
  SlideOptions,
  WidgetBlock,
} from './model.ts';
import { problemAt, type Problem, type SourcePosition } from './problem.ts';
import { didYouMean } from './suggest.ts';

/** `05-the-puzzle.md`: two or more digits give the order, the rest names the slide. */
export const SLIDE_FILE = /^(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})\s*([\w-]*)/;
/** The notes separator: a line that is exactly `Notes:`. */
const NOTES_LINE = /^Notes:\s*$/;
/** Lines that look like a mistyped separator (`Note:`, `notes:`, `Notes: text`, `NOTES`). */
const NEAR_NOTES_LINE = /^\s*(?:notes?|speaker notes?)\s*:/i;
/** `{Nye 1996@27}`: a key of words and digits, an optional `@page`. */
const CITATION = /\{([A-Za-z][\w .:-]*?)(?:@([^{}\n]*))?\}/g;
const IMAGE = /!\[([^\]]*)\]\(\s*([^)\s]+)(?:\s+"[^"]*")?\s*\)/g;
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

export interface ParseOptions {
  /** Fenced-block languages that widgets render (```matrix). */
  widgetKinds?: readonly string[];
}

/** Parses one slide file. Returns `value: undefined` only when nothing usable is left. */
export function parseSlide(file: string, source: string, options: ParseOptions = {}): Outcome<Slide | undefined> {
  const problems: Problem[] = [];
  const at = (line: number, column?: number): SourcePosition => ({ file, line, column });
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');

  const name = file.split('/').pop() ?? file;
  const fileMatch = SLIDE_FILE.exec(name);
  if (!fileMatch)
    problems.push(problemAt(at(1), `file name "${name}" does not say the slide's place`, 'name slide files NN-name.md, e.g. 05-the-puzzle.md'));
  const order = fileMatch ? Number(fileMatch[1]) : Number.NaN;

  const head = splitFrontMatter(lines, file, problems);
  const options_ = readOptions(head, file, problems, fileMatch?.[2]);
  const { body, notes } = splitNotes(lines, head.bodyLine, file, problems);

  if (body.markdown.trim() === '')
    problems.push(problemAt(at(body.line), 'the slide has no content', 'write at least a heading under the front matter'));
  if (notes && notes.markdown.trim() === '')
    problems.push(problemAt(at(notes.line - 1), 'the "Notes:" line is followed by no notes', 'write what you will say, or remove the "Notes:" line'));

  const scanned = [body, ...(notes ? [notes] : [])].map((block) => scanBlock(block, file, options.widgetKinds ?? ['matrix'], problems));
  const slide: Slide | undefined = options_
    ? {
        ...options_,
        file,
        order,
        body,
        notes,
        citations: scanned.flatMap((s) => s.citations),
        assets: scanned[0]!.assets,
        widgets: scanned[0]!.widgets,
        backgroundAsset: backgroundAsset(options_, file, head.backgroundLine),
        span: { start: 1, end: lines.length },
      }
    : undefined;
  return { value: slide, problems };
}

interface FrontMatter {
  /** The YAML text, and the file line of its first line. */
  yaml: string;
  yamlLine: number;
  /** False when the file has no (closed) front matter at all. */
  present: boolean;
  bodyLine: number;
  backgroundLine: number;
  values: Map<string, { value: unknown; keyAt: [number, number]; valueAt: [number, number] }>;
}

function splitFrontMatter(lines: string[], file: string, problems: Problem[]): FrontMatter {
  const empty: FrontMatter = { yaml: '', yamlLine: 2, present: false, bodyLine: 1, backgroundLine: 1, values: new Map() };
  if (lines[0]?.trim() !== '---') {
    problems.push(problemAt({ file, line: 1, column: 1 }, 'the slide has no front matter', 'start the file with a "---" line, "title: …", and another "---" line'));
    return empty;
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) {
    problems.push(problemAt({ file, line: 1, column: 1 }, 'the front matter is never closed', 'end it with a line of three hyphens "---" before the slide body'));
    return { ...empty, bodyLine: lines.length + 1 };
  }
  const yaml = lines.slice(1, close).join('\n');
  const frontMatter: FrontMatter = { ...empty, yaml, present: true, bodyLine: close + 2 };
  const counter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number): [number, number] => {
    const { line, col } = counter.linePos(offset);
    return [line + 1, col];
  };
  for (const error of document.errors) {
    const [line, column] = position(error.pos[0]);
    problems.push(problemAt({ file, line, column }, `front matter is not valid YAML: ${error.message.split('\n')[0]}`, 'write one "key: value" per line'));
  }
  if (document.errors.length > 0) return frontMatter;
  if (document.contents === null) return frontMatter;
  if (!isMap(document.contents)) {
    problems.push(problemAt({ file, line: 2, column: 1 }, 'front matter must be "key: value" lines', 'e.g. "title: The puzzle"'));
    return frontMatter;
  }
  for (const pair of document.contents.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const keyAt = position(pair.key?.range?.[0] ?? 0);
    const valueAt = position(pair.value?.range?.[0] ?? pair.key?.range?.[1] ?? 0);
    const value = pair.value && isScalar(pair.value) ? pair.value.value : pair.value?.toJSON();
    frontMatter.values.set(key, { value, keyAt, valueAt });
    if (key === 'background') frontMatter.backgroundLine = valueAt[0];
  }
  return frontMatter;
}

function readOptions(head: FrontMatter, file: string, problems: Problem[], fileName?: string): SlideOptions | undefined {
  const chosen: Partial<Record<FrontMatterName, unknown>> = {};
  for (const [key, { value, keyAt, valueAt }] of head.values) {
    if (!(FRONT_MATTER_NAMES as string[]).includes(key)) {
      problems.push(problemAt({ file, line: keyAt[0], column: keyAt[1] }, `unknown front-matter key "${key}"`, didYouMean(key, FRONT_MATTER_NAMES, 'known keys are')));
      continue;
    }
    const result = FRONT_MATTER[key as FrontMatterName].normalise(value);
    if (result.ok) chosen[key as FrontMatterName] = result.value;
    else problems.push(problemAt({ file, line: valueAt[0], column: valueAt[1] }, result.message, result.hint));
  }
  if (chosen.title === undefined) {
    // A missing front matter was reported already; a bad title value was reported above.
    if (head.present && !head.values.has('title'))
      problems.push(problemAt({ file, line: head.yamlLine, column: 1 }, 'the slide has no title', 'add "title: …" to the front matter'));
    return undefined;
  }
  const title = chosen.title as string;
  return {
    title,
    slug: (chosen.slug as string | undefined) ?? (slugify(title) || fileName || 'slide'),
    layout: (chosen.layout as SlideOptions['layout'] | undefined) ?? 'default',
    class: (chosen.class as string[] | undefined) ?? [],
    timing: chosen.timing as number | undefined,
    transition: chosen.transition as SlideOptions['transition'],
    background: chosen.background as string | undefined,
  };
}

function splitNotes(lines: string[], bodyLine: number, file: string, problems: Problem[]): { body: MarkdownBlock; notes?: MarkdownBlock } {
  let fence: string | undefined;
  let separator: number | undefined;
  for (let index = bodyLine - 1; index < lines.length; index++) {
    const line = lines[index]!;
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1]![0]!;
      else if (fenceMatch[1]![0] === fence && fenceMatch[2] === '') fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    if (NOTES_LINE.test(line)) {
      if (separator === undefined) separator = index;
      else problems.push(problemAt({ file, line: index + 1, column: 1 }, 'a second "Notes:" line', 'a slide has one notes section: merge the two'));
    } else if (NEAR_NOTES_LINE.test(line) && separator === undefined) {
      problems.push(problemAt({ file, line: index + 1, column: 1 }, `"${line.trim().slice(0, 24)}" looks like a notes separator but is not one`, 'write "Notes:" alone on its own line, then the notes below it'));
    }
  }
  if (fence !== undefined)
    problems.push(problemAt({ file, line: lines.length, column: 1 }, `a code fence (${fence.repeat(3)}) is never closed`, 'close it with the same fence on its own line'));
  if (separator === undefined) return { body: { markdown: lines.slice(bodyLine - 1).join('\n'), line: bodyLine } };
  return {
    body: { markdown: lines.slice(bodyLine - 1, separator).join('\n'), line: bodyLine },
    notes: { markdown: lines.slice(separator + 1).join('\n'), line: separator + 2 },
  };
}

function scanBlock(block: MarkdownBlock, file: string, widgetKinds: readonly string[], problems: Problem[]) {
  const citations: Citation[] = [];
  const assets: AssetReference[] = [];
  const widgets: WidgetBlock[] = [];
  const lines = block.markdown.split('\n');
  let fence: { marker: string; kind?: string; start: number; text: string[] } | undefined;
  lines.forEach((line, index) => {
    const lineNumber = block.line + index;
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence.marker && fenceMatch[2] === '') {
        if (fence.kind) widgets.push({ kind: fence.kind, text: fence.text.join('\n'), at: { file, line: fence.start } });
        fence = undefined;
      } else fence.text.push(line);
      return;
    }
    if (fenceMatch) {
      const kind = widgetKinds.includes(fenceMatch[2]!) ? fenceMatch[2] : undefined;
      fence = { marker: fenceMatch[1]![0]!, kind, start: lineNumber + 1, text: [] };
      return;
    }
    const prose = line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    for (const match of prose.matchAll(CITATION)) {
      citations.push({
        raw: match[0],
        key: match[1]!.replace(/\s+/g, ''),
        locator: match[2]?.trim() || undefined,
        at: { file, line: lineNumber, column: match.index + 1 },
      });
    }
    for (const match of prose.matchAll(IMAGE)) {
      const href = match[2]!;
      const position = { file, line: lineNumber, column: match.index + 1 };
      if (REMOTE.test(href)) {
        problems.push(problemAt(position, `image "${href}" is on another host`, 'copy the picture into assets/ and link it relatively: the deck makes no request to other hosts'));
        continue;
      }
      if (match[1]!.trim() === '')
        problems.push(problemAt(position, `image "${href}" has no alt text`, 'describe the picture between the brackets: ![what it shows](…)'));
      assets.push({ href, path: resolveFrom(file, href), alt: match[1]!, at: position });
    }
  });
  return { citations, assets, widgets };
}

function backgroundAsset(options: SlideOptions, file: string, line: number): AssetReference | undefined {
  if (!options.background || !isImagePath(options.background)) return undefined;
  return { href: options.background, path: resolveFrom(file, options.background), alt: '', at: { file, line } };
}

/** Resolves `../assets/x.svg` against `slides/03-the-book.md` → `assets/x.svg` (POSIX, no I/O). */
export function resolveFrom(file: string, href: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const part of href.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
