/**
 * The loader's side of a widget: a fenced block kind (```matrix) that is checked at build
 * time and rendered to HTML. The browser side lives in src/widgets/ and mounts on that HTML.
 */
import type { Outcome, Slide, WidgetBlock } from './model.ts';
import type { Problem } from './problem.ts';

export interface Widget {
  /** The fence language that places it. */
  kind: string;
  /** Problems in one placed block, positioned in the slide file. */
  check(block: WidgetBlock): Problem[];
  /** HTML for a block that passed `check`. */
  render(block: WidgetBlock, slide: Slide): string;
}

/** How a widget is made from its data file (e.g. slides/production-matrix.yaml). */
export interface WidgetSource {
  kind: string;
  /** Data file relative to the project root, read by the loader. */
  dataFile: string;
  create(file: string, text: string): Outcome<Widget | undefined>;
}
