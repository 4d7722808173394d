/**
 * Stage 1, parse: one slide file's text in, a typed `Slide` out, with every position kept.
 * Pure: it never reads a file, so tests hand it strings.
 */
import { LineCounter, parseDocument, isMap, isScalar, type Pair, type Node, type YAMLError } from 'yaml';
import {
  FRONT_MATTER,
  FRONT_MATTER_NAMES,
  isImagePath,
  slugify,
  type FrontMatterName,
} from './front-matter.ts';
import { readBlock, resolveFrom } from './block-content.ts';
import type { AssetReference, MarkdownBlock, Outcome, Slide, SlideOptions } from './model.ts';
import { closesFence, openingFence, type Fence } from './fence.ts';
import { problemAt, type Problem, type SourcePosition } from './problem.ts';
import { checkMarkdownUrls } from './markdown-urls.ts';
import { checkRawHtml } from './raw-html.ts';
import { slugOfFile } from './running-order.ts';
import { didYouMean } from './suggest.ts';

/** A line that was probably meant to close the front matter: `--`, `----`, `- - -`, YAML's `...`. */
const NEAR_CLOSING_LINE = /^\s*(?:-\s*){2,}$|^\s*\.\.\.\s*$/;
/** The notes separator: a line that is exactly `Notes:`. */
const NOTES_LINE = /^Notes:\s*$/;
/** Lines that look like a mistyped separator (`Note:`, `notes:`, `Notes: text`, `NOTES`). */
const NEAR_NOTES_LINE = /^\s*(?:notes?|speaker notes?)\s*:/i;

export interface ParseOptions {
  /** Fenced-block languages that widgets render (```matrix). */
  widgetKinds?: readonly string[];
}

/**
 * Parses one slide file. Returns `value: undefined` only for an empty file; a slide with a
 * broken front matter still comes back (titled after its file) so that later checks see its body.
 */
export function parseSlide(file: string, source: string, options: ParseOptions = {}): Outcome<Slide | undefined> {
  const problems: Problem[] = [];
  const at = (line: number, column?: number): SourcePosition => ({ file, line, column });
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');

  const name = file.split('/').pop() ?? file;

  if (lines.every((line) => line.trim() === '')) {
    problems.push(problemAt(at(1, 1), 'the slide file is empty', 'write front matter ("---", "title: …", "---") and the slide below it, or delete the file'));
    return { value: undefined, problems };
  }

  const head = splitFrontMatter(lines, file, problems);
  // The file's name is the slide's slug (the talk.yaml list holds names to that rule).
  const read = readOptions(head, file, problems, slugOfFile(file) ?? (slugify(name.replace(/\.[^.]*$/, '')) || undefined));
  const { body, notes } = splitNotes(lines, head.bodyLine, file, problems);

  // An unclosed front matter swallowed the body; saying so again would only repeat it.
  if (body.markdown.trim() === '' && head.closed)
    problems.push(problemAt(at(body.line, 1), 'the slide has no content', 'write at least a heading under the front matter'));
  if (notes && notes.markdown.trim() === '')
    problems.push(problemAt(at(notes.line - 1, 1), 'the "Notes:" line is followed by no notes', 'write what you will say, or remove the "Notes:" line'));

  // Each block is lexed once here; the checks below, the overflow estimate and the renderer walk those tokens.
  const blocks = [body, ...(notes ? [notes] : [])].map((block) => readBlock(block, file, options.widgetKinds ?? ['matrix']));
  for (const block of blocks) problems.push(...block.problems);
  for (const block of blocks) problems.push(...checkRawHtml(block.lexed, file), ...checkMarkdownUrls(block.lexed, file));
  const slide: Slide = {
    ...read.options,
    file,
    body,
    notes,
    citations: blocks.flatMap((block) => block.citations),
    assets: blocks[0]!.assets,
    widgets: blocks[0]!.widgets,
    backgroundAsset: backgroundAsset(read.options, file, read.optionsAt.background),
    optionsAt: read.optionsAt,
    span: { start: 1, end: lines.length },
  };
  return { value: slide, problems };
}

interface FrontMatter {
  /** The YAML text, and the file line of its first line. */
  yaml: string;
  yamlLine: number;
  /** False when the file does not start with a `---` line. */
  present: boolean;
  /** False when the opening `---` has no closing one. */
  closed: boolean;
  /** False when the YAML could not be read (already a problem): its keys are unknown, not missing. */
  valid: boolean;
  bodyLine: number;
  values: Map<string, { value: unknown; keyAt: [number, number]; valueAt: [number, number] }>;
}

function splitFrontMatter(lines: string[], file: string, problems: Problem[]): FrontMatter {
  const empty: FrontMatter = { yaml: '', yamlLine: 2, present: false, closed: false, valid: true, bodyLine: 1, values: new Map() };
  if (lines[0]?.trim() !== '---') {
    problems.push(problemAt({ file, line: 1, column: 1 }, 'the slide has no front matter', 'start the file with a "---" line, "title: …", and another "---" line'));
    return empty;
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) {
    problems.push(problemAt({ file, line: 1, column: 1 }, 'the front matter is never closed', unclosedHint(lines)));
    return { ...empty, present: true, bodyLine: lines.length + 1 };
  }
  const yaml = lines.slice(1, close).join('\n');
  const frontMatter: FrontMatter = { ...empty, yaml, present: true, closed: true, bodyLine: close + 2 };
  const counter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number): [number, number] => {
    const { line, col } = counter.linePos(offset);
    return [line + 1, col];
  };
  for (const error of document.errors) {
    const [line, column] = position(error.pos[0]);
    problems.push(frontMatterError(error, yaml, { file, line, column }));
  }
  if (document.errors.length > 0) return { ...frontMatter, valid: false };
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
  }
  return frontMatter;
}

/** A YAML error in the front matter, said in the author's terms where the yaml library's are opaque. */
function frontMatterError(error: YAMLError, yaml: string, at: SourcePosition): Problem {
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^[^:\s]+/.exec(yaml.slice(error.pos[0]))?.[0] ?? 'a key';
    return problemAt(at, `front-matter key "${key}" is set twice`, `keep one "${key}:" line`);
  }
  return problemAt(at, `front matter is not valid YAML: ${error.message.split('\n')[0]}`, 'write one "key: value" per line; quote a value that holds ": " or starts with [ or {');
}

/** Where the author probably meant the front matter to end: a near-miss `--`, or the first heading. */
function unclosedHint(lines: readonly string[]): string {
  const nearMiss = lines.findIndex((line, index) => index > 0 && NEAR_CLOSING_LINE.test(line));
  if (nearMiss !== -1) return `line ${nearMiss + 1} reads "${lines[nearMiss]!.trim()}": write exactly "---" there`;
  const heading = lines.findIndex((line, index) => index > 0 && (/^#{1,6}\s/.test(line) || NOTES_LINE.test(line)));
  if (heading !== -1) return `add a line "---" before line ${heading + 1}, where the slide body starts`;
  return 'end it with a line of three hyphens "---" before the slide body';
}

interface ReadOptions {
  options: SlideOptions;
  optionsAt: Slide['optionsAt'];
}

function readOptions(head: FrontMatter, file: string, problems: Problem[], fileName?: string): ReadOptions {
  const chosen: Partial<Record<FrontMatterName, unknown>> = {};
  const optionsAt: Slide['optionsAt'] = {};
  for (const [key, { value, keyAt, valueAt }] of head.values) {
    if (!(FRONT_MATTER_NAMES as string[]).includes(key)) {
      problems.push(problemAt({ file, line: keyAt[0], column: keyAt[1] }, `unknown front-matter key "${key}"`, didYouMean(key, FRONT_MATTER_NAMES, 'known keys are')));
      continue;
    }
    const result = FRONT_MATTER[key as FrontMatterName].normalise(value);
    if (result.ok) {
      chosen[key as FrontMatterName] = result.value;
      optionsAt[key as FrontMatterName] = { file, line: valueAt[0], column: valueAt[1] };
    } else problems.push(problemAt({ file, line: valueAt[0], column: valueAt[1] }, result.message, result.hint));
  }
  // A missing, unclosed or unreadable front matter was reported already, and so was a bad title.
  if (chosen.title === undefined && head.closed && head.valid && !head.values.has('title'))
    problems.push(problemAt({ file, line: head.yamlLine, column: 1 }, 'the slide has no title', 'add "title: …" to the front matter'));
  // Without a title the slide still goes through every check, so its body's problems show now, not after the fix.
  const title = (chosen.title as string | undefined) ?? fileName ?? 'untitled';
  const options: SlideOptions = {
    title,
    slug: (chosen.slug as string | undefined) ?? fileName ?? (slugify(title) || 'slide'),
    layout: (chosen.layout as SlideOptions['layout'] | undefined) ?? 'default',
    class: (chosen.class as string[] | undefined) ?? [],
    timing: chosen.timing as number | undefined,
    transition: chosen.transition as SlideOptions['transition'],
    background: chosen.background as string | undefined,
  };
  return { options, optionsAt };
}

/**
 * Finds the `Notes:` line by a line scan before anything is lexed: the separator is the deck's
 * own syntax, not Markdown, and a `Notes:` line ends the body wherever Markdown would have
 * continued a paragraph, a list or an HTML block. Only a fence hides it (fence.ts reads fences
 * as marked does), and a fence left open is reported here, where it is seen whole.
 */
function splitNotes(lines: string[], bodyLine: number, file: string, problems: Problem[]): { body: MarkdownBlock; notes?: MarkdownBlock } {
  let fence: Fence | undefined;
  let fenceLine = 0;
  let separator: number | undefined;
  for (let index = bodyLine - 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    fence = openingFence(line);
    if (fence) {
      fenceLine = index + 1;
      continue;
    }
    if (NOTES_LINE.test(line)) {
      if (separator === undefined) separator = index;
      else problems.push(problemAt({ file, line: index + 1, column: 1 }, 'a second "Notes:" line', 'a slide has one notes section: merge the two'));
    } else if (NEAR_NOTES_LINE.test(line) && separator === undefined) {
      problems.push(problemAt({ file, line: index + 1, column: 1 }, `"${line.trim().slice(0, 24)}" is not the notes separator, so the notes after it would show on the slide`, 'write "Notes:" alone on its own line, then the notes below it'));
    }
  }
  if (fence)
    problems.push(problemAt({ file, line: fenceLine, column: 1 }, `the code fence ${fence.marker}${fence.info} is never closed`, `close it with a line "${fence.marker}" where the block ends`));
  if (separator === undefined) return { body: { markdown: lines.slice(bodyLine - 1).join('\n'), line: bodyLine } };
  return {
    body: { markdown: lines.slice(bodyLine - 1, separator).join('\n'), line: bodyLine },
    notes: { markdown: lines.slice(separator + 1).join('\n'), line: separator + 2 },
  };
}

function backgroundAsset(options: SlideOptions, file: string, at: SourcePosition | undefined): AssetReference | undefined {
  if (!options.background || !isImagePath(options.background)) return undefined;
  return { href: options.background, path: resolveFrom(file, options.background), alt: '', at: at ?? { file, line: 1, column: 1 } };
}

/** Re-exported: the model's paths are resolved where the pictures are read, in block-content.ts. */
export { resolveFrom };
