import { describe, expect, it } from 'vitest';
import { audienceScreen, offersScreenDetails, screenName, type ScreenDetailed } from './screens.ts';

const screen = (label: string, left: number, isPrimary: boolean): ScreenDetailed => ({ label, left, top: 0, availLeft: left, availTop: 0, availWidth: 1920, availHeight: 1080, isPrimary });

describe('two screens', () => {
  it('puts the audience on the screen the speaker view is not on', () => {
    const laptop = screen('Built-in Retina Display', 0, true);
    const projector = screen('EPSON PJ', 1920, false);
    expect(audienceScreen({ screens: [laptop, projector], currentScreen: laptop })).toBe(projector);
    expect(audienceScreen({ screens: [laptop, projector], currentScreen: projector })).toBe(laptop);
  });

  it('has no audience screen with one screen', () => {
    const laptop = screen('Built-in', 0, true);
    expect(audienceScreen({ screens: [laptop], currentScreen: laptop })).toBeUndefined();
  });

  it('names a screen by its label, or by where it is', () => {
    expect(screenName(screen('EPSON PJ', 1920, false))).toBe('EPSON PJ');
    expect(screenName(screen('', 1920, false))).toBe('the screen at 1920, 0');
  });

  it('detects the API', () => {
    expect(offersScreenDetails({})).toBe(false);
    expect(offersScreenDetails({ getScreenDetails: async () => ({}) })).toBe(true);
  });
});
