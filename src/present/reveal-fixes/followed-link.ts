/**
 * A link followed within the deck (`#/references`, a deep link typed into the address bar)
 * goes where it says, even when reveal.js was about to write the address itself.
 *
 * reveal.js 6.0.2 (js/controllers/location.js) writes the current slide into the address with
 * `history.replaceState`, at most once a second; a write due within that second waits on a
 * timer. When that timer fires between the link changing the address and the `hashchange`
 * event that reveal.js reads it on (a busy page leaves room for it), the address is the
 * previous slide's again, and reveal.js goes nowhere. The event still carries the address the
 * link set (`newURL`): this puts it back first, so it must be in place before reveal.js adds
 * its own listener.
 */
import type { RevealFix } from './fix.ts';

export const followedLink: RevealFix = {
  id: 'followed-link',
  description: 'a link followed just as reveal.js rewrites the address (its delayed write) goes nowhere',
  revealVersion: '6.0.2',
  phase: 'before-initialize',
  install() {
    const restore = (event: HashChangeEvent) => {
      const followed = new URL(event.newURL);
      // Only when the address changed since, and only its hash: anything else is not ours to undo.
      if (followed.hash === location.hash || followed.pathname !== location.pathname || followed.search !== location.search) return;
      history.replaceState(history.state, '', followed.hash);
    };
    window.addEventListener('hashchange', restore);
    return () => window.removeEventListener('hashchange', restore);
  },
};
