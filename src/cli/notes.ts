/**
 * `npm run notes -- --out talk-notes.md`: the speaker's notes as a Markdown script (slide
 * titles, planned times, notes, references resolved), for rehearsal and as a transcript.
 * A thin program over the pure formatter in src/export/notes-script.ts; it fails like the
 * other exports, with a line that starts `notes:` and their exit codes.
 */
import { resolve } from 'node:path';
import { notesScript } from '../export/notes-script.ts';
import { ExitCode } from '../node/exit-codes.ts';
import { onlyOut } from './command-line.ts';
import { deckModel } from './deck-model.ts';
import { claimOutput } from './output.ts';
import { PROJECT_ROOT, runCommand, shortPath } from './run.ts';

const COMMAND = 'notes';
/** Where the script goes when `--out` is not given. */
const DEFAULT_OUT = 'talk-notes.md';

const USAGE = `Usage: npm run notes -- [--out <file>]

Writes the speaker's notes as a Markdown script: each slide's title, planned time and start,
its notes with citations written out, and the references at the end.

Options:
  --out <file>, -o    where to write (default ${DEFAULT_OUT})
  -h, --help          show this help

Exit codes: 0 written   1 unexpected failure   2 bad command line   4 the deck has a problem   6 output not writable`;

/** Writes the script; resolves to the exit code. */
async function writeNotes(argv: readonly string[]): Promise<number> {
  const { out, help } = onlyOut('notes', argv, DEFAULT_OUT, 'file');
  if (help) {
    process.stdout.write(`${USAGE}\n`);
    return ExitCode.ok;
  }
  const output = await claimOutput(resolve(out));
  try {
    const deck = deckModel(PROJECT_ROOT);
    const script = notesScript(deck);
    await output.commit(new TextEncoder().encode(script));
    process.stdout.write(`${COMMAND}: wrote ${shortPath(output.path)} (${deck.slides.length} slides' notes, ${script.split(/\s+/).length} words)\n`);
    return ExitCode.ok;
  } catch (error) {
    await output.discard();
    throw error;
  }
}

await runCommand(COMMAND, async (argv) => writeNotes(argv));
