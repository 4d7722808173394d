/**
 * The speaker view previews the deck in an iframe (`?receiver&postMessageEvents=true#/h/v`).
 * reveal.js's speaker view sends any state that preview reports back to the audience's deck,
 * so the preview must report only what the speaker did in it (a click moves the talk), never
 * a state it was merely told. Two cases break that in reveal.js 6.0.2:
 * - The preview starts on the right slide but before its fragments, and reports that first
 *   state before the speaker view has told it where the talk is: opening the speaker view
 *   mid-slide hid the rows already shown.
 * - Told a new slide and "paused" at once, the preview reports the slide change before it
 *   pauses; the speaker view sends that half-applied state back half a second later, and the
 *   audience's deck resumes by itself (and a "resume" key pressed meanwhile pauses it again).
 * So the preview stays quiet until it has been told the talk's state, and quiet again while
 * it applies each state it is told.
 */
import type { RevealApi, RevealConfig } from 'reveal.js';

const PREVIEW_EVENTS = 'postMessageEvents';

/** True in the speaker view's current-slide preview, the one whose events drive the deck. */
function isReportingPreview(): boolean {
  const query = new URLSearchParams(location.search);
  return query.has('receiver') && query.get(PREVIEW_EVENTS) === 'true';
}

/** A state the speaker view tells the preview: reveal.js's postMessage call of `setState`. */
function isToldState(event: MessageEvent): boolean {
  return typeof event.data === 'string' && event.data.includes('"setState"');
}

/**
 * Call before reveal.js starts: takes the preview's event switch out of the URL, where
 * reveal.js would read it, and returns what to do once the deck is initialised.
 */
export function quietPreviewUntilTold(): (deck: RevealApi) => void {
  if (!isReportingPreview()) return () => {};
  const url = new URL(location.href);
  url.searchParams.delete(PREVIEW_EVENTS);
  history.replaceState(history.state, '', url);
  // Listeners on the window run in the order they were added (Chromium ignores `capture` on the
  // target itself): this one, added before reveal.js starts, runs before reveal.js applies a
  // told state, and the one added once it has started runs after.
  let config: RevealConfig | undefined;
  window.addEventListener('message', (event) => {
    if (config && isToldState(event)) config.postMessageEvents = false;
  });
  return (deck) => {
    // reveal.js reads this switch from its live configuration each time it reports; setting it
    // there is cheap, where `configure()` would sync and lay out the whole deck on every state.
    const live = (config = deck.getConfig());
    window.addEventListener('message', (event) => isToldState(event) && (live.postMessageEvents = true));
    // The handshake reveal.js would have sent on `ready`: the speaker view answers the deck
    // with "connected", and the deck then sends its state, which reaches us as setState.
    window.parent.postMessage(JSON.stringify({ namespace: 'reveal', eventName: 'ready', state: deck.getState() }), '*');
  };
}
