/**
 * Mounts the browser side of every widget the loader placed on the slides. Generic: it knows
 * widgets only through the definitions it is given (src/widgets/mounts.ts lists them), each
 * `mount(el, data) → { update, destroy }` like a reveal.js controller. Called again after a
 * hot update.
 */
import type { RevealApi } from 'reveal.js';

/** A mounted widget instance, with reveal.js's controller lifecycle. */
export interface MountedWidget<Data> {
  /** Takes new data (after a hot update) and redraws. */
  update(data: Data): void;
  /** Removes what mounting added, leaving the static HTML the loader rendered. */
  destroy(): void;
}

/** The browser side of one kind of widget. */
export interface BrowserWidget<Data> {
  /** The attribute on which the loader's HTML carries the widget's data as JSON; it marks the element. */
  dataAttribute: string;
  mount(element: HTMLElement, data: Data): MountedWidget<Data>;
}

export interface MountedWidgets {
  destroy(): void;
}

/** Finds each widget's elements under `slides` and mounts them. */
export function mountWidgets(slides: HTMLElement, deck: RevealApi, widgets: readonly BrowserWidget<never>[]): MountedWidgets {
  // The print view and the PDF show every widget as rendered: complete and static.
  if (deck.isPrintView()) return { destroy() {} };
  const mountAll = () =>
    widgets.flatMap((widget) =>
      [...slides.querySelectorAll<HTMLElement>(`[${widget.dataAttribute}]`)].map((element) => ({
        element,
        mounted: widget.mount(element, JSON.parse(element.getAttribute(widget.dataAttribute)!) as never),
      })),
    );
  let mounted = mountAll();
  // Leaving reveal.js's scroll view (a window widened past scrollActivationWidth) resets the
  // slides' HTML and syncs: the elements are new, without listeners. Mount on them.
  const remountReplaced = () => {
    if (mounted.every(({ element }) => element.isConnected)) return;
    mounted = mountAll();
  };
  deck.on('sync', remountReplaced);
  return {
    destroy() {
      deck.off('sync', remountReplaced);
      for (const widget of mounted) widget.mounted.destroy();
    },
  };
}
