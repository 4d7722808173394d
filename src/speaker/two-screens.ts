/**
 * "Present on <screen>" in the speaker view, where the browser offers the Window Management API:
 * the deck goes full screen on the other screen, the speaker view stays on this one. Elsewhere
 * (or with one screen) a short hint says what to do by hand.
 */
import { deckUrl } from './address.ts';
import { presentRequest } from './present-request.ts';
import { audienceScreen, offersScreenDetails, screenDetails, screenName, windowOn, type ScreenDetailed, type ScreenDetails } from './screens.ts';

const BY_HAND = 'One screen? Press F in the deck. Two: drag the deck’s window to the projector and press F there.';

/** Sets up the button (hidden until the API is there) and the hint beside it. */
export function offerTwoScreens(button: HTMLElement, hint: HTMLElement): void {
  if (!offersScreenDetails()) {
    hint.textContent = BY_HAND;
    return;
  }
  let details: ScreenDetails | undefined;
  const label = () => {
    const other = details && audienceScreen(details);
    button.textContent = other ? `Present on ${screenName(other)}` : 'Present on the other screen';
    if (details && !other) hint.textContent = 'Only one screen is connected: connect the projector and try again.';
  };
  button.hidden = false;
  label();
  button.addEventListener('click', async () => {
    try {
      details ??= await screenDetails();
    } catch {
      hint.textContent = `The browser did not allow window placement. ${BY_HAND}`;
      return;
    }
    label();
    const other = audienceScreen(details);
    if (other) hint.textContent = presentOn(other);
  });
}

/** Puts the deck on `screen`: the deck that opened this view, or a new deck window there. */
function presentOn(screen: ScreenDetailed): string {
  const name = screenName(screen);
  const audience = window.opener as Window | null;
  if (audience && !audience.closed) {
    const origin = location.origin === 'null' || location.protocol === 'file:' ? '*' : location.origin;
    try {
      // Hands this click to the deck, which may then go full screen (Chromium's capability delegation).
      audience.postMessage(presentRequest(screen), { targetOrigin: origin, delegate: 'fullscreen' } as WindowPostMessageOptions);
    } catch {
      audience.postMessage(presentRequest(screen), { targetOrigin: origin });
    }
    return `The deck goes full screen on ${name}. If it does not, press F in its window.`;
  }
  window.open(deckUrl(location.href), 'deck-audience', windowOn(screen));
  return `The deck opened on ${name}: click it and press F for full screen.`;
}
