/**
 * The address follows the slide at once. reveal.js 6.0.2 (js/controllers/location.js) writes
 * it with `history.replaceState` at most once a second (MAX_REPLACE_STATE_FREQUENCY): a change
 * within that second waits on a timer, so a reload right after a key press went back a slide.
 * This writes reveal.js's own path for the slide (`getSlidePath`) on every change; its delayed
 * write, when it comes, writes the same address.
 */
import type { RevealFix } from './fix.ts';

/** The events after which the current slide or fragment, and so the address, has changed. */
const CHANGES = ['slidechanged', 'fragmentshown', 'fragmenthidden'] as const;

export const addressWrittenLate: RevealFix = {
  id: 'address-written-late',
  description: 'the address lags the slide by up to a second, so a reload right after a key press goes back',
  revealVersion: '6.0.2',
  upstream: 'https://github.com/hakimel/reveal.js/pull/3402',
  phase: 'before-ready',
  install(deck) {
    const write = () => {
      const path = deck.getSlidePath();
      // reveal.js writes the first slide, when it has no id, as the bare page address.
      const address = path === '/' ? `${location.pathname}${location.search}` : `#${path}`;
      if (path === '/' ? location.hash !== '' : location.hash !== `#${path}`) history.replaceState(history.state, '', address);
    };
    for (const event of CHANGES) deck.on(event, write);
    return () => {
      for (const event of CHANGES) deck.off(event, write);
    };
  },
};
