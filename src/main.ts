/**
 * Browser entry: starts reveal.js on the slides the build wrote into index.html
 * (src/deck/page.ts), mounts the widgets and signals ready. In builds that carry notes the deck
 * links to its speaker views (S), and the same page with `?speaker` is the speaker view, which
 * reads the slides from this page; the audience build contains neither.
 */
import Reveal from 'reveal.js';
import { backgrounds, talk } from 'virtual:deck';
import { preparePrint } from './print/print.ts';
import { announceSlides } from './present/announce.ts';
import { showBackgrounds } from './present/backgrounds.ts';
import { loadPicturesAhead } from './present/pictures-ahead.ts';
import { firstFramePainted } from './present/first-frame.ts';
import { presentingConfig } from './present/config.ts';
import { replaceSections, updateInPlace } from './present/hot.ts';
import { totalTiming } from './present/pacing.ts';
import { signalReady } from './present/ready.ts';
import { installFixes } from './present/reveal-fixes/index.ts';
import { fitScrollView } from './present/scroll-view.ts';
import { isSpeakerView } from './speaker/address.ts';
import { chooseTheme } from './theme/choose-theme.ts';
import { mountWidgets } from './widgets/mount.ts';
import { WIDGET_MOUNTS } from './widgets/mounts.ts';

chooseTheme();
const root = document.querySelector<HTMLElement>('.reveal')!;
const slides = root.querySelector<HTMLElement>('.slides')!;
showBackgrounds(slides, backgrounds);

/** What a hot update of the slides (dev server) does on this page. */
let onSavedSlides: (sections: string) => void;

// __DECK_NOTES__ is a build-time constant, so the audience build drops the speaker view entirely.
if (__DECK_NOTES__ && isSpeakerView(location.search)) {
  const { startSpeakerView } = await import('./speaker/view.ts');
  const view = await startSpeakerView(slides, talk);
  onSavedSlides = (saved) => view.update(saved);
  await document.fonts.ready;
  signalReady();
} else {
  // Zoom (Alt+click) lets the back of a large hall read the matrix; presenting builds only.
  // reveal.js's search plugin is left out: its box is markup with a `style` attribute, which the
  // Content-Security-Policy (src/publish/csp.ts, no 'unsafe-inline') blocks.
  const plugins = __DECK_NOTES__ ? [(await import('reveal.js/plugin/zoom')).default] : [];
  await firstFramePainted();
  const deck = new Reveal(root, presentingConfig(totalTiming(slides), plugins));
  // Each phase's workarounds for reveal.js faults: src/present/reveal-fixes/index.ts.
  installFixes(deck, 'before-initialize');
  await deck.initialize();
  let widgets = mountWidgets(slides, deck, WIDGET_MOUNTS);
  announceSlides(deck);
  const picturesAhead = loadPicturesAhead(deck);
  installFixes(deck, 'after-initialize');
  // The print view (the PDF handout) is printed, never presented: it needs no speaker view.
  if (__DECK_NOTES__ && !deck.isPrintView()) (await import('./speaker/deck-link.ts')).linkSpeakerViews(deck, talk.title);
  await preparePrint(deck);
  await document.fonts.ready;
  fitScrollView(deck);
  installFixes(deck, 'before-ready');
  signalReady();
  // Saving a slide swaps the sections in place; the speaker stays where they were.
  onSavedSlides = (saved) => {
    widgets.destroy();
    replaceSections(deck, slides, saved);
    widgets = mountWidgets(slides, deck, WIDGET_MOUNTS);
    picturesAhead();
  };
}

// A running page takes down a stale error overlay before an update, so Vite does not reload it.
if (import.meta.hot) updateInPlace(import.meta.hot);
// Only the dev server's module carries the sections (src/deck/module.ts).
import.meta.hot?.accept('virtual:deck', (module) => {
  if (typeof module?.sections === 'string') onSavedSlides(module.sections);
});
