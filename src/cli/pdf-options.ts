/**
 * The command line of `npm run pdf`: what it accepts, its defaults and its help. Pure, so
 * every mistake a user can type is tested; a bad line is a usage failure (exit code 2).
 */
import { isPaperName, PAPERS, type PaperName } from '../print/paper.ts';
import type { PerPage } from '../print/print-url.ts';
import { isTheme, THEMES, type Theme } from '../theme/theme.ts';
import { DEFAULT_TIMEOUT_SECONDS, parseCommandLine, timeoutMs, usage } from './command-line.ts';

export { DEFAULT_TIMEOUT_SECONDS };

/** Where the PDFs go when `--out` is not given, relative to the working directory. */
export const DEFAULT_OUT = { slides: 'deck.pdf', handout: 'deck-handout.pdf', fragments: 'deck-fragments.pdf' } as const;

export interface PdfOptions {
  kind: 'slides' | 'handout';
  out: string;
  paper: PaperName;
  fragments: boolean;
  /** The theme to print in: the handout's default is light (paper), the slides' the deck's own. */
  theme?: Theme;
  /** Slides, each with its notes, per handout sheet. */
  perPage: PerPage;
  timeoutMs: number;
  help: boolean;
}

/** Paper is light: a handout prints in the light theme unless asked for the dark one. */
export const HANDOUT_THEME: Theme = 'light';

export const USAGE = `Usage: npm run pdf -- [options]

Writes the deck as a PDF: one page per slide, fragments shown, with bookmarks, metadata and
tags. Builds the deck first when dist/ is missing or older than its sources.

Options:
  --out <file>        where to write (default ${DEFAULT_OUT.slides}; ${DEFAULT_OUT.fragments} with --fragments, ${DEFAULT_OUT.handout} with --handout)
  --fragments         a page per fragment step instead of one per slide
  --handout           each slide with its speaker notes, on paper (deck-handout.pdf)
  --paper <name>      the handout's paper: ${Object.keys(PAPERS).join(' or ')} (default a4)
  --per-page 1|2|3    slides, each with its notes, on one handout sheet (default 1)
  --theme light|dark  the colours to print in (handout default ${HANDOUT_THEME}; slides: the deck's)
  --timeout <seconds> give up when the deck takes longer (default ${DEFAULT_TIMEOUT_SECONDS})
  -h, --help          show this help

Exit codes:
  0 written   1 unexpected failure   2 bad command line   3 no browser found
  4 build failed   5 timed out   6 output not writable

Chromium: CHROMIUM_PATH, else Playwright's own, else the system's chromium.`;

/** Parses the arguments after `npm run pdf --`. Throws a usage ExportError on a bad line. */
export function parsePdfOptions(argv: readonly string[]): PdfOptions {
  const { values, positionals } = parseCommandLine('pdf', argv, {
    handout: { type: 'boolean' },
    paper: { type: 'string' },
    fragments: { type: 'boolean' },
    'per-page': { type: 'string' },
    theme: { type: 'string' },
    timeout: { type: 'string' },
  });
  if (positionals.length > 0) throw usage(`unexpected argument "${positionals[0]}" (options start with --; the file goes after --out)`);
  const kind = values.handout ? 'handout' : 'slides';
  if (values.paper !== undefined && !values.handout) throw usage('--paper sets the handout\'s paper: add --handout');
  if (values.fragments && values.handout) throw usage('--fragments is for the slides PDF: a handout shows each slide once, with its notes');
  if (values['per-page'] !== undefined && !values.handout) throw usage('--per-page sets the handout\'s slides per sheet: add --handout');
  const perPage = Number(values['per-page'] ?? '1');
  if (perPage !== 1 && perPage !== 2 && perPage !== 3) throw usage(`--per-page takes 1, 2 or 3 slides per sheet, not "${values['per-page']}"`);
  if (values.theme !== undefined && !isTheme(values.theme)) throw usage(`unknown theme "${values.theme}" (use ${THEMES.join(' or ')})`);
  const paper = values.paper ?? 'a4';
  if (!isPaperName(paper)) throw usage(`unknown paper "${paper}" (use ${Object.keys(PAPERS).join(' or ')})`);
  if (values.out === '') throw usage('--out needs a file name');
  return {
    kind,
    // A page per step is another document than the slides PDF: it must not overwrite deck.pdf.
    out: values.out ?? (values.fragments ? DEFAULT_OUT.fragments : DEFAULT_OUT[kind]),
    paper,
    fragments: values.fragments ?? false,
    theme: (values.theme as Theme | undefined) ?? (kind === 'handout' ? HANDOUT_THEME : undefined),
    perPage,
    timeoutMs: timeoutMs(values.timeout),
    help: values.help ?? false,
  };
}
