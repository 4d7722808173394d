/**
 * `npm run slide -- new "Title" [--after <slug>]`: writes slides/<slug>.md from a short
 * template and lists it in slides/talk.yaml after <slug> (or last). Thin over addSlide
 * (src/deck/new-slide.ts). Every message starts with `slide:`; each refusal has its exit code.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { addSlide, NewSlideError, type NewSlideRefusal } from '../deck/new-slide.ts';

/** The project this program belongs to (it lives in src/cli/), wherever it is run from. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Exit codes: 2 for a wrong command line, one code per refusal, 1 for anything unforeseen. */
export const SlideExit = { ok: 0, unexpected: 1, usage: 2, slugTaken: 3, unknownAfter: 4, noList: 5 } as const;

const REFUSAL_EXIT: Record<NewSlideRefusal, number> = { 'no-slug': SlideExit.usage, 'slug-taken': SlideExit.slugTaken, 'unknown-after': SlideExit.unknownAfter, 'no-list': SlideExit.noList };

export const USAGE = `Usage: npm run slide -- new "Title" [--after <slug>]

Writes slides/<slug>.md (front matter, heading, Notes:) and lists it in slides/talk.yaml after
the slide <slug>, or at the end. The slug is the title in kebab-case; an existing one is refused.

Exit codes: 0 written   2 usage   3 slug exists   4 --after names no listed slide
  5 talk.yaml has no readable slides list   1 unexpected`;

class UsageError extends Error {}

/** Runs the command on `argv` (without node and the script) for the project at `root`; returns the exit code. */
export function runSlideCommand(argv: readonly string[], root: string, out: (line: string) => void, err: (line: string) => void): number {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { after: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      out(USAGE);
      return SlideExit.ok;
    }
    const [command, title, ...rest] = positionals;
    if (command !== 'new') throw new UsageError(command === undefined ? 'say what to do: new "Title"' : `unknown command "${command}" (the command is: new "Title")`);
    if (title === undefined || title.trim() === '') throw new UsageError('new needs the slide\'s title, in quotes: new "The puzzle"');
    if (rest.length > 0) throw new UsageError(`unexpected "${rest[0]}" (put the title in quotes)`);
    if (values.after !== undefined && values.after.trim() === '') throw new UsageError('--after needs the slug of a slide');
    const file = addSlide(root, { title: title.trim(), after: values.after?.trim() });
    out(`slide: wrote ${file} and listed it in slides/talk.yaml${values.after ? ` after ${values.after}` : ''}`);
    return SlideExit.ok;
  } catch (error) {
    if (error instanceof NewSlideError) {
      err(`slide: ${error.message}`);
      return REFUSAL_EXIT[error.kind];
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`slide: ${(error as Error).message}\n\n${USAGE}`);
      return SlideExit.usage;
    }
    err(`slide: ${(error as Error).message ?? String(error)}`);
    return SlideExit.unexpected;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  process.exitCode = runSlideCommand(process.argv.slice(2), PROJECT_ROOT, (line) => process.stdout.write(`${line}\n`), (line) => process.stderr.write(`${line}\n`));
