/**
 * Opening the speaker view, the one place the specs that need it do so: today reveal.js's
 * notes plugin opens it as a pop-up on S.
 */
import type { Page } from '@playwright/test';

/** Opens the speaker view for the deck on `page` and returns its page once it has loaded. */
export async function openSpeakerView(page: Page): Promise<Page> {
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await popup;
  await speaker.waitForLoadState('load');
  // The view is ready once it shows the current slide's preview.
  await speaker.locator('#current-slide iframe').waitFor();
  return speaker;
}
