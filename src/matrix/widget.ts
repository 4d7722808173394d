/**
 * The production matrix as a deck widget: made once from slides/production-matrix.yaml, then
 * asked to check and render every ```matrix block the slides place.
 */
import type { Slide, WidgetBlock } from '../deck/model.ts';
import type { Widget, WidgetSource } from '../deck/widget.ts';
import { parseMatrixBlock } from './block.ts';
import { parseProductionMatrix } from './data.ts';
import type { ProductionMatrix } from './model.ts';
import { renderMatrix } from './render.ts';

/** The fence language and the data file. */
export const MATRIX_KIND = 'matrix';
export const MATRIX_DATA_FILE = 'slides/production-matrix.yaml';

/** The widget for one checked matrix. */
export function matrixWidget(matrix: ProductionMatrix): Widget {
  return {
    kind: MATRIX_KIND,
    check: (block: WidgetBlock) => parseMatrixBlock(block, matrix).problems,
    render(block: WidgetBlock, slide: Slide) {
      const parsed = parseMatrixBlock(block, matrix).value;
      // The deck renders only blocks that passed `check`; this guards a caller that did not.
      if (!parsed) throw new Error(`${block.at.file}:${block.at.line} matrix block rendered before it was checked`);
      return renderMatrix(matrix, parsed, `matrix-${slide.slug}-${block.at.line}`);
    },
  };
}

/** Registered in src/widgets/sources.ts; the browser side is ./mount.ts. */
export const matrixSource: WidgetSource = {
  kind: MATRIX_KIND,
  dataFile: MATRIX_DATA_FILE,
  create(file: string, text: string) {
    const parsed = parseProductionMatrix(file, text);
    return { value: parsed.value && matrixWidget(parsed.value), problems: parsed.problems };
  },
};
