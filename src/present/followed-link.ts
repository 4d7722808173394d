/**
 * A link followed within the deck (`#/references`, a deep link typed into the address bar)
 * goes where it says, even when reveal.js was about to write the address itself.
 *
 * reveal.js writes the current slide into the address with `history.replaceState`, at most once
 * a second; a write due within that second waits on a timer. When that timer fires between the
 * link changing the address and the `hashchange` event that reveal.js reads it on (a busy page
 * leaves room for it), the address is the previous slide's again, and reveal.js goes nowhere.
 * The event still carries the address the link set (`newURL`): this puts it back first.
 * Must be added before reveal.js starts, so that it runs before reveal.js's own listener.
 */
export function keepFollowedLinks(): void {
  window.addEventListener('hashchange', (event) => {
    const followed = new URL(event.newURL);
    // Only when the address changed since, and only its hash: anything else is not ours to undo.
    if (followed.hash === location.hash || followed.pathname !== location.pathname || followed.search !== location.search) return;
    history.replaceState(history.state, '', followed.hash);
  });
}
