/**
 * The papers a handout is laid out for. Shared by the command (which checks `--paper`) and
 * the browser side (which scales the slide to the paper's text width); the page boxes
 * themselves are named pages in src/theme/print.css, with the same margins.
 */

/** CSS pixels per millimetre: CSS fixes 96 px to the inch. */
const PX_PER_MM = 96 / 25.4;

export interface Paper {
  /** Sheet size in millimetres, portrait. */
  width: number;
  height: number;
  /** Left and right margin in millimetres; must match the `@page handout-*` rule. */
  sideMargin: number;
}

/** A4 for most of the world, Letter for North America. */
export const PAPERS = {
  a4: { width: 210, height: 297, sideMargin: 16 },
  letter: { width: 215.9, height: 279.4, sideMargin: 16 },
} as const satisfies Record<string, Paper>;

export type PaperName = keyof typeof PAPERS;

/** True for a paper the handout knows. */
export function isPaperName(name: string): name is PaperName {
  return Object.hasOwn(PAPERS, name);
}

/** The width text can take on the paper, in CSS pixels. */
export function textWidthPx(paper: Paper): number {
  return (paper.width - 2 * paper.sideMargin) * PX_PER_MM;
}
