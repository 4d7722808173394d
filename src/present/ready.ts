/**
 * The deck's explicit "ready" signal, for tests and the PDF export: they wait for it instead of
 * a fixed pause. Set once reveal.js has initialised and the fonts have loaded.
 */
export const READY_ATTRIBUTE = 'data-deck-ready';
export const READY_EVENT = 'deck:ready';

/** Marks the document ready and tells listeners. */
export function signalReady(): void {
  document.documentElement.setAttribute(READY_ATTRIBUTE, 'true');
  document.dispatchEvent(new Event(READY_EVENT));
}
