/**
 * The presenting state of the deck as the page shows it — the slide on screen, the URL, the
 * slide number, the progress bar, what is open — and the rules that state must keep however
 * the speaker got there. Read from the DOM reveal.js draws, so a test sees what the audience sees.
 */
import type { Page } from '@playwright/test';

/** One snapshot of the deck. */
export interface DeckState {
  /** reveal.js's scroll view (phones) or the usual slides. */
  view: 'slides' | 'scroll';
  overview: boolean;
  paused: boolean;
  /** Every slide, wherever reveal.js put it. */
  slideCount: number;
  /** The ids of the slides marked present, in document order. */
  present: string[];
  /** The present slide's position among the slides, or -1. */
  index: number;
  /** The slug in the URL's hash, without `#/`. */
  hashSlug: string;
  /** The slide number reveal.js shows, as "c/t". */
  slideNumber: string;
  /** The progress bar's horizontal scale, 0 to 1. */
  progress: number | null;
  /** Fragments of the present slide: how many are shown of how many. */
  fragments: { visible: number; total: number };
  /** Open things that should not stay open by accident. */
  jumpToSlideOpen: boolean;
  revealOverlayOpen: boolean;
  viteErrorOverlay: boolean;
  /** Matrix widgets whose buttons disagree with what they show. */
  matrixProblems: string[];
}

/** Reads the deck's state in one round trip. */
export async function readDeckState(page: Page): Promise<DeckState> {
  return page.evaluate(() => {
    const reveal = document.querySelector<HTMLElement>('.reveal')!;
    const scroll = document.querySelector('.reveal-scroll') !== null;
    const slides = [...reveal.querySelectorAll<HTMLElement>('.slides section')];
    const present = slides.filter((slide) => slide.classList.contains('present'));
    const current = present.length === 1 ? present[0]! : undefined;
    const transform = reveal.querySelector<HTMLElement>('.progress span')?.style.transform ?? '';
    const scale = /scaleX\(([\d.e-]+)\)/.exec(transform);
    const matrixProblems: string[] = [];
    reveal.querySelectorAll<HTMLElement>('.slides figure').forEach((figure) => {
      const where = figure.closest('section')?.id ?? '?';
      const expanded = [...figure.querySelectorAll('button[aria-expanded]')];
      if (expanded.filter((button) => button.getAttribute('aria-expanded') === 'true').length > 1) matrixProblems.push(`${where}: more than one column open`);
      for (const button of expanded) {
        const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
        if (panel && panel.hidden === (button.getAttribute('aria-expanded') === 'true')) matrixProblems.push(`${where}: column "${button.textContent}" says expanded=${button.getAttribute('aria-expanded')} but its criteria are ${panel.hidden ? 'hidden' : 'shown'}`);
      }
      if (figure.querySelectorAll('button[aria-pressed="true"]').length > 1) matrixProblems.push(`${where}: more than one row selected`);
    });
    return {
      view: scroll ? 'scroll' : 'slides',
      overview: reveal.classList.contains('overview'),
      paused: reveal.classList.contains('paused'),
      slideCount: slides.length,
      present: present.map((slide) => slide.id),
      index: current ? slides.indexOf(current) : -1,
      hashSlug: decodeURIComponent(location.hash.replace(/^#\/?/, '')),
      slideNumber: (reveal.querySelector('.slide-number')?.textContent ?? '').replace(/\s+/g, ''),
      progress: scale ? Number(scale[1]) : null,
      fragments: { visible: current?.querySelectorAll('.fragment.visible').length ?? 0, total: current?.querySelectorAll('.fragment').length ?? 0 },
      jumpToSlideOpen: reveal.querySelector('.jump-to-slide') !== null,
      revealOverlayOpen: reveal.querySelector('.r-overlay') !== null,
      viteErrorOverlay: document.querySelector('vite-error-overlay') !== null,
      matrixProblems,
    } satisfies DeckState;
  });
}

/**
 * Reveal.js adds at most 0.9 of a slide's share while stepping through its fragments
 * (getProgress in reveal.js), so the bar sits in [index, index + 0.9] / (count − 1).
 */
const FRAGMENT_PROGRESS_SHARE = 0.9;
/** The bar's scale is rounded by the browser's style serialisation. */
const PROGRESS_TOLERANCE = 1e-3;

/**
 * What is wrong with a state, as sentences; empty when it is consistent. In the scroll view
 * reveal.js marks every page in sight as present and keeps its own progress bar, so there only
 * the slide count and the error overlay are checked.
 */
export function deckStateProblems(state: DeckState, slugs: readonly string[]): string[] {
  const problems: string[] = [];
  if (state.slideCount !== slugs.length) problems.push(`${state.slideCount} slides instead of ${slugs.length}`);
  if (state.viteErrorOverlay) problems.push('the error overlay is showing');
  problems.push(...state.matrixProblems);
  if (state.view === 'scroll') {
    if (state.present.length === 0) problems.push('no slide is present in the scroll view');
    return problems;
  }
  if (state.present.length !== 1) return [...problems, `${state.present.length} slides are present (${state.present.join(', ')})`];
  const slug = state.present[0]!;
  if (slugs[state.index] !== slug) problems.push(`present slide "${slug}" sits at ${state.index}, where "${slugs[state.index]}" belongs`);
  if (state.hashSlug !== slug) problems.push(`the URL says #/${state.hashSlug} but "${slug}" is on screen`);
  if (state.slideNumber !== `${state.index + 1}/${slugs.length}`) problems.push(`the slide number says ${state.slideNumber} on slide ${state.index + 1} of ${slugs.length}`);
  if (state.progress === null) problems.push('the progress bar is missing');
  else {
    const steps = slugs.length - 1;
    const low = state.index / steps - PROGRESS_TOLERANCE;
    const high = (state.index + (state.fragments.total > 0 ? FRAGMENT_PROGRESS_SHARE : 0)) / steps + PROGRESS_TOLERANCE;
    if (state.progress < low || state.progress > high) problems.push(`the progress bar is at ${state.progress} on slide ${state.index + 1} of ${slugs.length}`);
  }
  return problems;
}
