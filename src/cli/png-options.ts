/**
 * The command line of `npm run png`: what it accepts, its defaults and its help. Pure, so
 * every mistake a user can type is tested; a bad line is a usage failure (exit code 2), as
 * for `npm run pdf`.
 */
import { isTheme, THEMES, type Theme } from '../theme/theme.ts';
import { DEFAULT_TIMEOUT_SECONDS, parseCommandLine, timeoutMs, usage } from './command-line.ts';

/** Where the pictures go when `--out` is not given, relative to the working directory. */
export const DEFAULT_PNG_OUT = 'deck-png';

/** The scales a picture can be taken at: 1280×720 or 2560×1440. */
const SCALES = { '1': 1, '2': 2 } as const;

export interface PngCommandOptions {
  out: string;
  scale: 1 | 2;
  fragments: boolean;
  /** The theme to photograph, when not the deck's own. */
  theme?: Theme;
  timeoutMs: number;
  help: boolean;
}

export const PNG_USAGE = `Usage: npm run png -- [options]

Writes one PNG per slide, NN-<slug>.png, 1280×720 (or 2560×1440 with --scale 2), from the
same print view as the PDF. Builds the deck first when dist/ is missing or older than its sources.

Options:
  --out <folder>      where to write (default ${DEFAULT_PNG_OUT}); earlier pictures there are replaced
  --scale 1|2         1280×720 or 2560×1440 pixels (default 1)
  --fragments         one picture per fragment step, NN-<slug>-<step>.png
  --theme light|dark  the theme to show (default: the deck's, from slides/talk.yaml)
  --timeout <seconds> give up when the deck takes longer (default ${DEFAULT_TIMEOUT_SECONDS})
  -h, --help          show this help

Exit codes:
  0 written   1 unexpected failure   2 bad command line   3 no browser found
  4 build failed   5 timed out   6 output not writable`;

/** Parses the arguments after `npm run png --`. Throws a usage ExportError on a bad line. */
export function parsePngOptions(argv: readonly string[]): PngCommandOptions {
  const { values, positionals } = parseCommandLine('png', argv, { scale: { type: 'string' }, fragments: { type: 'boolean' }, theme: { type: 'string' }, timeout: { type: 'string' } });
  if (positionals.length > 0) throw usage(`unexpected argument "${positionals[0]}" (options start with --; the folder goes after --out)`);
  if (values.out === '') throw usage('--out needs a folder name');
  const scale = values.scale ?? '1';
  if (!Object.hasOwn(SCALES, scale)) throw usage(`--scale takes 1 (1280×720) or 2 (2560×1440), not "${scale}"`);
  if (values.theme !== undefined && !isTheme(values.theme)) throw usage(`unknown theme "${values.theme}" (use ${THEMES.join(' or ')})`);
  return {
    out: values.out ?? DEFAULT_PNG_OUT,
    scale: SCALES[scale as keyof typeof SCALES],
    fragments: values.fragments ?? false,
    theme: values.theme as Theme | undefined,
    timeoutMs: timeoutMs(values.timeout),
    help: values.help ?? false,
  };
}
