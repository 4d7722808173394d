/**
 * `npm run notes -- --out talk-notes.md`: the speaker's notes as a Markdown script (slide
 * titles, planned times, notes, references resolved), for rehearsal and as a transcript.
 * A thin program over the pure formatter in src/export/notes-script.ts; it fails like the
 * other exports, with a line that starts `notes:` and their exit codes.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { notesScript } from '../export/notes-script.ts';
import { deckModel } from './deck-model.ts';
import { ExitCode, exitCodeOf, failureLine, PdfError } from './exit-codes.ts';
import { claimOutput } from './pdf-output.ts';

const COMMAND = 'notes';
/** Where the script goes when `--out` is not given. */
const DEFAULT_OUT = 'talk-notes.md';
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const USAGE = `Usage: npm run notes -- [--out <file>]

Writes the speaker's notes as a Markdown script: each slide's title, planned time and start,
its notes with citations written out, and the references at the end.

Options:
  --out <file>, -o    where to write (default ${DEFAULT_OUT})
  -h, --help          show this help

Exit codes: 0 written   1 unexpected failure   2 bad command line   4 the deck has a problem   6 output not writable`;

/** Writes the script; resolves to the exit code. */
async function writeNotes(argv: readonly string[]): Promise<number> {
  const { out, help } = options(argv);
  if (help) {
    process.stdout.write(`${USAGE}\n`);
    return ExitCode.ok;
  }
  const output = await claimOutput(resolve(out));
  try {
    const deck = deckModel(PROJECT_ROOT);
    const script = notesScript(deck);
    await output.commit(new TextEncoder().encode(script));
    const near = relative(process.cwd(), output.path);
    process.stdout.write(`${COMMAND}: wrote ${near.startsWith('..') ? output.path : near} (${deck.slides.length} slides' notes, ${script.split(/\s+/).length} words)\n`);
    return ExitCode.ok;
  } catch (error) {
    await output.discard();
    throw error;
  }
}

function options(argv: readonly string[]): { out: string; help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], strict: true, allowPositionals: false, options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw new PdfError(ExitCode.usage, `${(error as Error).message.split('. ')[0]!.replace(/\.$/, '')} (npm run notes -- --help lists the options)`);
  }
  if (parsed.values.out === '') throw new PdfError(ExitCode.usage, '--out needs a file name');
  return { out: parsed.values.out ?? DEFAULT_OUT, help: parsed.values.help ?? false };
}

try {
  process.exitCode = await writeNotes(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${failureLine(error, COMMAND)}\n`);
  if (exitCodeOf(error) === ExitCode.unexpected && process.env.DEBUG) console.error(error);
  process.exitCode = exitCodeOf(error);
}
