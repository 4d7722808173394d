/** Growth: the real slides repeated into a long deck, to see how build, bytes and page loads scale with a talk's length. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseDuration } from '../deck/duration.ts';
import { SLIDES_DIR, TALK_FILE } from '../deck/load.ts';
import { SLIDES_KEY, slugOfFile } from '../deck/running-order.ts';
import { makeProjectCopy } from '../testing/project-copy.ts';

export interface SlideFile {
  name: string;
  text: string;
}

const FRONT_MATTER_FENCE = /^---\s*$/;
const SLUG_LINE = /^slug\s*:/;

/** `count` slide files from `slides` repeated in order, each named and slugged `<slug>-<n>`, so the loader's checks pass. */
export function repeatSlides(slides: readonly SlideFile[], count: number): SlideFile[] {
  if (slides.length === 0) throw new Error('bench: there are no slides to repeat');
  return Array.from({ length: count }, (_, index) => {
    const source = slides[index % slides.length]!;
    const slug = slugOfFile(source.name);
    if (!slug) throw new Error(`bench: ${source.name} is not a slide file name`);
    const grown = `${slug}-${index + 1}`;
    return { name: `${grown}.md`, text: withSlug(source.text, grown) };
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

/** talk.yaml listing `names`, its duration scaled by `factor` so the slides' timings still fit, comments and other keys kept. */
export function grownTalk(talk: string, names: readonly string[], factor: number): string {
  const document = parseDocument(talk);
  const duration = parseDuration(document.get('duration'));
  if (duration === undefined) throw new Error(`bench: ${TALK_FILE} has no duration to scale`);
  document.set('duration', Math.ceil(duration * factor));
  document.set(SLIDES_KEY, [...names]);
  return document.toString();
}

/** Copies `project` into `to` with a deck of `count` slides made from its own; the rest of slides/ (bibliography, widget data) is kept. */
export function writeGrownProject(project: string, to: string, count: number): void {
  makeProjectCopy(to, { from: project, withoutSlides: true });
  const from = join(project, SLIDES_DIR);
  mkdirSync(join(to, SLIDES_DIR));
  const talk = readFileSync(join(project, TALK_FILE), 'utf8');
  const listed = parseDocument(talk).toJS()?.[SLIDES_KEY] as unknown;
  if (!Array.isArray(listed)) throw new Error(`bench: ${TALK_FILE} has no slides list`);
  for (const entry of readdirSync(from, { withFileTypes: true }))
    if (entry.isFile() && !listed.includes(entry.name)) writeFileSync(join(to, SLIDES_DIR, entry.name), readFileSync(join(from, entry.name)));
  const grown = repeatSlides(listed.map((name: string) => ({ name, text: readFileSync(join(from, name), 'utf8') })), count);
  for (const slide of grown) writeFileSync(join(to, SLIDES_DIR, slide.name), slide.text);
  writeFileSync(join(to, TALK_FILE), grownTalk(talk, grown.map((slide) => slide.name), count / listed.length + 1));
}
