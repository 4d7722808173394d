/**
 * Browser entry: mounts the slides the loader rendered, starts reveal.js, mounts the widgets
 * and signals ready. The speaker's notes plugin is loaded only in builds that carry notes,
 * so the audience build contains neither the notes nor the speaker view.
 */
import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import './theme/deck.css';
import { sections } from 'virtual:deck';
import { preparePrint } from './export/print.ts';
import { announceSlides } from './present/announce.ts';
import { coverPainted } from './present/cover.ts';
import { keepFollowedLinks } from './present/followed-link.ts';
import { releaseFocusLeftBehind } from './present/focus.ts';
import { closeJumpBoxOnlyWhenLeft } from './present/jump-box.ts';
import { presentingConfig } from './present/config.ts';
import { replaceSections, updateInPlace } from './present/hot.ts';
import { writeAddressAtOnce } from './present/address.ts';
import { totalTiming } from './present/pacing.ts';
import { signalReady } from './present/ready.ts';
import { followDeepLinks } from './present/scroll-view.ts';
import { quietPreviewUntilTold } from './present/speaker-preview.ts';
import { followViewSwitches } from './present/view-switch.ts';
import { mountWidgets } from './widgets/mount.ts';

const root = document.querySelector<HTMLElement>('.reveal')!;
const slides = root.querySelector<HTMLElement>('.slides')!;

// __DECK_NOTES__ is a build-time constant, so the audience build drops this import entirely.
const plugins = __DECK_NOTES__ ? [(await import('reveal.js/plugin/notes')).default] : [];
await coverPainted(slides);
// The sections take the cover's place only now, in the same task as reveal.js lays them out,
// so no frame is painted between the cover and the first slide.
slides.innerHTML = sections;
const previewTold = quietPreviewUntilTold();
keepFollowedLinks();
const deck = new Reveal(root, presentingConfig(totalTiming(slides), plugins));
await deck.initialize();
previewTold(deck);
let widgets = mountWidgets(slides, deck);
announceSlides(deck);
releaseFocusLeftBehind(deck);
closeJumpBoxOnlyWhenLeft(deck);
followViewSwitches(deck);
await preparePrint(deck);
await document.fonts.ready;
followDeepLinks(deck);
writeAddressAtOnce(deck);
signalReady();

// Saving a slide swaps the sections in place; the speaker stays where they were.
if (import.meta.hot) updateInPlace(import.meta.hot);
import.meta.hot?.accept('virtual:deck', (module) => {
  if (!module) return;
  widgets.destroy();
  replaceSections(deck, slides, String(module.sections));
  widgets = mountWidgets(slides, deck);
});
