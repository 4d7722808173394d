/**
 * Mounts the browser side of every widget the loader placed on the slides
 * (each widget: `mount(el, data) → { update, destroy }`). Called again after a hot update.
 */
import type { RevealApi } from 'reveal.js';

export interface MountedWidgets {
  destroy(): void;
}

/** Finds widget elements under `slides` and mounts them. */
export function mountWidgets(_slides: HTMLElement, _deck: RevealApi): MountedWidgets {
  return { destroy() {} };
}
