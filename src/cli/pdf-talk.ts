/**
 * The talk's title, author and description for the PDF's metadata, read by the loader from
 * slides/talk.yaml: the same words the deck's page head shows.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSource, TALK_FILE } from '../deck/load.ts';
import type { Talk } from '../deck/model.ts';
import { formatProblem, hasErrors, type Problem } from '../deck/problem.ts';
import { parseTalk } from '../deck/talk.ts';
import { ExitCode, PdfError } from './exit-codes.ts';

/** Reads the talk; a missing or bad talk.yaml fails as the build would (exit code 4). */
export function readTalk(root: string): Talk {
  if (!existsSync(join(root, TALK_FILE))) throw new PdfError(ExitCode.buildFailed, `${TALK_FILE} is missing (it gives the talk's title and author)`);
  const problems: Problem[] = [];
  const source = readSource(root, TALK_FILE, problems);
  const talk = source ? parseTalk(source.file, source.text) : undefined;
  problems.push(...(talk?.problems ?? []));
  const error = problems.find((problem) => problem.severity !== 'warning');
  if (!talk?.value || hasErrors(problems)) throw new PdfError(ExitCode.buildFailed, error ? formatProblem(error) : `${TALK_FILE} cannot be read`);
  return talk.value;
}
