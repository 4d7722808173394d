/**
 * Accessibility while presenting and reading.
 *
 * reveal.js 6 already keeps the slides out of view out of the tab order and away from screen
 * readers: every slide but the current one is `inert`, `hidden` and `aria-hidden` (in the scroll
 * and print views, where every slide is in view, none is). Nothing is added for that.
 *
 * What it announces, through its own polite `.aria-status`, is the whole text of each new slide:
 * on a slide with a long quote or a table, a long reading on every key press, of text the reader
 * can reach anyway. The deck announces the new slide's title and place instead, and mutes
 * reveal's status so that a screen reader hears one announcement, not two.
 */
import type { RevealApi } from 'reveal.js';

/** The polite live region reveal.js creates inside its wrapper. */
const REVEAL_STATUS = '.aria-status';
/** reveal.js's arrow buttons, an `<aside>`. */
const REVEAL_CONTROLS = '.controls';

/** What a screen reader hears on arriving at a slide: "The puzzle, slide 5 of 14". */
export function slideAnnouncement(title: string, index: number, total: number): string {
  return `${title}, slide ${index + 1} of ${total}`;
}

/** A slide's title: the loader's `data-title`, else its first heading. */
function slideTitle(slide: HTMLElement): string {
  return slide.dataset.title ?? slide.querySelector('h1, h2, h3')?.textContent?.trim() ?? '';
}

/** A live region that is read but not seen, styled through the CSSOM so the CSP needs no inline style. */
function createLiveRegion(): HTMLElement {
  const region = document.createElement('div');
  region.className = 'deck-announcer';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  Object.assign(region.style, { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' });
  document.body.append(region);
  return region;
}

/**
 * reveal.js puts its arrows in an `<aside>`, which screen readers list as complementary
 * content nested in the presentation (axe: landmark-complementary-is-top-level). They are
 * the way from slide to slide, so they become a region named for that (of the roles an
 * `<aside>` may take, the one that says what it holds).
 */
function nameControls(deck: RevealApi): void {
  const controls = deck.getRevealElement()?.querySelector(REVEAL_CONTROLS);
  controls?.setAttribute('role', 'region');
  controls?.setAttribute('aria-label', 'Slide controls');
}

/**
 * Announces each slide's title when it becomes the current slide, instead of reveal.js's
 * reading of the whole slide, and names reveal's arrows as the slides' navigation.
 */
export function announceSlides(deck: RevealApi): void {
  deck.getRevealElement()?.querySelector(REVEAL_STATUS)?.setAttribute('aria-live', 'off');
  nameControls(deck);
  const region = createLiveRegion();
  deck.on('slidechanged', () => {
    const slide = deck.getCurrentSlide();
    if (!slide) return;
    region.textContent = slideAnnouncement(slideTitle(slide), deck.getSlidePastCount(), deck.getTotalSlides());
  });
}
