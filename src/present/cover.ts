/**
 * The browser's side of the cover (src/deck/cover.ts, the first slide written into index.html):
 * when the deck's sections may take its place.
 */

/**
 * Resolves once the cover has been on screen. A module script runs as soon as the stylesheet
 * has arrived, before the browser's first frame, so without this wait the reader would see
 * nothing until reveal.js has laid the deck out. "On screen" is the first contentful paint as
 * the browser reports it, once the frame is presented; before that, taking the page over would
 * also cost Chromium its record of the title's paint. Not for a deep link (the cover is the
 * title, not their slide) nor in a hidden tab, which paints nothing until it is shown.
 */
export function coverPainted(slides: HTMLElement): Promise<void> {
  const cover = slides.querySelector(':scope > section[data-cover]');
  const contentful = cover !== null && (cover.textContent?.trim() !== '' || cover.querySelector('img, svg') !== null);
  const opensAtTitle = location.hash === '' || location.hash === '#/';
  if (!contentful || !opensAtTitle || document.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((resolve) => {
    // Whatever happens, the deck starts, if late.
    setTimeout(resolve, COVER_WAIT_LIMIT_MS);
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return void requestAnimationFrame(() => setTimeout(resolve));
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/**
 * The first frame comes within a few frames of the script, but its report can lag by hundreds
 * of milliseconds on a busy machine (seen at 4× CPU slowdown); a second is the most a reader
 * would wait for reveal.js on a page that, for whatever reason, is never reported painted.
 */
const COVER_WAIT_LIMIT_MS = 1000;
