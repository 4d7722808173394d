/**
 * Two screens, through the Window Management API (`window.getScreenDetails`, Chromium): find
 * the screen that is not the speaker's, to put the audience's deck there full screen.
 * Feature-detected: elsewhere the speaker view shows a hint instead of the button.
 */

/** The part of the Window Management API the speaker view uses. */
export interface ScreenDetailed {
  label: string;
  left: number;
  top: number;
  availLeft: number;
  availTop: number;
  availWidth: number;
  availHeight: number;
  isPrimary: boolean;
}

export interface ScreenDetails {
  screens: readonly ScreenDetailed[];
  currentScreen: ScreenDetailed;
}

type WithScreenDetails = { getScreenDetails?: () => Promise<ScreenDetails> };

/** True where the browser offers the Window Management API. */
export function offersScreenDetails(win: object = globalThis): boolean {
  return typeof (win as WithScreenDetails).getScreenDetails === 'function';
}

/** The browser's screen details; rejects when the speaker refuses the permission. */
export function screenDetails(win: object = globalThis): Promise<ScreenDetails> {
  return (win as Required<WithScreenDetails>).getScreenDetails();
}

/** The screen for the audience: another than the speaker view's, the primary one first. */
export function audienceScreen(details: ScreenDetails): ScreenDetailed | undefined {
  const others = details.screens.filter((screen) => screen !== details.currentScreen);
  return others.find((screen) => screen.isPrimary) ?? others[0];
}

/** What to call a screen on the button: its label, or where it is when it has none. */
export function screenName(screen: ScreenDetailed): string {
  return screen.label.trim() || `the screen at ${screen.left}, ${screen.top}`;
}
