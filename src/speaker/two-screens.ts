/**
 * "Present on <screen>" in the speaker view, where the browser offers the Window Management API:
 * the speaker view finds the other screen and asks the deck to go full screen there (the deck
 * shows a button for it: src/speaker/present-on.ts); the speaker view stays on this screen.
 * Elsewhere (or with one screen) a short hint says what to do by hand.
 */
import type { ScreenPlace } from './channel.ts';
import { audienceScreen, offersScreenDetails, screenDetails, screenName, type ScreenDetails } from './screens.ts';

const BY_HAND = 'One screen? Press F in the deck. Two: drag the deck’s window to the projector and press F there.';

/** Sets up the button (hidden until the API is there) and the hint beside it. */
export function offerTwoScreens(button: HTMLElement, hint: HTMLElement, presentOn: (screen: ScreenPlace) => void): void {
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
    if (!other) return;
    const name = screenName(other);
    presentOn({ left: other.left, top: other.top, label: name });
    hint.textContent = `Now click “Present on ${name}” in the deck’s window.`;
  });
}
