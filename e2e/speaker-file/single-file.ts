/**
 * The single-file speaker build as a speaker carries it: built once into a folder of its own,
 * opened from file:// in a browser whose every network request is refused and counted.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { READ_PORT } from '../playwright.config.ts';

/** Apart from dist-speaker/ and from other test runs (keyed by their port). */
export const SPEAKER_OUT_DIR = `.e2e/speaker-file-${READ_PORT}`;
/** Schemes that stay inside the file: the page itself, its data: URLs, a downloaded rehearsal (blob:). */
const OFFLINE_SCHEMES = new Set(['file:', 'data:', 'blob:', 'about:']);

let built: string | undefined;

/** Builds the speaker file with the project's own command, into SPEAKER_OUT_DIR, once a run. */
export function buildSpeakerFile(): string {
  if (built) return built;
  rmSync(SPEAKER_OUT_DIR, { recursive: true, force: true });
  execFileSync('npx', ['vite', 'build', '--mode', 'speaker', '--outDir', `../${SPEAKER_OUT_DIR}`], { stdio: 'pipe' });
  built = pathToFileURL(resolve(SPEAKER_OUT_DIR, 'index.html')).href;
  return built;
}

/** A page on the speaker file, offline, with what it tried to fetch and what it logged as errors. */
export class SpeakerFile {
  readonly networkRequests: string[] = [];
  readonly consoleErrors: string[] = [];

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    this.watch(page);
    // Windows the deck opens (the speaker view) are watched the same way.
    context.on('page', (opened) => this.watch(opened));
  }

  /** Refuses every request that would leave the file, counting it. */
  async goOffline(): Promise<void> {
    await this.context.route('**/*', (route) => {
      const url = route.request().url();
      if (OFFLINE_SCHEMES.has(new URL(url).protocol)) return route.continue();
      this.networkRequests.push(url);
      return route.abort('internetdisconnected');
    });
    await this.context.setOffline(true);
  }

  /** Opens the file (at a deep link, if given) and waits for the deck's ready signal. */
  async open(fileUrl: string, hash = ''): Promise<void> {
    await this.page.goto(`${fileUrl}${hash}`);
    await this.page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
  }

  get currentSlide() {
    return this.page.locator('.reveal .slides > section.present');
  }

  private watch(page: Page): void {
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(`${page.url().slice(0, 60)}: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.consoleErrors.push(`${page.url().slice(0, 60)}: ${error.message}`));
  }
}

export const test = base.extend<{ speakerFile: SpeakerFile }>({
  speakerFile: async ({ context, page }, use) => {
    const speakerFile = new SpeakerFile(context, page);
    await speakerFile.goOffline();
    await use(speakerFile);
    expect(speakerFile.networkRequests, 'network requests from the single file').toEqual([]);
    expect(speakerFile.consoleErrors, 'console errors').toEqual([]);
  },
});

export { expect };
