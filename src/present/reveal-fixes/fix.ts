/**
 * The shape every reveal.js workaround takes: one module per fault, installed at one point of
 * the deck's start-up, undone by the function it returns. See index.ts for the registry.
 */
import type { RevealApi } from 'reveal.js';

/**
 * When a fix goes in, relative to reveal.js's start (src/main.ts runs each phase in turn):
 * - `before-initialize`: reveal.js is constructed but has added no listeners yet, so the fix's
 *   listeners run before reveal.js's own.
 * - `after-initialize`: reveal.js has laid out the slides and made one current.
 * - `before-ready`: the widgets are mounted and the fonts loaded, so the pages have their final
 *   size; just before the deck signals ready.
 */
export type FixPhase = 'before-initialize' | 'after-initialize' | 'before-ready';

/** The phases in the order src/main.ts runs them. */
export const FIX_PHASES: readonly FixPhase[] = ['before-initialize', 'after-initialize', 'before-ready'];

/** One workaround for one fault of reveal.js, a debt with an address. */
export interface RevealFix {
  /** Short and stable: the name tests and `?without-fix=` use. */
  id: string;
  /** The fault, in one line: what a presenter or reader would see without the fix. */
  description: string;
  /** The reveal.js version the fault was seen in; must be the one package.json pins. */
  revealVersion: '6.0.2';
  /** The upstream issue or pull request about the same fault, when there is one. */
  upstream?: string;
  phase: FixPhase;
  /** Puts the fix in place on this deck; the function it returns takes it out again. */
  install(deck: RevealApi): () => void;
}
