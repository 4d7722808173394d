/**
 * The talk's title, author and description for the PDF's metadata: slides/talk.yaml through
 * the loader's own talk stage (src/deck/talk.ts), the same words the deck's page head shows.
 * Only that stage: the whole loader (load.ts) would also import the bibliography and Markdown
 * machinery, half a second of the export's start for nothing it uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Talk } from '../deck/model.ts';
import { formatProblem } from '../deck/problem.ts';
import { parseTalk } from '../deck/talk.ts';
import { ExitCode, ExportError } from '../node/exit-codes.ts';

/** Where the talk is declared; the same path as TALK_FILE in src/deck/load.ts. */
const TALK_FILE = 'slides/talk.yaml';

/** Reads the talk; a missing or bad talk.yaml fails as the build would (exit code 4). */
export function readTalk(root: string): Talk {
  const path = join(root, TALK_FILE);
  if (!existsSync(path)) throw new ExportError(ExitCode.buildFailed, `${TALK_FILE} is missing (it gives the talk's title and author)`);
  const talk = parseTalk(TALK_FILE, readFileSync(path, 'utf8'));
  const error = talk.problems.find((problem) => problem.severity !== 'warning');
  if (error || !talk.value) throw new ExportError(ExitCode.buildFailed, error ? formatProblem(error) : `${TALK_FILE} cannot be read`);
  return talk.value;
}
