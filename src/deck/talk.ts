/**
 * The talk as a whole (slides/talk.yaml): its title, author, description, language and
 * planned duration, and the colour theme it is shown in. The one place the talk's length is set.
 */
import { LineCounter, parseDocument, isMap, isScalar, type Pair, type Node } from 'yaml';
import { parseDuration } from './duration.ts';
import type { Outcome, Talk } from './model.ts';
import { problemAt, type Problem } from './problem.ts';
import { SLIDES_KEY } from './running-order.ts';
import { didYouMean } from './suggest.ts';
import { DEFAULT_THEME, isTheme, THEMES } from '../theme/theme.ts';

const TEXT_KEYS = ['title', 'author', 'description', 'lang'] as const;
const KEYS = [...TEXT_KEYS, 'duration'] as const;
/** Keys with a default, which talk.yaml may leave out. */
const OPTIONAL_KEYS = ['theme'] as const;
/** Keys read by their own module: the running order (running-order.ts). */
const OTHER_KEYS = [SLIDES_KEY] as const;

/** Parses talk.yaml; every key is required but `theme`, which defaults to dark. */
export function parseTalk(file: string, text: string): Outcome<Talk | undefined> {
  const problems: Problem[] = [];
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { file, line, column: col };
  };
  for (const error of document.errors)
    problems.push(problemAt(at(error.pos[0]), `not valid YAML: ${error.message.split('\n')[0]}`, 'write one "key: value" per line'));
  if (problems.length > 0) return { value: undefined, problems };
  if (!isMap(document.contents))
    return { value: undefined, problems: [problemAt({ file, line: 1, column: 1 }, 'talk.yaml must be "key: value" lines', `keys: ${KEYS.join(', ')}`)] };

  const talk: Partial<Talk> = { theme: DEFAULT_THEME };
  for (const pair of document.contents.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = pair.value && isScalar(pair.value) ? pair.value.value : undefined;
    const valueAt = at(pair.value?.range?.[0] ?? pair.key?.range?.[0] ?? 0);
    if (key === 'duration') {
      const seconds = parseDuration(value);
      if (seconds === undefined) problems.push(problemAt(valueAt, `duration ${JSON.stringify(value)} is not a duration`, 'write minutes such as "20m" or seconds such as 1200'));
      else talk.duration = seconds;
    } else if (key === 'theme') {
      if (isTheme(value)) talk.theme = value;
      else problems.push(problemAt(valueAt, `theme ${JSON.stringify(value ?? '')} is not a theme of the deck`, `write "theme: ${THEMES.join('" or "theme: ')}"; left out, it is ${DEFAULT_THEME}`));
    } else if ((TEXT_KEYS as readonly string[]).includes(key)) {
      if (typeof value === 'string' && value.trim() !== '') talk[key as (typeof TEXT_KEYS)[number]] = value.trim();
      else problems.push(problemAt(valueAt, `${key} must be non-empty text`, `e.g. ${key}: …`));
    } else if (!(OTHER_KEYS as readonly string[]).includes(key)) {
      problems.push(problemAt(at(pair.key?.range?.[0] ?? 0), `unknown key "${key}"`, didYouMean(key, [...KEYS, ...OPTIONAL_KEYS, ...OTHER_KEYS], 'known keys are')));
    }
  }
  for (const key of KEYS)
    if (talk[key] === undefined && !problems.some((p) => p.message.startsWith(key)))
      problems.push(problemAt({ file, line: 1, column: 1 }, `talk.yaml has no "${key}"`, `add "${key}: …"`));
  return { value: problems.length === 0 ? (talk as Talk) : undefined, problems };
}
