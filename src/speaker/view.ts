/**
 * The speaker view: a page of the deck (`?speaker`) that shows the current step and the next,
 * the notes in large type, the clock, the talk time and the pacing, and drives the audience's
 * deck over the sync channel. Any number may be open; each follows the deck.
 */
// reveal.js's and the deck's stylesheet come with the page (src/index.html links src/theme/deck.css):
// imported again here, reveal.css would follow the deck's rules in the single file and undo them.
import './speaker.css';
import { browserTransports, openChannel, type DeckPosition } from './channel.ts';
import { speakerAction, type SpeakerAction } from './keys.ts';
import { speakerLayout } from './layout.ts';
import { fitNotes } from './notes-fit.ts';
import { notesSize, NOTES_SIZE_STEP } from './notes-size.ts';
import { clockText, pace, plannedStart } from './pace.ts';
import { talkPlan, type PlanSlide } from './plan.ts';
import { startPreviews } from './previews.ts';
import { RehearsalPanel } from './rehearsal-panel.ts';
import { offerTwoScreens } from './two-screens.ts';
import { talkStore } from './store.ts';
import { arrive, elapsed, isRunning, isStale, joinTalk, onSlide, parseClock, pause, resume, type TalkClock } from './talk-clock.ts';

/** How often the clock, timer and pacing are redrawn: often enough that seconds never skip. */
const TICK_MS = 250;
/** `#/slug` or `#/slug/2` in the speaker view's own address: where to show until the deck answers. */
const SLIDE_HASH = /^#\/([^/]+)(?:\/(-?\d+))?/;

export interface SpeakerView {
  /** A saved slide (dev server): new sections, same place in the talk. */
  update(sections: string): void;
}

/** Replaces the page with the speaker view of the talk whose slides are in `slides` (the page's `.slides`). */
export async function startSpeakerView(slides: HTMLElement, talk: { title: string }): Promise<SpeakerView> {
  // Read before the page is replaced: the build wrote the slides, with their notes, into it.
  const sections = slides.innerHTML;
  document.title = `Speaker view · ${talk.title}`;
  const main = document.createElement('main');
  document.body.replaceChildren(main);
  const part = speakerLayout(main);
  part('title').textContent = `Speaker view: ${talk.title}`;
  const store = talkStore(talk.title);
  let plan = talkPlan(sections);
  let position = positionFromHash(plan, location.hash);
  let connected = false;

  const [currentRoot, nextRoot] = [...main.querySelectorAll<HTMLElement>('.speaker-preview-frame .reveal')];
  const previews = await startPreviews(currentRoot!, nextRoot!, sections);
  const timings = () => plan.map((slide) => slide.timing);
  const indexOf = (slug: string) => Math.max(0, plan.findIndex((slide) => slide.slug === slug));

  const readClock = (): TalkClock => {
    const stored = parseClock(store.read('talk-clock'));
    if (stored && !isStale(stored, Date.now())) return stored;
    const fresh = startingClock();
    saveClock(fresh);
    return fresh;
  };
  const saveClock = (clock: TalkClock) => store.write('talk-clock', JSON.stringify(clock));
  /** As if the talk had gone to plan until now; at the very start it waits for the first step. */
  const startingClock = () => {
    const index = indexOf(position.slug);
    return joinTalk(position.slug, plannedStart(timings(), index) * 1000, Date.now(), index > 0 || position.f > -1);
  };

  const channel = openChannel(browserTransports(store.channelName), (message) => {
    if (message.kind === 'state') follow(message.state);
  });
  const rehearsal = new RehearsalPanel(part, store, () => plan, {
    start() {
      saveClock(joinTalk(plan[0]?.slug ?? '', 0, Date.now(), true));
      // A black screen ignores steps, as the deck's own keys do: show the slides first.
      if (position.paused) channel.send({ kind: 'command', command: 'togglePause' });
      channel.send({ kind: 'command', command: 'first' });
    },
  });
  const notes = notesSize(store, () => fitNotesToPanel());
  const fitNotesToPanel = fitNotes(part('notes'), part('notes-more'), notes);
  /** The slide whose notes are in the panel (null: none yet); a step within it leaves them, and the speaker's scrolling, alone. */
  let notesOf: PlanSlide | undefined | null = null;

  function follow(state: DeckPosition): void {
    connected = true;
    const moved = state.slug !== position.slug;
    position = state;
    let clock = readClock();
    if (moved) {
      clock = arrive(clock, state.slug, Date.now());
      // The talk starts with the first step, unless the speaker paused the timer on purpose later.
      if (!isRunning(clock) && clock.elapsedMs === 0) clock = resume(clock, Date.now());
      saveClock(clock);
    }
    rehearsal.moveTo(state.slug);
    render();
  }

  function render(): void {
    part('waiting').hidden = connected;
    part('blackout').hidden = !position.paused;
    previews.show(position);
    const index = indexOf(position.slug);
    const slide = plan[index];
    part('now-title').textContent = slide?.title ?? '';
    part('now-step').textContent = `slide ${index + 1} of ${plan.length}${position.f >= 0 ? `, step ${position.f + 1}` : ''}`;
    const nextSlug = previews.nextSlug();
    part('next-title').textContent =
      nextSlug === undefined ? '' : nextSlug === slide?.slug ? `${slide.title}, next step` : (plan.find((each) => each.slug === nextSlug)?.title ?? '');
    part('end').hidden = nextSlug !== undefined;
    if (slide !== notesOf) {
      showNotes(part('notes'), slide);
      // A save puts the slide's notes in anew where the speaker was reading; another slide's notes start at the top.
      if (slide?.slug !== notesOf?.slug) part('notes').scrollTop = 0;
      notesOf = slide;
      fitNotesToPanel();
    }
    part('plan').textContent = rehearsal.besidePlan(slide);
    tick();
  }

  function tick(): void {
    const now = Date.now();
    const clock = readClock();
    part('clock').textContent = new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    part('elapsed').textContent = clockText(elapsed(clock, now) / 1000);
    part('timer-toggle').textContent = isRunning(clock) ? 'Pause timer' : 'Resume timer';
    const index = indexOf(position.slug);
    const slideMs = clock.slide === position.slug ? onSlide(clock, now) : 0;
    const result = pace(timings(), index, slideMs / 1000, elapsed(clock, now) / 1000);
    part('pace-slide').textContent = result.slide;
    part('pace-talk').textContent = result.talk;
    part('pace').dataset.level = result.level;
    rehearsal.tick();
  }

  function act(action: SpeakerAction): void {
    if ('command' in action) channel.send({ kind: 'command', command: action.command });
    else if ('notes' in action) notes.change(action.notes === 'bigger' ? NOTES_SIZE_STEP : -NOTES_SIZE_STEP);
    else rehearsal.toggle();
  }

  window.addEventListener('keydown', (event) => {
    const action = speakerAction(event, event.target instanceof HTMLButtonElement);
    if (!action) return;
    event.preventDefault();
    act(action);
  });
  part('timer-toggle').addEventListener('click', () => {
    const clock = readClock();
    saveClock(isRunning(clock) ? pause(clock, Date.now()) : resume(clock, Date.now()));
    tick();
  });
  part('timer-reset').addEventListener('click', () => {
    saveClock(startingClock());
    tick();
  });
  part('notes-bigger').addEventListener('click', () => act({ notes: 'bigger' }));
  part('notes-smaller').addEventListener('click', () => act({ notes: 'smaller' }));
  offerTwoScreens(part('present'), part('screens-hint'), (screen) => channel.send({ kind: 'present', screen }));

  render();
  setInterval(tick, TICK_MS);
  channel.send({ kind: 'hello' });
  document.documentElement.dataset.speakerViewReady = 'true';

  return {
    update(next) {
      plan = talkPlan(next);
      previews.replace(next);
      render();
    },
  };
}

/** The slide the deck's address names, or the first; the deck's answer corrects it. */
function positionFromHash(plan: readonly PlanSlide[], hash: string): DeckPosition {
  const match = SLIDE_HASH.exec(hash);
  const index = match ? plan.findIndex((slide) => slide.slug === decodeURIComponent(match[1]!)) : -1;
  const h = Math.max(0, index);
  return { h, v: 0, f: match?.[2] !== undefined && index >= 0 ? Number(match[2]) : -1, slug: plan[h]?.slug ?? '', paused: false };
}

/** The slide's notes, as the loader rendered them; a slide without notes says so. */
function showNotes(target: HTMLElement, slide: PlanSlide | undefined): void {
  if (slide?.notes) target.replaceChildren(...[...slide.notes.childNodes].map((node) => node.cloneNode(true)));
  else {
    const none = document.createElement('p');
    none.className = 'speaker-no-notes';
    none.textContent = 'No notes for this slide.';
    target.replaceChildren(none);
  }
}
