/**
 * The slides' background pictures. The page's HTML leaves them out (src/deck/page.ts: Vite
 * resolves the images a page links, not reveal.js's `data-background-image`); `virtual:deck`
 * carries their resolved URLs, and they are set here before reveal.js reads the sections.
 */

/** Sets `data-background-image` on each slide named in `backgrounds` ([slug, URL]). */
export function showBackgrounds(slides: HTMLElement, backgrounds: readonly (readonly [string, string])[]): void {
  for (const [slug, url] of backgrounds) slides.querySelector(`:scope > section#${CSS.escape(slug)}`)?.setAttribute('data-background-image', url);
}
