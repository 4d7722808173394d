/**
 * The presenting state of the deck as the page shows it — the slide on screen, the URL, the
 * slide number, the progress bar, what is open — and the rules that state must keep however
 * the speaker got there. Read from the DOM reveal.js draws, so a test sees what the audience sees.
 */
import type { Page } from '@playwright/test';

/** A header button or the reset button of a live matrix. */
export interface MatrixButton {
  kind: 'column' | 'row' | 'reset';
  label: string;
  /** aria-expanded (column) or aria-pressed (row); for reset, whether it is offered. */
  on: boolean;
  /** Shown and clickable: not a fragment still to come, not the hidden reset. */
  visible: boolean;
}

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
  /** The present slide's current fragment (its `data-fragment-index`), or -1 before the first. */
  currentFragment: number;
  /** The present slide's highest `data-fragment-index`, or -1 when it has no fragments. */
  lastFragment: number;
  /** Fragments shown out of order, or shown on a slide still to come (see fragmentProblems). */
  fragmentProblems: string[];
  /** What the overview left behind after closing: classes, inline transforms. */
  overviewLeftovers: string[];
  /** Where the keyboard focus is: on a matrix header or reset button, in reveal's jump box, elsewhere. */
  focus: 'matrix' | 'jump' | 'other';
  /** The window, and the present slide's box in it (null when there is not exactly one). */
  viewport: { width: number; height: number };
  presentBox: { x: number; y: number; width: number; height: number } | null;
  /** Open things that should not stay open by accident. */
  jumpToSlideOpen: boolean;
  revealOverlayOpen: boolean;
  viteErrorOverlay: boolean;
  /** Matrix widgets whose buttons disagree with what they show. */
  matrixProblems: string[];
  /** The buttons of the live matrix on the present slide, in document order (empty without one). */
  matrixButtons: MatrixButton[];
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
    /**
     * reveal.js shows every fragment of a slide already passed and none of a slide to come; on
     * the present slide the shown ones are those up to the current fragment's index.
     */
    const fragmentProblemsIn = (all: HTMLElement[], now: HTMLElement | undefined): string[] => {
      const found: string[] = [];
      const at = now ? all.indexOf(now) : -1;
      all.forEach((slide, position) => {
        const fragments = [...slide.querySelectorAll<HTMLElement>('.fragment')];
        if (position < at && fragments.some((f) => !f.classList.contains('visible'))) found.push(`slide "${slide.id}" is passed but hides a fragment`);
        if (position > at && fragments.some((f) => f.classList.contains('visible'))) found.push(`slide "${slide.id}" is still to come but shows a fragment`);
        if (position !== at) return;
        const currentIndex = Number(slide.querySelector('.current-fragment')?.getAttribute('data-fragment-index') ?? -1);
        for (const fragment of fragments) {
          const index = Number(fragment.getAttribute('data-fragment-index'));
          if (fragment.classList.contains('visible') !== index <= currentIndex) found.push(`fragment ${index} of "${slide.id}" is ${fragment.classList.contains('visible') ? 'shown' : 'hidden'} with fragment ${currentIndex} current`);
        }
        if (slide.querySelectorAll('.current-fragment').length > 0 && new Set([...slide.querySelectorAll('.current-fragment')].map((f) => f.getAttribute('data-fragment-index'))).size > 1) found.push(`"${slide.id}" has current fragments of different indices`);
      });
      return found;
    };
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
      lastFragment: Math.max(-1, ...[...(current?.querySelectorAll('.fragment') ?? [])].map((f) => Number(f.getAttribute('data-fragment-index')))),
      matrixButtons: [...(current?.querySelectorAll<HTMLButtonElement>('figure[data-matrix] button') ?? [])].map((button) => {
        const kind = button.classList.contains('matrix-reset') ? 'reset' : button.hasAttribute('aria-expanded') ? 'column' : 'row';
        const on = kind === 'reset' ? !button.hidden : button.getAttribute(kind === 'column' ? 'aria-expanded' : 'aria-pressed') === 'true';
        return { kind, label: button.textContent?.trim() ?? '', on, visible: button.checkVisibility({ visibilityProperty: true }) } as const;
      }),
      currentFragment: Number(current?.querySelector('.current-fragment')?.getAttribute('data-fragment-index') ?? -1),
      fragmentProblems: scroll ? [] : fragmentProblemsIn(slides, current),
      overviewLeftovers: reveal.classList.contains('overview')
        ? []
        : [
            ...(reveal.classList.contains('overview-deactivating') ? ['the deck still has the class "overview-deactivating" of a closing overview'] : []),
            ...slides.filter((slide) => slide.style.transform !== '').map((slide) => `slide "${slide.id}" keeps the overview's transform ${slide.style.transform}`),
          ],
      focus: document.activeElement?.closest('.reveal .slides figure button') ? 'matrix' : document.activeElement?.closest('.jump-to-slide') ? 'jump' : 'other',
      viewport: { width: window.innerWidth, height: window.innerHeight },
      presentBox: current ? (({ x, y, width, height }) => ({ x, y, width, height }))(current.getBoundingClientRect()) : null,
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
/** Words in the leftover that names the overview's closing class, which lives a moment. */
const OVERVIEW_CLOSING = 'closing overview';
/** The bar's scale is rounded by the browser's style serialisation. */
const PROGRESS_TOLERANCE = 1e-3;

/** What deckStateProblems checks; the URL can be left out while reveal.js has yet to write it. */
export interface StateChecks {
  /**
   * Whether the deck has had time to settle. Right after a step, reveal.js may not have written
   * the URL yet (it does so at most once a second, Location.MAX_REPLACE_STATE_FREQUENCY) nor
   * dropped the overview's closing class (a timeout later), so those are checked only when settled.
   */
  settled: boolean;
}

/**
 * What is wrong with a state, as sentences; empty when it is consistent. In the scroll view
 * reveal.js marks every page in sight as present and keeps its own progress bar, so there only
 * the slide count and the error overlay are checked.
 */
export function deckStateProblems(state: DeckState, slugs: readonly string[], checks: StateChecks = { settled: true }): string[] {
  const problems: string[] = [];
  if (state.slideCount !== slugs.length) problems.push(`${state.slideCount} slides instead of ${slugs.length}`);
  if (state.viteErrorOverlay) problems.push('the error overlay is showing');
  problems.push(...state.matrixProblems, ...state.overviewLeftovers.filter((leftover) => checks.settled || !leftover.includes(OVERVIEW_CLOSING)));
  if (state.view === 'scroll') {
    if (state.present.length === 0) problems.push('no slide is present in the scroll view');
    return problems;
  }
  if (state.present.length !== 1) return [...problems, `${state.present.length} slides are present (${state.present.join(', ')})`];
  problems.push(...state.fragmentProblems);
  const slug = state.present[0]!;
  if (slugs[state.index] !== slug) problems.push(`present slide "${slug}" sits at ${state.index}, where "${slugs[state.index]}" belongs`);
  // reveal.js names the current fragment in the URL after the slug: #/varieties/2.
  const hash = state.currentFragment >= 0 ? `${slug}/${state.currentFragment}` : slug;
  if (checks.settled && state.hashSlug !== hash) problems.push(`the URL says #/${state.hashSlug} but "#/${hash}" is on screen`);
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
