/**
 * The deck as a test sees it: a page object exposed as a Playwright fixture, with the
 * checks every spec shares (no console errors, no request leaving the local host).
 */
import { test as base, expect, type Page, type Request } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export class DeckPage {
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(error.message));
    page.on('request', (request: Request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:', 'about:'].includes(url.protocol) && !LOCAL_HOSTS.has(url.hostname)) this.foreignRequests.push(request.url());
    });
  }

  /** Opens the deck (at a deep link, if given) and waits for its ready signal. */
  async open(hash = ''): Promise<void> {
    await this.page.goto(`./${hash}`);
    await this.ready();
  }

  /** Waits for the deck's explicit ready signal. */
  async ready(): Promise<void> {
    await this.page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
  }

  /** The `<section>` on screen now. */
  get currentSlide() {
    return this.page.locator('.reveal .slides > section.present');
  }

  /** Every slide's title, from the sections' data-title, in order. */
  async titles(): Promise<string[]> {
    return this.page.locator('.reveal .slides > section').evaluateAll((sections) => sections.map((s) => (s as HTMLElement).dataset.title ?? ''));
  }

  async slideCount(): Promise<number> {
    return this.page.locator('.reveal .slides > section').count();
  }

  /** The current slide's `id` (its slug). */
  async currentSlug(): Promise<string | null> {
    return this.currentSlide.getAttribute('id');
  }

  /** How many clicks the current slide's fragments take: one per distinct data-fragment-index. */
  async fragmentSteps(): Promise<number> {
    const indices = await this.currentSlide.locator('.fragment').evaluateAll((fragments) => fragments.map((f) => (f as HTMLElement).dataset.fragmentIndex));
    return new Set(indices).size;
  }

  /** Presses a key as a keyboard or a clicker would send it. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }
}

export const test = base.extend<{ deck: DeckPage }>({
  deck: async ({ page }, use) => {
    const deck = new DeckPage(page);
    await use(deck);
    expect(deck.foreignRequests, 'requests to other hosts').toEqual([]);
    expect(deck.consoleErrors, 'console errors').toEqual([]);
  },
});

export { expect };
