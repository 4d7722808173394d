/**
 * "Present on <screen>": the speaker view asks the deck that opened it to go full screen on the
 * audience's screen. Going full screen needs the user's click, so the speaker view hands its
 * click over with the message (Chromium's capability delegation, `delegate: 'fullscreen'`).
 */
import { screenDetails, type ScreenDetailed } from './screens.ts';

export interface PresentRequest {
  deckSpeaker: 'present-on';
  /** The screen, by where it is: the two windows list the screens each in their own objects. */
  left: number;
  top: number;
}

export function presentRequest(screen: ScreenDetailed): PresentRequest {
  return { deckSpeaker: 'present-on', left: screen.left, top: screen.top };
}

export function isPresentRequest(data: unknown): data is PresentRequest {
  const request = data as Partial<PresentRequest> | null;
  return request?.deckSpeaker === 'present-on' && typeof request.left === 'number' && typeof request.top === 'number';
}

/** In the deck: full screen on the requested screen (the permission was granted to the origin). */
export async function presentOnScreen(request: PresentRequest): Promise<void> {
  try {
    const details = await screenDetails();
    const screen = details.screens.find((s) => s.left === request.left && s.top === request.top);
    if (screen) await document.documentElement.requestFullscreen({ screen } as FullscreenOptions);
  } catch {
    // Refused (no permission, no click handed over): the speaker view has said to press F there.
  }
}
