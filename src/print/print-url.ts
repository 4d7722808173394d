/**
 * What the export asks of the page, carried in the URL: reveal.js's own print view
 * (`?print-pdf`, plus any reveal.js option as a query parameter) and, for the handout, the
 * paper (`handout=a4`). Shared by the command, which writes the URL, and the page, which reads it.
 */
import { THEME_PARAMETER, type Theme } from '../theme/theme.ts';
import { isPaperName, type PaperName } from './paper.ts';

/** The query parameter that turns the print view into a handout on the named paper. */
export const HANDOUT_PARAMETER = 'handout';

export interface PrintRequest {
  /** A page per fragment step instead of one per slide with every fragment shown. */
  fragments: boolean;
  /** Lay the slides out as a handout on this paper, with their notes. */
  handout?: PaperName;
  /** Print in this theme instead of the one the deck was built with. */
  theme?: Theme;
  /** With a handout: how many slides, each with its notes, share a sheet (1 when unset). */
  perPage?: PerPage;
}

/** How many slides a handout sheet can hold with their notes. */
export const PER_PAGE = [1, 2, 3] as const;
export type PerPage = (typeof PER_PAGE)[number];

/** The query parameter for the handout's slides per sheet. */
export const PER_PAGE_PARAMETER = 'perPage';

/**
 * The query string for a print request. `margin=0` makes reveal.js's PDF page exactly the
 * 1280×720 canvas (its default margin would frame every slide in a 4% border).
 */
export function printQuery(request: PrintRequest): string {
  const parts = ['print-pdf', 'margin=0', `pdfSeparateFragments=${request.fragments}`];
  if (request.handout) parts.push(`${HANDOUT_PARAMETER}=${request.handout}`);
  if (request.handout && request.perPage && request.perPage > 1) parts.push(`${PER_PAGE_PARAMETER}=${request.perPage}`);
  if (request.theme) parts.push(`${THEME_PARAMETER}=${request.theme}`);
  return `?${parts.join('&')}`;
}

/** The paper a handout was asked for in `search`, if any (an unknown name is no handout). */
export function handoutPaper(search: string): PaperName | undefined {
  const name = new URLSearchParams(search).get(HANDOUT_PARAMETER);
  return name !== null && isPaperName(name) ? name : undefined;
}

/** The slides per handout sheet asked for in `search`: 1 unless 2 or 3 is asked for. */
export function handoutPerPage(search: string): PerPage {
  const asked = Number(new URLSearchParams(search).get(PER_PAGE_PARAMETER));
  return asked === 2 || asked === 3 ? asked : 1;
}
