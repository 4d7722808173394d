/**
 * A new slide in one step: its file, written from a short template, and its line in the
 * talk's running order (slides/talk.yaml), put where the speaker asked. talk.yaml is changed by
 * inserting that one line, so its comments and layout stay exactly as the speaker wrote them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node, type Scalar } from 'yaml';
import { slugify } from './front-matter.ts';
import { SLIDES_DIR, TALK_FILE } from './load.ts';
import { REFERENCES_SLUG } from './render.ts';
import { SLIDES_KEY, slugOfFile } from './running-order.ts';
import { didYouMean } from './suggest.ts';

/** Why a new slide was refused: each kind is its own exit code in the command. */
export type NewSlideRefusal = 'no-slug' | 'slug-taken' | 'unknown-after' | 'no-list';

/** A slide the command will not add, and why, in one line. */
export class NewSlideError extends Error {
  constructor(
    readonly kind: NewSlideRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'NewSlideError';
  }
}

export interface NewSlide {
  title: string;
  /** The slide to put it after, by slug; the end of the talk when not given. */
  after?: string;
}

/** The new slide's text: front matter, a heading and a notes section, as the talk's slides are written. */
export function slideTemplate(title: string): string {
  return ['---', stringify({ title }, { lineWidth: 0 }).trimEnd(), '---', '', `## ${title}`, '', 'What the audience reads.', '', 'Notes:', 'What you will say on this slide.', ''].join('\n');
}

/**
 * talk.yaml with `name` listed after the slide whose slug is `after` (or last). The line is
 * inserted as text, indented like its neighbour, so nothing else in the file moves.
 */
export function listSlide(talkText: string, name: string, after?: string): string {
  const counter = new LineCounter();
  const document = parseDocument(talkText, { lineCounter: counter });
  const list = isMap(document.contents) ? (document.contents.get(SLIDES_KEY, true) as Node | undefined) : undefined;
  if (document.errors.length > 0 || !isSeq(list)) throw new NewSlideError('no-list', `${TALK_FILE} has no readable "slides:" list to add the slide to: fix it first (npm start names the problem)`);
  const items = list.items.filter((item): item is Scalar => isScalar(item));
  const names = items.map((item) => String(item.value));
  let anchor = items.at(-1);
  if (after !== undefined) {
    const index = names.findIndex((listed) => slugOfFile(listed) === after);
    if (index === -1) throw new NewSlideError('unknown-after', `--after ${after}: no slide with that slug is listed in ${TALK_FILE} (${didYouMean(after, names.map((listed) => slugOfFile(listed) ?? listed), 'listed slides are')})`);
    anchor = items[index];
  }
  if (!anchor || list.flow) {
    // An empty or one-line list has no line to copy: write the list out again, in block style.
    const at = after === undefined ? names.length : names.findIndex((listed) => slugOfFile(listed) === after) + 1;
    document.set(SLIDES_KEY, [...names.slice(0, at), name, ...names.slice(at)]);
    return document.toString({ lineWidth: 0 });
  }
  const { line } = counter.linePos(anchor.range![0]);
  const lines = talkText.split('\n');
  const indent = /^\s*-\s*/.exec(lines[line - 1]!)?.[0] ?? '  - ';
  lines.splice(line, 0, `${indent}${name}`);
  return lines.join('\n');
}

/**
 * Writes slides/<slug>.md for `title` and lists it in talk.yaml. Refuses (NewSlideError) a slug
 * that a file, a listed slide or the References slide already has; writes nothing then.
 * Returns the new file, project-relative.
 */
export function addSlide(root: string, { title, after }: NewSlide): string {
  const slug = slugify(title);
  if (slug === '') throw new NewSlideError('no-slug', `"${title}" gives no slug: use a title with letters or digits`);
  const name = `${slug}.md`;
  const file = `${SLIDES_DIR}/${name}`;
  if (slug === REFERENCES_SLUG) throw new NewSlideError('slug-taken', `the slug "${slug}" belongs to the generated References slide: choose another title`);
  if (existsSync(join(root, file))) throw new NewSlideError('slug-taken', `${file} exists already: choose another title, or edit that slide`);
  const talkPath = join(root, TALK_FILE);
  if (!existsSync(talkPath)) throw new NewSlideError('no-list', `${TALK_FILE} is missing: create it first (see docs/authoring.md)`);
  const talkText = readFileSync(talkPath, 'utf8');
  const contents = parseDocument(talkText).contents;
  const listed = isMap(contents) ? contents.get(SLIDES_KEY) : undefined;
  if (isSeq(listed) && listed.items.some((item) => isScalar(item) && item.value === name))
    throw new NewSlideError('slug-taken', `${name} is listed in ${TALK_FILE} already: choose another title`);
  const updated = listSlide(talkText, name, after);
  writeFileSync(join(root, file), slideTemplate(title), { flag: 'wx' });
  writeFileSync(talkPath, updated);
  return file;
}
