/**
 * "Present on <screen>", the deck's side. Going full screen on another screen needs a click in
 * the window that goes full screen: Chromium refuses it to a window told by another (and did
 * not honour a click handed over with `postMessage(…, { delegate: 'fullscreen' })` when we
 * tried, Chromium 156). So the deck shows one large button; its click puts the deck full
 * screen on that screen.
 */
import './present-on.css';
import type { ScreenPlace } from './channel.ts';
import { screenDetails } from './screens.ts';

const PROMPT_CLASS = 'speaker-present-on';

/** Shows the button that puts the deck full screen on `place`. */
export function offerFullScreenOn(place: ScreenPlace): void {
  document.querySelector(`.${PROMPT_CLASS}`)?.remove();
  const button = document.createElement('button');
  button.type = 'button';
  button.className = PROMPT_CLASS;
  button.textContent = `Present on ${place.label}`;
  button.addEventListener('click', async () => {
    button.remove();
    try {
      const screen = (await screenDetails()).screens.find((each) => each.left === place.left && each.top === place.top);
      await document.documentElement.requestFullscreen({ screen } as FullscreenOptions);
    } catch {
      // Refused (the screen is gone, no permission): F still makes the deck full screen here.
    }
  });
  document.body.append(button);
  button.focus();
}
