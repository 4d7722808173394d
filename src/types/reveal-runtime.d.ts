/**
 * Members reveal.js 6.0 has at run time (js/reveal.js, its API object) that its bundled
 * types (dist/reveal.d.ts) do not list yet. Declared once here rather than cast at each use.
 */
import 'reveal.js';

declare module 'reveal.js' {
  interface RevealApi {
    /** True while the scroll view is on (a narrow window, or `view: 'scroll'`). */
    isScrollView(): boolean;
    /** True in the print view (`?print-pdf`); the types still call it `isPrintingPDF`. */
    isPrintView(): boolean;
    /** Opens (true), closes (false) or toggles the jump-to-slide box (G). */
    toggleJumpToSlide(open?: boolean): void;
  }
}
