/**
 * The talk's running order: the `slides:` list in slides/talk.yaml, one slide file a line.
 * Inserting, moving or removing a slide is one line there, so no file is ever renumbered.
 * Pure: the caller says which files exist.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Outcome } from './model.ts';
import { problemAt, type Problem, type SourcePosition } from './problem.ts';
import { closest } from './suggest.ts';

/** The key in talk.yaml that holds the list. */
export const SLIDES_KEY = 'slides';
/** A slide file's name is its slug, the deep link `#/<slug>`: kebab-case, `.md`. */
export const SLIDE_FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** One line of the list: a file name in slides/ and where it is written. */
export interface ListedSlide {
  name: string;
  at: SourcePosition;
}

/** The slug a slide file's name gives (`the-puzzle.md` → `the-puzzle`), if the name is one. */
export function slugOfFile(file: string): string | undefined {
  return SLIDE_FILE_NAME.exec(file.split('/').pop() ?? file)?.[1];
}

/** A name turned into a slide file name: `The Puzzle.MD` → `the-puzzle.md`. */
function asSlideFileName(name: string): string {
  const stem = name
    .replace(/\.[a-z]+$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'slide'}.md`;
}

/**
 * Reads the `slides:` list of talk.yaml. `value` is undefined when there is no usable list (a
 * problem says why); YAML syntax errors are parseTalk's to report, so they give no problem here.
 */
export function parseRunningOrder(file: string, text: string): Outcome<ListedSlide[] | undefined> {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const at = (offset: number | undefined): SourcePosition => {
    const { line, col } = counter.linePos(offset ?? 0);
    return { file, line, column: col };
  };
  if (document.errors.length > 0 || !isMap(document.contents)) return { value: undefined, problems: [] };
  const pair = (document.contents.items as Pair<Node, Node>[]).find((item) => isScalar(item.key) && item.key.value === SLIDES_KEY);
  if (!pair)
    return { value: undefined, problems: [problemAt({ file, line: 1, column: 1 }, 'talk.yaml has no "slides:" list', 'add "slides:" with one "- name.md" line per slide file, in the order of the talk')] };
  if (!isSeq(pair.value))
    return { value: undefined, problems: [problemAt(at(pair.value?.range?.[0] ?? pair.key.range?.[0]), '"slides" must be a list of slide files', 'write one "  - name.md" line per slide, in the order of the talk')] };

  const problems: Problem[] = [];
  const listed: ListedSlide[] = [];
  for (const item of pair.value.items as Node[]) {
    const place = at(item?.range?.[0]);
    const name = isScalar(item) && typeof item.value === 'string' ? item.value.trim() : undefined;
    if (name === undefined || name === '') problems.push(problemAt(place, 'a line of the slides list names no file', 'write the file name of a slide in slides/, e.g. "- the-puzzle.md"'));
    else if (!SLIDE_FILE_NAME.test(name))
      problems.push(problemAt(place, `"${name}" is not a slide file name`, `a slide file is named by its slug in kebab-case, ending in .md: rename it ${asSlideFileName(name)}`));
    else listed.push({ name, at: place });
  }
  return { value: listed, problems };
}

/**
 * Holds the list against the Markdown files in slides/: a listed file that is missing is an
 * error at its line (with the likeliest name), a file listed twice is an error, and a Markdown
 * file nobody listed is a warning, since the author may have meant to add it.
 * Returns the files to read, in the talk's order, each once.
 */
export function checkRunningOrder(listed: readonly ListedSlide[], markdownFiles: readonly string[], folder: string, talkFile: string): Outcome<string[]> {
  const problems: Problem[] = [];
  const present = new Set(markdownFiles);
  const unlisted = markdownFiles.filter((name) => !listed.some((entry) => entry.name === name));
  const firstAt = new Map<string, SourcePosition>();
  const order: string[] = [];
  for (const entry of listed) {
    const earlier = firstAt.get(entry.name);
    if (earlier) {
      problems.push(problemAt(entry.at, `${entry.name} is listed twice (first at line ${earlier.line})`, 'a slide is shown once: remove one of the two lines'));
      continue;
    }
    firstAt.set(entry.name, entry.at);
    if (present.has(entry.name)) {
      order.push(`${folder}/${entry.name}`);
      continue;
    }
    const guess = closest(entry.name, unlisted) ?? closest(entry.name, markdownFiles);
    problems.push(
      problemAt(
        entry.at,
        `${folder}/${entry.name} does not exist`,
        guess ? `did you mean "${guess}"?` : `create ${folder}/${entry.name} (npm run slide -- new "Title"), or remove this line`,
      ),
    );
  }
  for (const name of unlisted) {
    // A misspelt line already names this file as its likely meaning; the warning still says what to do.
    problems.push(
      problemAt({ file: `${folder}/${name}`, line: 1, column: 1 }, `this slide is not in the talk: ${talkFile} does not list it`, `add "- ${name}" to the slides list in ${talkFile} where it belongs, or move the file out of ${folder}/`, 'warning'),
    );
  }
  return { value: order, problems };
}
