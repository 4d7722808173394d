import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem.ts';
import { checkRunningOrder, parseRunningOrder, slugOfFile } from './running-order.ts';

const TALK = 'slides/talk.yaml';
const talk = (...lines: string[]) => ['title: T', ...lines].join('\n');
const order = (text: string, files: string[]) => {
  const listed = parseRunningOrder(TALK, text);
  const checked = checkRunningOrder(listed.value ?? [], files, 'slides', TALK);
  return { files: checked.value, problems: [...listed.problems, ...checked.problems].map(formatProblem) };
};

describe('the running order in talk.yaml', () => {
  it('gives the slide files in the order listed, whatever their names sort as', () => {
    expect(order(talk('slides:', '  - zebra.md', '  - apple.md'), ['apple.md', 'zebra.md'])).toEqual({ files: ['slides/zebra.md', 'slides/apple.md'], problems: [] });
  });

  it('reports a missing file at its line, with the likeliest name', () => {
    expect(order(talk('slides:', '  - apple.md', '  - the-puzle.md'), ['apple.md', 'the-puzzle.md']).problems).toEqual([
      'slides/talk.yaml:4:5 slides/the-puzle.md does not exist (did you mean "the-puzzle.md"?)',
      'slides/the-puzzle.md:1:1 warning: this slide is not in the talk: slides/talk.yaml does not list it (add "- the-puzzle.md" to the slides list in slides/talk.yaml where it belongs, or move the file out of slides/)',
    ]);
  });

  it('reports a file listed twice at its second line, and shows it once', () => {
    const result = order(talk('slides:', '  - a.md', '  - b.md', '  - a.md'), ['a.md', 'b.md']);
    expect(result.files).toEqual(['slides/a.md', 'slides/b.md']);
    expect(result.problems).toEqual(['slides/talk.yaml:5:5 a.md is listed twice (first at line 3) (a slide is shown once: remove one of the two lines)']);
  });

  it('warns about a Markdown file nobody listed, naming it', () => {
    expect(order(talk('slides:', '  - a.md'), ['a.md', 'draft.md']).problems).toEqual([
      'slides/draft.md:1:1 warning: this slide is not in the talk: slides/talk.yaml does not list it (add "- draft.md" to the slides list in slides/talk.yaml where it belongs, or move the file out of slides/)',
    ]);
  });

  it('refuses names that are not slugs, a list that is not one, and a missing list', () => {
    expect(parseRunningOrder(TALK, talk('slides:', '  - The Puzzle.MD', '  - 3')).problems.map(formatProblem)).toEqual([
      'slides/talk.yaml:3:5 "The Puzzle.MD" is not a slide file name (a slide file is named by its slug in kebab-case, ending in .md: rename it the-puzzle.md)',
      'slides/talk.yaml:4:5 a line of the slides list names no file (write the file name of a slide in slides/, e.g. "- the-puzzle.md")',
    ]);
    expect(parseRunningOrder(TALK, talk('slides: a.md')).problems.map((p) => p.message)).toEqual(['"slides" must be a list of slide files']);
    expect(parseRunningOrder(TALK, talk()).problems.map((p) => p.message)).toEqual(['talk.yaml has no "slides:" list']);
    expect(parseRunningOrder(TALK, 'title: "T').problems).toEqual([]);
  });

  it('reads a slug from a slide file name', () => {
    expect(slugOfFile('slides/the-puzzle.md')).toBe('the-puzzle');
    expect(slugOfFile('slides/The Puzzle.md')).toBeUndefined();
  });
});
