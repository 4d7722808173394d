/**
 * What a presenter does during a talk, as steps a random run can pick from: step on with the
 * keyboard or a clicker, step back, open the overview, jump to a slide, pause, resize the window,
 * open and close the speaker view, play with the live matrix. Each step says when it makes
 * sense, does one thing as a user would (keys, clicks, the URL), and returns what must hold
 * afterwards, so a run fails at the step that went wrong, not a thousand steps later.
 */
import type { Page } from '@playwright/test';
import { readDeckState, type DeckState, type MatrixButton } from './deck-state.ts';
import type { Random } from './prng.ts';

/** The presenter's session: the deck's page, the speaker view when open, the talk's slugs. */
export interface Presenter {
  readonly page: Page;
  readonly random: Random;
  readonly slugs: readonly string[];
  /** Each slide's highest fragment index (-1 without fragments), read once: the run edits no slide. */
  readonly lastFragments: readonly number[];
  /** The speaker view (the deck's page with `?speaker`), when open. */
  speaker: Page | undefined;
  /** Called with every speaker view that opens, to listen to its errors. */
  readonly onSpeakerView: (speaker: Page) => void;
}

/** What a step did, for the log, and what must hold after it. */
export interface StepDone {
  description: string;
  /** Problems with the state after the step, as sentences; empty when it did what it should. */
  expect?: (after: DeckState) => string[] | Promise<string[]>;
}

export interface PresentingStep {
  name: string;
  /** How likely the step is in this state, relative to the others; 0 when it makes no sense. */
  weight(state: DeckState, presenter: Presenter): number;
  run(presenter: Presenter, before: DeckState): Promise<StepDone>;
}

/** Keys that step on: a keyboard's and a clicker's (clickers send PageDown / PageUp). */
const NEXT_KEYS = ['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'Space'];
const PREVIOUS_KEYS = ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'Shift+Space'];
/** A clicker's "black screen" button sends "." or "b"; reveal.js pauses the deck. */
const PAUSE_KEYS = ['b', '.'];
/** Keys that press a focused button; reveal.js must leave them to the matrix there. */
const ACTIVATION_KEYS = ['Enter', 'Space'];

/**
 * Window sizes a talk meets: projectors, laptops, a window dragged narrow, and phones, where
 * reveal.js switches to its scroll view (below SCROLL_VIEW_BELOW = 640 px in src/present/config.ts).
 */
const WINDOW_SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 800, height: 600 },
  { width: 700, height: 900 },
];
const PHONE_SIZES = [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
];
const SCROLL_VIEW_BELOW = 640;
/** reveal.js's `margin` (src/present/config.ts): the share of the window left around the slide. */
const SLIDE_MARGIN = 0.04;
const SLIDE_WIDTH = 1280;
const SLIDE_HEIGHT = 720;
/** How far the slide's drawn size may be from the size reveal.js should have scaled it to. */
const SCALE_TOLERANCE = 0.01;

/**
 * Bounds every click, focus and deep link: the configuration sets no action timeout, and a step that
 * waits forever would end the run at the test's timeout without saying which step it was.
 */
const ACTION_TIMEOUT_MS = 15_000;

/** Where the presenter is: slide, then fragment; for comparing before and after. */
function position(state: DeckState): [number, number] {
  return [state.index, state.currentFragment];
}

function compare([slideA, fragmentA]: [number, number], [slideB, fragmentB]: [number, number]): number {
  return slideA !== slideB ? slideA - slideB : fragmentA - fragmentB;
}

function where(state: DeckState): string {
  return `slide ${state.index + 1} ("${state.present.join(', ')}"), fragment ${state.currentFragment}`;
}

const presenting = (state: DeckState) => state.view === 'slides';
/** Keys reveal.js still hears while paused: only the ones that resume. */
const listening = (state: DeckState) => !state.paused && state.focus !== 'jump';

/** Nothing changed where the presenter is. */
function stayed(before: DeckState, after: DeckState, why: string): string[] {
  return compare(position(before), position(after)) === 0 ? [] : [`${why}, but the deck moved from ${where(before)} to ${where(after)}`];
}

const next: PresentingStep = {
  name: 'next',
  weight: (state) => (state.focus === 'jump' ? 0 : 30),
  async run({ page, random }, before) {
    // Space and Enter on a focused matrix button press the button (see the matrix steps).
    const key = random.pick(before.focus === 'matrix' ? NEXT_KEYS.filter((k) => !ACTIVATION_KEYS.includes(k)) : NEXT_KEYS);
    await page.keyboard.press(key);
    return {
      description: `press ${key} (next)`,
      expect(after) {
        if (before.view === 'scroll' || after.view === 'scroll') return [];
        if (before.paused) return stayed(before, after, `${key} while paused`);
        const moved = compare(position(after), position(before));
        const atEnd = before.index === before.slideCount - 1 && before.currentFragment === before.lastFragment;
        if (before.overview) {
          const problems = moved < 0 ? [`${key} in the overview went back from ${where(before)} to ${where(after)}`] : [];
          // Space closes the overview and steps on (reveal.js keyboard.js).
          if (key === 'Space' && after.overview) problems.push('Space did not close the overview');
          return problems;
        }
        if (atEnd) return stayed(before, after, `${key} on the last step of the talk`);
        if (before.currentFragment < before.lastFragment) {
          return after.index === before.index && after.currentFragment > before.currentFragment ? [] : [`${key} should show the next fragment of ${where(before)}, got ${where(after)}`];
        }
        const problems = after.index === before.index + 1 ? [] : [`${key} should go from ${where(before)} to the next slide, got ${where(after)}`];
        if (after.currentFragment !== -1) problems.push(`arriving on ${where(after)} going forward should show none of its fragments`);
        return problems;
      },
    };
  },
};

const previous: PresentingStep = {
  name: 'previous',
  weight: (state) => (state.focus === 'jump' ? 0 : 20),
  async run({ page, random }, before) {
    const key = random.pick(before.focus === 'matrix' ? PREVIOUS_KEYS.filter((k) => !k.endsWith('Space')) : PREVIOUS_KEYS);
    await page.keyboard.press(key);
    return {
      description: `press ${key} (previous)`,
      expect(after) {
        if (before.view === 'scroll' || after.view === 'scroll') return [];
        if (before.paused) return stayed(before, after, `${key} while paused`);
        const moved = compare(position(after), position(before));
        if (before.overview) {
          const problems = moved > 0 ? [`${key} in the overview went on from ${where(before)} to ${where(after)}`] : [];
          if (key === 'Shift+Space' && after.overview) problems.push('Shift+Space did not close the overview');
          return problems;
        }
        if (before.index === 0 && before.currentFragment === -1) return stayed(before, after, `${key} on the first slide`);
        if (before.currentFragment > -1) {
          return after.index === before.index && after.currentFragment < before.currentFragment ? [] : [`${key} should hide the last fragment of ${where(before)}, got ${where(after)}`];
        }
        const problems = after.index === before.index - 1 ? [] : [`${key} should go from ${where(before)} to the slide before, got ${where(after)}`];
        if (after.currentFragment !== after.lastFragment) problems.push(`arriving on ${where(after)} going back should show all its fragments`);
        return problems;
      },
    };
  },
};

const firstOrLast: PresentingStep = {
  name: 'first or last slide',
  weight: (state) => (listening(state) ? 2 : 0),
  async run({ page, random }, before) {
    const key = random.pick(['Home', 'End']);
    await page.keyboard.press(key);
    const target = key === 'Home' ? 0 : before.slideCount - 1;
    return {
      description: `press ${key}`,
      expect: (after) => (after.view === 'scroll' || after.index === target ? [] : [`${key} should go to slide ${target + 1}, got ${where(after)}`]),
    };
  },
};

const overview: PresentingStep = {
  name: 'overview',
  weight: (state) => (presenting(state) && listening(state) ? 5 : 0),
  async run({ page, random }, before) {
    const key = random.pick(['o', 'Escape']);
    await page.keyboard.press(key);
    // Escape on a matrix button resets a changed table first (src/matrix/mount.ts), except in
    // the overview, where the keys are the overview's.
    const resets = key === 'Escape' && !before.overview && before.focus === 'matrix' && before.matrixButtons.some((b) => b.kind === 'reset' && b.on);
    return {
      description: `press ${key} (${resets ? 'reset the matrix' : before.overview ? 'close the overview' : 'open the overview'})`,
      expect(after) {
        if (resets) {
          const problems = after.overview === before.overview ? [] : ['Escape on a changed matrix should reset it, not toggle the overview'];
          return [...problems, ...matrixResetProblems(after, 'Escape')];
        }
        return after.overview === !before.overview ? [] : [`${key} should ${before.overview ? 'close' : 'open'} the overview`];
      },
    };
  },
};

const pause: PresentingStep = {
  name: 'pause',
  // Paused, the presenter soon resumes; otherwise the black screen is rare.
  weight: (state) => (!presenting(state) || state.focus === 'jump' ? 0 : state.paused ? 20 : 1),
  async run({ page, random }, before) {
    const key = random.pick(PAUSE_KEYS);
    await page.keyboard.press(key);
    return {
      description: `press ${key} (${before.paused ? 'resume' : 'pause'})`,
      expect: (after) => [...(after.paused === !before.paused ? [] : [`${key} should ${before.paused ? 'resume' : 'pause'} the deck`]), ...stayed(before, after, key)],
    };
  },
};

/** A deep link's hash: a slide, maybe with the fragment to show (reveal.js's `#/slug/2`). */
const hashLink: PresentingStep = {
  name: 'deep link',
  weight: () => 6,
  async run({ page, random, slugs, lastFragments }) {
    // Half the jumps go to a slide with fragments (the matrix slides), where there is most to get wrong.
    const withFragments = lastFragments.flatMap((last, index) => (last >= 0 ? [index] : []));
    const index = withFragments.length > 0 && random.next() < 0.5 ? random.pick(withFragments) : random.int(0, slugs.length - 1);
    const fragment = lastFragments[index]! >= 0 && random.next() < 0.6 ? random.int(-1, lastFragments[index]!) : undefined;
    const hash = `#/${slugs[index]}${fragment === undefined ? '' : `/${fragment}`}`;
    // Waits for the hashchange reveal.js listens to; its listener was added first, so it ran first.
    const changed = await page.evaluate(
      ({ target, timeout }) => {
        if (location.hash === target) return false;
        return new Promise<boolean>((resolve, reject) => {
          window.addEventListener('hashchange', () => resolve(true), { once: true });
          setTimeout(() => reject(new Error(`no hashchange within ${timeout} ms of going to ${target}`)), timeout);
          location.hash = target;
        });
      },
      { target: hash, timeout: ACTION_TIMEOUT_MS },
    );
    return {
      description: `go to ${hash}${changed ? '' : ' (already there)'}`,
      expect(after) {
        if (after.view === 'scroll' || !changed) return [];
        const problems = after.index === index ? [] : [`${hash} should show slide ${index + 1}, got ${where(after)}`];
        if (fragment !== undefined && after.currentFragment !== fragment) problems.push(`${hash} should show fragment ${fragment}, got ${where(after)}`);
        return problems;
      },
    };
  },
};

/** reveal.js's "jump to slide" box: G, a slide number or slug, Enter. */
const jumpBox: PresentingStep = {
  name: 'jump to slide',
  weight: (state) => (presenting(state) && listening(state) ? 3 : 0),
  async run({ page, random, slugs }) {
    const index = random.int(0, slugs.length - 1);
    const query = random.next() < 0.5 ? String(index + 1) : slugs[index]!;
    await page.keyboard.press('g');
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    return {
      description: `jump to "${query}" (G)`,
      expect: (after) => [
        ...(after.index === index ? [] : [`jumping to "${query}" should show slide ${index + 1}, got ${where(after)}`]),
        ...(after.jumpToSlideOpen ? ['the jump box stayed open after Enter'] : []),
      ],
    };
  },
};

/** The slide's drawn size against the size reveal.js should scale it to in this window. */
export function slideScaleProblems(state: DeckState): string[] {
  if (state.view !== 'slides' || state.overview || !state.presentBox) return [];
  const { width, height } = state.viewport;
  const expected = Math.min((width * (1 - SLIDE_MARGIN)) / SLIDE_WIDTH, (height * (1 - SLIDE_MARGIN)) / SLIDE_HEIGHT);
  const drawn = state.presentBox.width / SLIDE_WIDTH;
  return Math.abs(drawn - expected) > SCALE_TOLERANCE ? [`in a ${width}×${height} window the slide is drawn at ${drawn.toFixed(3)} of its size, not ${expected.toFixed(3)}`] : [];
}

/** Bounds a wait for reveal.js to answer a resize; the wait ends as soon as it has. */
const RELAYOUT_TIMEOUT_MS = 10_000;

const resize: PresentingStep = {
  name: 'resize',
  weight: (state) => (state.focus === 'jump' ? 0 : 4),
  async run({ page, random }, before) {
    const sizes = random.next() < 0.2 ? PHONE_SIZES : WINDOW_SIZES;
    const size = random.pick(sizes.filter((s) => s.width !== before.viewport.width || s.height !== before.viewport.height));
    await page.setViewportSize(size);
    // reveal.js lays out again on the window's resize event, after this call returns: wait for
    // the view this width calls for, with the slide scaled to the window.
    const scroll = size.width < SCROLL_VIEW_BELOW;
    await page
      .waitForFunction(
        ({ width, height, scroll, margin, slideWidth, slideHeight, tolerance }) => {
          if (window.innerWidth !== width || window.innerHeight !== height) return false;
          if ((document.querySelector('.reveal-scroll') !== null) !== scroll) return false;
          const slide = document.querySelector('.reveal .slides > section.present');
          if (scroll || !slide || document.querySelector('.reveal.overview')) return true;
          const expected = Math.min((width * (1 - margin)) / slideWidth, (height * (1 - margin)) / slideHeight);
          return Math.abs(slide.getBoundingClientRect().width / slideWidth - expected) <= tolerance;
        },
        { ...size, scroll, margin: SLIDE_MARGIN, slideWidth: SLIDE_WIDTH, slideHeight: SLIDE_HEIGHT, tolerance: SCALE_TOLERANCE },
        { timeout: RELAYOUT_TIMEOUT_MS },
      )
      .catch(() => undefined); // what did not happen is reported below, with figures
    return {
      description: `resize the window to ${size.width}×${size.height}`,
      expect(after) {
        const view = scroll ? 'scroll' : 'slides';
        return [...(after.view === view ? [] : [`a ${size.width} px wide window should get the ${view} view, not the ${after.view} view`]), ...slideScaleProblems(after)];
      },
    };
  },
};

/**
 * The speaker view starts reveal.js twice (its previews); on a busy machine that takes seconds.
 * A bound, not a pause: the wait ends as soon as it shows what it should.
 */
const SPEAKER_VIEW_TIMEOUT_MS = 30_000;
/** The speaker view's preview of the audience's current step (src/speaker/layout.ts). */
const CURRENT_PREVIEW = '.speaker-preview:not(.speaker-preview-next) .slides > section.present';

/**
 * The speaker view shows the notes of the slide on screen (it follows over the sync channel). In
 * the scroll view several slides are on screen at once, so there is no one slide to compare with.
 */
async function speakerNotesFollow(presenter: Presenter, state: DeckState): Promise<string[]> {
  if (state.view !== 'slides' || state.present.length !== 1) return [];
  const slug = state.present[0]!;
  const notes = (await presenter.page.evaluate((id) => document.getElementById(id)?.querySelector('aside.notes')?.textContent ?? '', slug)).trim().slice(0, 60);
  const shown = presenter.speaker!.locator('.speaker-notes');
  try {
    await shown.filter({ hasText: notes || 'No notes for this slide.' }).waitFor({ timeout: SPEAKER_VIEW_TIMEOUT_MS });
    return [];
  } catch {
    const showing = await shown.textContent({ timeout: ACTION_TIMEOUT_MS }).catch(() => null);
    return [`on "${slug}" the speaker view shows notes "${(showing ?? '(none)').trim().slice(0, 60)}…", not "${notes}…"`];
  }
}

/**
 * Waits until the speaker view's preview shows the slide the deck shows, and says so if it never
 * does. Between steps this is also the presenter's pace.
 */
export async function speakerViewFollows(presenter: Presenter, state: DeckState): Promise<string[]> {
  if (!presenter.speaker || state.view !== 'slides' || state.present.length !== 1) return [];
  const slug = state.present[0]!;
  try {
    await presenter.speaker.waitForFunction(
      ({ id, selector }) => document.querySelector(selector)?.id === id,
      { id: slug, selector: CURRENT_PREVIEW },
      { timeout: SPEAKER_VIEW_TIMEOUT_MS },
    );
    return [];
  } catch {
    return [`the speaker view's preview never showed "${slug}"`];
  }
}

const openSpeakerView: PresentingStep = {
  name: 'open the speaker view',
  weight: (state, { speaker }) => (speaker || !presenting(state) || !listening(state) ? 0 : 0.6),
  async run(presenter, before) {
    const popup = presenter.page.waitForEvent('popup', { timeout: SPEAKER_VIEW_TIMEOUT_MS });
    await presenter.page.keyboard.press('s');
    presenter.speaker = await popup;
    presenter.onSpeakerView(presenter.speaker);
    await presenter.speaker.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached', timeout: SPEAKER_VIEW_TIMEOUT_MS });
    return {
      description: 'press S (open the speaker view)',
      async expect(after) {
        // Once the speaker view has loaded and heard from the deck, the audience still sees what it saw.
        const problems = [...(await speakerNotesFollow(presenter, after)), ...(await speakerViewFollows(presenter, after))];
        return [...problems, ...stayed(before, await readDeckState(presenter.page), 'opening the speaker view')];
      },
    };
  },
};

const closeSpeakerView: PresentingStep = {
  name: 'close the speaker view',
  weight: (_state, { speaker }) => (speaker ? 3 : 0),
  async run(presenter, before) {
    // Before closing: after all the steps since it opened, its notes still follow the deck.
    const following = await speakerNotesFollow(presenter, before);
    await presenter.speaker!.close();
    presenter.speaker = undefined;
    return {
      description: 'close the speaker view',
      expect: () => [...following, ...(presenter.page.context().pages().length === 1 ? [] : ['a window besides the deck is still open'])],
    };
  },
};

function describeButtons(buttons: readonly MatrixButton[]): string {
  return buttons.filter((b) => b.on).map((b) => `${b.kind} "${b.label}"`).join(', ') || 'nothing selected';
}

/**
 * After a reset the table is as the slide first showed it: no criteria open, nothing left to
 * reset. (Which row is selected then is the slide's own choice: slide 8 compares with one.)
 */
function matrixResetProblems(after: DeckState, how: string): string[] {
  return after.matrixButtons.some((b) => b.kind !== 'row' && b.on) ? [`${how} should reset the matrix, but left ${describeButtons(after.matrixButtons)}`] : [];
}

/** What pressing a matrix button must do: toggle it, close the other columns, or reset. */
function matrixButtonExpectation(before: DeckState, index: number, how: string) {
  const button = before.matrixButtons[index]!;
  return (after: DeckState): string[] => {
    const problems = stayed(before, after, `${how} "${button.label}"`);
    const now = after.matrixButtons[index];
    if (!now) return [...problems, `the matrix button "${button.label}" is gone`];
    if (button.kind === 'reset') problems.push(...matrixResetProblems(after, how));
    else if (now.on === button.on) problems.push(`${how} ${button.kind} "${button.label}" left it ${button.on ? 'on' : 'off'}`);
    return problems;
  };
}

/** The matrix buttons a presenter can reach now: on screen, not in a fragment still to come. */
function reachableButtons(state: DeckState): number[] {
  return state.matrixButtons.flatMap((button, index) => (button.visible ? [index] : []));
}

const canUseMatrix = (state: DeckState) => presenting(state) && listening(state) && !state.overview && reachableButtons(state).length > 0;

function matrixButton(page: Page, index: number) {
  return page.locator('.reveal .slides > section.present figure[data-matrix] button').nth(index);
}

const clickMatrix: PresentingStep = {
  name: 'click the matrix',
  weight: (state) => (canUseMatrix(state) ? 25 : 0),
  async run({ page, random }, before) {
    const index = random.pick(reachableButtons(before));
    await matrixButton(page, index).click({ timeout: ACTION_TIMEOUT_MS });
    return { description: `click the matrix's ${before.matrixButtons[index]!.kind} "${before.matrixButtons[index]!.label}"`, expect: matrixButtonExpectation(before, index, 'clicking') };
  },
};

const pressMatrix: PresentingStep = {
  name: 'press a matrix button',
  weight: (state) => (canUseMatrix(state) ? 15 : 0),
  async run({ page, random }, before) {
    const index = random.pick(reachableButtons(before));
    const key = random.pick(ACTIVATION_KEYS);
    await matrixButton(page, index).focus({ timeout: ACTION_TIMEOUT_MS });
    await page.keyboard.press(key);
    return {
      description: `focus the matrix's ${before.matrixButtons[index]!.kind} "${before.matrixButtons[index]!.label}" and press ${key}`,
      expect: matrixButtonExpectation(before, index, `${key} on`),
    };
  },
};

/** Every step a random run picks from. */
export const PRESENTING_STEPS: readonly PresentingStep[] = [
  next,
  previous,
  firstOrLast,
  overview,
  pause,
  hashLink,
  jumpBox,
  resize,
  openSpeakerView,
  closeSpeakerView,
  clickMatrix,
  pressMatrix,
];

/** Picks the next step, each as likely as its weight in this state. */
export function pickStep(state: DeckState, presenter: Presenter): PresentingStep {
  const choices = PRESENTING_STEPS.map((step) => ({ weight: step.weight(state, presenter), value: step })).filter((choice) => choice.weight > 0);
  return presenter.random.weighted(choices);
}
