/**
 * The speaker view previews the deck in an iframe (`?receiver&postMessageEvents=true#/h/v`).
 * That preview starts on the right slide but before its fragments, and reveal.js's speaker
 * view sends any state the preview reports back to the audience's deck. A preview that reports
 * its first state before the speaker view has told it where the talk is therefore pulls the
 * audience's deck back: opening the speaker view mid-slide hid the rows already shown.
 * So the preview stays quiet until it has been given the talk's state once, then reports as
 * reveal.js intends (a click in the preview still moves the talk).
 */
import type { RevealApi } from 'reveal.js';

const PREVIEW_EVENTS = 'postMessageEvents';

/** True in the speaker view's current-slide preview, the one whose events drive the deck. */
function isReportingPreview(): boolean {
  const query = new URLSearchParams(location.search);
  return query.has('receiver') && query.get(PREVIEW_EVENTS) === 'true';
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
  return (deck) => {
    // The handshake reveal.js would have sent on `ready`: the speaker view answers the deck
    // with "connected", and the deck then sends its state, which reaches us as setState.
    window.parent.postMessage(JSON.stringify({ namespace: 'reveal', eventName: 'ready', state: deck.getState() }), '*');
    const told = (event: MessageEvent) => {
      if (typeof event.data !== 'string' || !event.data.includes('"setState"')) return;
      window.removeEventListener('message', told);
      // After reveal.js's own listener has applied the state.
      setTimeout(() => deck.configure({ postMessageEvents: true }));
    };
    window.addEventListener('message', told);
  };
}
