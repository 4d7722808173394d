/**
 * Growth: a generated deck of many slides, made from the real slides repeated, to see how
 * build time, bytes and the first slide scale with the length of a talk.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseDuration } from '../deck/duration.ts';
import { SLIDES_DIR, TALK_FILE } from '../deck/load.ts';
import { SLIDE_FILE } from '../deck/parse.ts';
import { copyProject } from './project-copy.ts';

export interface SlideFile {
  name: string;
  text: string;
}

const FRONT_MATTER_FENCE = /^---\s*$/;
const SLUG_LINE = /^slug\s*:/;
const DURATION_LINE = /^duration\s*:.*$/m;

/**
 * `count` slide files from `slides` repeated in order, renumbered 001, 002, … (as wide as
 * the count needs, at least two digits, as the numbering rule asks) and each given a slug of
 * its own, so the loader's checks pass exactly as for the real deck.
 */
export function repeatSlides(slides: readonly SlideFile[], count: number): SlideFile[] {
  if (slides.length === 0) throw new Error('bench: there are no slides to repeat');
  const width = Math.max(2, String(count).length);
  return Array.from({ length: count }, (_, index) => {
    const source = slides[index % slides.length]!;
    const match = SLIDE_FILE.exec(source.name);
    if (!match) throw new Error(`bench: ${source.name} is not a slide file name`);
    const number = String(index + 1).padStart(width, '0');
    return { name: `${number}-${match[2]}.md`, text: withSlug(source.text, `${match[2]}-${index + 1}`) };
  });
}

/** The slide's text with `slug:` in its front matter set to `slug`, replacing any it had. */
export function withSlug(text: string, slug: string): string {
  const lines = text.split('\n');
  if (!FRONT_MATTER_FENCE.test(lines[0] ?? '')) return `---\nslug: ${slug}\n---\n${text}`;
  const end = lines.findIndex((line, index) => index > 0 && FRONT_MATTER_FENCE.test(line));
  const head = lines.slice(1, end).filter((line) => !SLUG_LINE.test(line));
  return ['---', `slug: ${slug}`, ...head, ...lines.slice(end)].join('\n');
}

/** talk.yaml with its duration set to `seconds`, so the repeated slides' timings still fit. */
export function withDuration(talk: string, seconds: number): string {
  const line = `duration: ${Math.ceil(seconds)}`;
  return DURATION_LINE.test(talk) ? talk.replace(DURATION_LINE, line) : `${talk.trimEnd()}\n${line}\n`;
}

/**
 * Copies the project at `project` into `to` with a deck of `count` slides made from its
 * own; everything else in slides/ (talk, bibliography, widget data) is kept.
 */
export function writeGrownProject(project: string, to: string, count: number): void {
  copyProject(project, to, { withoutSlides: true });
  const from = join(project, SLIDES_DIR);
  mkdirSync(join(to, SLIDES_DIR), { recursive: true });
  const slides: SlideFile[] = [];
  for (const name of readdirSync(from, { withFileTypes: true })) {
    if (!name.isFile()) continue;
    const text = readFileSync(join(from, name.name), 'utf8');
    if (SLIDE_FILE.test(name.name)) slides.push({ name: name.name, text });
    else writeFileSync(join(to, SLIDES_DIR, name.name), text);
  }
  slides.sort((a, b) => a.name.localeCompare(b.name));
  for (const slide of repeatSlides(slides, count)) writeFileSync(join(to, SLIDES_DIR, slide.name), slide.text);

  const talkFile = join(to, TALK_FILE);
  const talk = readFileSync(talkFile, 'utf8');
  const duration = parseDuration((parse(talk) as { duration?: unknown } | null)?.duration);
  if (duration === undefined) throw new Error(`bench: ${TALK_FILE} has no duration to scale`);
  writeFileSync(talkFile, withDuration(talk, (duration * count) / slides.length + duration));
}
