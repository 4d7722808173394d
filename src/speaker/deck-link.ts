/**
 * The audience's side of the speaker view, loaded only in builds that carry notes: S opens the
 * speaker view, the deck tells every speaker view where the talk is, and does what they ask.
 */
import type { RevealApi } from 'reveal.js';
import { speakerViewUrl } from './address.ts';
import { browserTransports, openChannel, type DeckCommand, type DeckPosition, type SpeakerMessage } from './channel.ts';
import { showPopupHint } from './popup-hint.ts';
import { offerFullScreenOn } from './present-on.ts';
import { talkStore, type TalkStore } from './store.ts';
import { arrive, parseClock } from './talk-clock.ts';

/** Every change a speaker view must show. `sync` follows a hot update of the slides. */
const TOLD_ON = ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed', 'sync'] as const;
/** The key reveal.js's notes plugin used for its speaker view; speakers know it. */
const SPEAKER_KEY = { keyCode: 83, key: 'S', description: 'Speaker view (in a new window)' };
/** One speaker window, reused: S pressed twice brings it forward rather than opening another. */
const SPEAKER_WINDOW = 'deck-speaker-view';

/** Links the deck to its speaker views. */
export function linkSpeakerViews(deck: RevealApi, talkTitle: string): void {
  const store = talkStore(talkTitle);
  const channel = openChannel(browserTransports(store.channelName), (message) => receive(deck, message, tell));
  function tell(): void {
    const state = position(deck);
    noteArrival(store, state.slug);
    channel.send({ kind: 'state', state });
  }
  for (const event of TOLD_ON) deck.on(event, tell);
  deck.addKeyBinding(SPEAKER_KEY, () => openSpeakerView());
  tell();
}

/** Opens the speaker view in a new window, or says where to open it when the browser refuses. */
export function openSpeakerView(): void {
  const address = speakerViewUrl(location.href);
  const opened = window.open(address, SPEAKER_WINDOW);
  if (opened) opened.focus();
  else showPopupHint(address);
}

function position(deck: RevealApi): DeckPosition {
  const { h, v, f } = deck.getIndices();
  return { h, v: v ?? 0, f: f ?? -1, slug: deck.getCurrentSlide()?.id ?? '', paused: deck.isPaused() };
}

function receive(deck: RevealApi, message: SpeakerMessage, tell: () => void): void {
  if (message.kind === 'hello') tell();
  else if (message.kind === 'command') run(deck, message.command);
  else if (message.kind === 'present') offerFullScreenOn(message.screen);
}

/** A speaker view's key, done as the deck's own key would: while black, only "resume" counts. */
function run(deck: RevealApi, command: DeckCommand): void {
  if (command === 'togglePause') return deck.togglePause();
  if (deck.isPaused()) return;
  if (command === 'next') deck.next();
  else if (command === 'prev') deck.prev();
  else if (command === 'first') deck.slide(0);
  else deck.slide(deck.getTotalSlides() - 1);
}

/** The talk timer times the slide from when the deck arrives on it, speaker view open or not. */
function noteArrival(store: TalkStore, slug: string): void {
  const clock = parseClock(store.read('talk-clock'));
  if (!clock || !slug) return;
  const moved = arrive(clock, slug, Date.now());
  if (moved !== clock) store.write('talk-clock', JSON.stringify(moved));
}
