/**
 * Mounts the browser side of every widget the loader placed on the slides
 * (each widget: `mount(el, data) → { update, destroy }`). Called again after a hot update.
 */
import type { RevealApi } from 'reveal.js';
import { MATRIX_DOM, type MatrixWidgetData } from '../matrix/model.ts';
import { mountMatrix } from './matrix.ts';

export interface MountedWidgets {
  destroy(): void;
}

/** Finds widget elements under `slides` and mounts them. */
export function mountWidgets(slides: HTMLElement, deck: RevealApi): MountedWidgets {
  // The print view and the PDF show every widget as rendered: complete and static.
  if (deck.isPrintView()) return { destroy() {} };
  const mountAll = () =>
    [...slides.querySelectorAll<HTMLElement>(`[${MATRIX_DOM.dataAttribute}]`)].map((figure) => ({
      figure,
      matrix: mountMatrix(figure, JSON.parse(figure.getAttribute(MATRIX_DOM.dataAttribute)!) as MatrixWidgetData),
    }));
  let matrices = mountAll();
  // Leaving reveal.js's scroll view (a window widened past scrollActivationWidth) resets the
  // slides' HTML and syncs: the figures are new elements, without listeners. Mount on them.
  const remountReplaced = () => {
    if (matrices.every(({ figure }) => figure.isConnected)) return;
    matrices = mountAll();
  };
  deck.on('sync', remountReplaced);
  return {
    destroy() {
      deck.off('sync', remountReplaced);
      for (const { matrix } of matrices) matrix.destroy();
    },
  };
}
