/**
 * The speaker view as a test sees it: a page of the deck (`?speaker`) with the current and next
 * step, the notes, the talk timer and the pacing. Opened as a presenter would (S in the deck) or
 * by hand in another tab; either way, found by what the page shows.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';

/** Loading the speaker view starts reveal.js twice (the previews): bounded, not a pause. */
export const SPEAKER_VIEW_TIMEOUT_MS = 30_000;

export class SpeakerView {
  constructor(readonly page: Page) {}

  /** Presses S in the deck and waits for the speaker view's window to be ready. */
  static async openFrom(deck: Page): Promise<SpeakerView> {
    const opened = deck.context().waitForEvent('page', { timeout: SPEAKER_VIEW_TIMEOUT_MS });
    await deck.keyboard.press('s');
    const view = new SpeakerView(await opened);
    await view.ready();
    return view;
  }

  /** Opens the speaker view by hand in another tab, from the deck's address. */
  static async openByHand(context: BrowserContext, deckUrl: string): Promise<SpeakerView> {
    const page = await context.newPage();
    const url = new URL(deckUrl);
    url.search = '?speaker';
    await page.goto(url.href);
    const view = new SpeakerView(page);
    await view.ready();
    return view;
  }

  async ready(): Promise<void> {
    await this.page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached', timeout: SPEAKER_VIEW_TIMEOUT_MS });
  }

  /** The preview of what the audience sees now: the slide on screen in the first preview. */
  get currentPreview() {
    return this.page.locator('.speaker-preview:not(.speaker-preview-next) .slides > section.present');
  }

  get nextPreview() {
    return this.page.locator('.speaker-preview-next .slides > section.present');
  }

  get notes() {
    return this.page.getByRole('region', { name: 'Notes' }).locator('.speaker-notes');
  }

  /** The mark at the foot of the notes that says they run on below the panel. */
  get moreBelow() {
    return this.page.locator('[data-notes-more]');
  }

  /**
   * The notes' type size and whether they run past their panel, at that size and at a pixel
   * more (the size is put back at once): a size chosen to fit is the largest that does.
   */
  async notesFit(): Promise<{ px: number; runsOn: boolean; runsOnAPixelLarger: boolean }> {
    return this.notes.evaluate((notes) => {
      const px = parseFloat(getComputedStyle(notes).fontSize);
      const runsOn = () => notes.scrollHeight > notes.clientHeight + 1;
      const atSize = runsOn();
      const set = notes.style.getPropertyValue('--notes-size');
      notes.style.setProperty('--notes-size', `${px + 1}px`);
      const larger = runsOn();
      notes.style.setProperty('--notes-size', set);
      return { px, runsOn: atSize, runsOnAPixelLarger: larger };
    });
  }

  /** Scrolls the notes to their end, as a speaker would with the mouse or touchpad. */
  async scrollNotesToEnd(): Promise<void> {
    await this.notes.evaluate((notes) => notes.scrollTo({ top: notes.scrollHeight, behavior: 'instant' }));
  }

  get paceSlide() {
    return this.page.locator('[data-pace-slide]');
  }

  get paceTalk() {
    return this.page.locator('[data-pace-talk]');
  }

  get talkTime() {
    return this.page.locator('[data-elapsed]');
  }

  get blackout() {
    return this.page.getByText('The audience sees black');
  }

  /** Waits until the view shows the deck's state (the deck answered), on the slide `slug`. */
  async showsSlide(slug: string): Promise<void> {
    await expect(this.page.locator('[data-waiting]')).toBeHidden();
    await expect(this.currentPreview).toHaveId(slug);
  }
}

/** `75` → `1:15`, as the speaker view writes times. */
export function clockText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;
}

/** Each slide's slug, planned seconds and fragment steps, as the deck the loader rendered has them. */
export async function talkPlan(deck: Page): Promise<{ slug: string; timing: number; steps: number; hasNotes: boolean }[]> {
  return deck.locator('.reveal .slides > section').evaluateAll((sections) =>
    sections.map((section) => ({
      slug: section.id,
      timing: Number((section as HTMLElement).dataset.timing),
      steps: new Set([...section.querySelectorAll('.fragment')].map((f) => f.getAttribute('data-fragment-index'))).size,
      hasNotes: section.querySelector('aside.notes') !== null,
    })),
  );
}

/**
 * axe-core's violations in the speaker view. The previews are left out: they are inert,
 * hidden from assistive technology, copies of the slides that the deck's own tests check.
 */
export async function speakerViewViolations(page: Page): Promise<string[]> {
  return axeViolations(page, { exclude: '.speaker-preview-frame' });
}
