/**
 * Every workaround this deck carries for a fault of reveal.js, in one registry. src/main.ts
 * runs `installFixes` at each phase of its start-up (fix.ts); each fix names the reveal.js
 * version it was written against, which package.json pins. e2e/present/reveal-fixes.spec.ts
 * starts the deck without each fix in turn and checks that the fault is still there: when an
 * upgrade of reveal.js makes one of those tests fail, that fix may go.
 *
 * Within a phase, fixes go in in this order, and where the order matters it says why.
 */
import type { RevealApi } from 'reveal.js';
import { addressWrittenLate } from './address-written-late.ts';
import type { FixPhase, RevealFix } from './fix.ts';
import { focusLeftBehind } from './focus-left-behind.ts';
import { followedLink } from './followed-link.ts';
import { jumpBoxLateClose } from './jump-box.ts';
import { overviewInScrollView } from './overview-in-scroll-view.ts';
import { scrollLandsShort } from './scroll-lands-short.ts';

export type { FixPhase, RevealFix } from './fix.ts';

export const REVEAL_FIXES: readonly RevealFix[] = [
  // before-initialize: its hashchange listener must run before reveal.js's own, which reads the address.
  followedLink,
  // after-initialize: on reveal.js's slidechanged event and its jump box, which exist only now.
  focusLeftBehind,
  jumpBoxLateClose,
  // Before scroll-lands-short: on a switch to the scroll view the overview must be closed before
  // that fix scrolls to the presenter's slide (its observer is made first, so it runs first).
  overviewInScrollView,
  // before-ready: scrolls to pages whose height depends on the widgets and fonts.
  scrollLandsShort,
  // before-ready, as it always was: the address is written only once the deck is in place.
  addressWrittenLate,
];

/**
 * The query parameter that starts the deck without some fixes (`?without-fix=jump-box-late-close`),
 * for the tests that show reveal.js still has the fault. Honoured by the dev server only: the
 * published builds always carry every fix.
 */
export const WITHOUT_FIX_PARAMETER = 'without-fix';

/** The fixes the address asks to leave out, on the dev server; none in a published build. */
export function fixesLeftOut(search: string = globalThis.location?.search ?? ''): Set<string> {
  if (!import.meta.env.DEV) return new Set();
  const named = new URLSearchParams(search).get(WITHOUT_FIX_PARAMETER);
  return new Set(named ? named.split(',') : []);
}

/**
 * Installs, in registry order, the fixes of this phase except those left out, and returns the
 * function that takes them all out again. Naming a fix that does not exist is an error on the
 * console, so a test that leaves out a misspelt fix fails instead of passing for a wrong reason.
 */
export function installFixes(deck: RevealApi, phase: FixPhase, leftOut: Set<string> = fixesLeftOut(), fixes: readonly RevealFix[] = REVEAL_FIXES): () => void {
  for (const id of leftOut) {
    if (!fixes.some((fix) => fix.id === id)) console.error(`${WITHOUT_FIX_PARAMETER}: no reveal.js fix "${id}" (known: ${fixes.map((fix) => fix.id).join(', ')})`);
  }
  const disposers = fixes.filter((fix) => fix.phase === phase && !leftOut.has(fix.id)).map((fix) => fix.install(deck));
  return () => {
    for (const dispose of disposers.reverse()) dispose();
  };
}
