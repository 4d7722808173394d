/**
 * One source for the talk's title and speaker: slides/talk.yaml. The title slide writes them
 * too (its heading and the line under it), so it must write the same: otherwise a new title in
 * talk.yaml would reach the page head, the social preview and the PDF, but not the screen.
 * Pure: the caller passes the parsed slides and talk.yaml's text.
 */
import type { Slide, Talk } from './model.ts';
import { problemAt, type Problem, type SourcePosition } from './problem.ts';

/** `# The talk's title` on a slide, the heading the title layout shows. */
const TOP_HEADING = /^#\s+(.*?)\s*#*\s*$/;

/** Where talk.yaml sets a top-level key (`title: …`), at the start of its value. */
export function keyAt(file: string, text: string, key: string): SourcePosition {
  const line = new RegExp(`^${key}\\s*:\\s*`);
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((candidate) => line.test(candidate));
  if (index === -1) return { file, line: 1, column: 1 };
  return { file, line: index + 1, column: line.exec(lines[index]!)![0].length + 1 };
}

const place = (at: SourcePosition) => `${at.file}:${at.line}`;

/** Problems where a `layout: title` slide says another title or speaker than talk.yaml. */
export function checkTitleSlide(slides: readonly Slide[], talk: Talk, talkFile: string, talkText: string): Problem[] {
  const titleAt = keyAt(talkFile, talkText, 'title');
  const authorAt = keyAt(talkFile, talkText, 'author');
  const problems: Problem[] = [];
  for (const slide of slides.filter((candidate) => candidate.layout === 'title')) {
    const lines = slide.body.markdown.split('\n');
    const headingIndex = lines.findIndex((line) => TOP_HEADING.test(line));
    const heading = headingIndex === -1 ? undefined : TOP_HEADING.exec(lines[headingIndex]!)![1];
    const hint = `write it as in ${place(titleAt)}: the page title, the social preview and the PDF take it from there`;
    if (slide.title !== talk.title)
      problems.push(problemAt(slide.optionsAt.title ?? { file: slide.file, line: 1, column: 1 }, `the title slide's title "${slide.title}" is not the talk's title "${talk.title}" (${place(titleAt)})`, hint));
    if (heading !== undefined && heading !== talk.title)
      problems.push(problemAt({ file: slide.file, line: slide.body.line + headingIndex, column: 1 }, `the title slide's heading "${heading}" is not the talk's title "${talk.title}" (${place(titleAt)})`, hint));
    const afterHeading = lines.slice(headingIndex + 1).join('\n');
    if (!afterHeading.includes(talk.author))
      problems.push(
        problemAt(
          { file: slide.file, line: slide.body.line + Math.max(0, headingIndex), column: 1 },
          `the title slide does not name the speaker "${talk.author}" (the author in ${place(authorAt)})`,
          `write the name as in ${place(authorAt)} on a line under the heading, or change it there`,
        ),
      );
  }
  return problems;
}
