/**
 * Finds slide content that does not fit: boxes and lines of text that reach past the slide's
 * 1280×720 canvas, and elements whose own content is cut off or spills out of them
 * (scrollHeight > clientHeight). `measureOverflow` runs in the page (pass it to
 * `page.evaluate`), so it must not use anything from outside its own body.
 */

/** One piece of content that does not fit, in slide pixels (the 1280×720 canvas, unscaled). */
export interface Overflow {
  /** The slide's id (its slug). */
  slide: string;
  /** The element, as a person would find it: tag, class and the start of its text. */
  element: string;
  /** Which edge of the slide it crosses, or how its own box fails to hold it. */
  where: 'left' | 'right' | 'top' | 'bottom' | 'cut off' | 'spills out';
  px: number;
}

export interface MeasureRequest {
  /**
   * The slides to measure: the present `<section>` on screen, or every `<section>` of the print
   * view. Each is measured against a slide-sized box at its top-left corner.
   */
  slides: string;
  width: number;
  height: number;
  /** Up to this many slide pixels is rounding, not overflow. */
  tolerance: number;
  /** Elements never shown on the slide, left out with everything inside them. */
  ignore: string;
}

/** The slide canvas (src/present/config.ts). */
const SLIDE_WIDTH = 1280;
const SLIDE_HEIGHT = 720;
/** Browsers round boxes to device pixels; a pixel is not overflow anyone sees. */
const ROUNDING_PX = 1;
/** Speaker notes and screen-reader-only text are in the slide but never on it. */
const NEVER_SHOWN = 'aside.notes, .visually-hidden, script, style';

/** A request for the slides `slides` selects, with the deck's canvas and the usual exclusions. */
export function overflowRequest(slides: string): MeasureRequest {
  return { slides, width: SLIDE_WIDTH, height: SLIDE_HEIGHT, tolerance: ROUNDING_PX, ignore: NEVER_SHOWN };
}

/** Measures the slides `request.slides` selects. Runs in the page. */
export function measureOverflow(request: MeasureRequest): Overflow[] {
  const found: Overflow[] = [];
  const describe = (element: Element) => {
    const name = element.tagName.toLowerCase() + (element.classList[0] ? `.${element.classList[0]}` : '');
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text ? `${name} "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"` : name;
  };
  for (const slide of document.querySelectorAll<HTMLElement>(request.slides)) {
    const frame = slide.getBoundingClientRect();
    // reveal.js scales the canvas to the window; measure in the canvas's own pixels.
    const scale = frame.width / slide.offsetWidth;
    const box = { left: frame.left, top: frame.top, right: frame.left + request.width * scale, bottom: frame.top + request.height * scale };
    /** The worst overshoot of each element past each edge. */
    const edges = new Map<Element, Map<Overflow['where'], number>>();
    const note = (element: Element, where: Overflow['where'], px: number) => {
      if (px <= request.tolerance) return;
      const byEdge = edges.get(element) ?? new Map<Overflow['where'], number>();
      byEdge.set(where, Math.max(byEdge.get(where) ?? 0, px));
      edges.set(element, byEdge);
    };
    const measureRect = (element: Element, rect: DOMRect) => {
      if (rect.width === 0 && rect.height === 0) return;
      note(element, 'left', (box.left - rect.left) / scale);
      note(element, 'top', (box.top - rect.top) / scale);
      note(element, 'right', (rect.right - box.right) / scale);
      note(element, 'bottom', (rect.bottom - box.bottom) / scale);
    };
    const elements = [...slide.querySelectorAll('*')].filter((element) => !element.closest(request.ignore));
    for (const element of elements) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      measureRect(element, element.getBoundingClientRect());
      // Lines of text, which can leave a box that stays in place (a fixed height, overflow visible).
      for (const child of element.childNodes) {
        if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(child);
        for (const line of range.getClientRects()) measureRect(element, line);
      }
      if (!(element instanceof HTMLElement) || style.display === 'inline' || style.display === 'contents') continue;
      const beyond = Math.max(element.scrollHeight - element.clientHeight, element.scrollWidth - element.clientWidth);
      // A box that clips hides what does not fit. A box that does not clip lets it run on, which
      // shows only where the box is painted (a card, a balloon): text past its edge is then
      // plainly outside it. Unpainted boxes are left to the slide-edge check (glyphs of a tight
      // line-height poke out of their line boxes by design).
      const clips = [style.overflowX, style.overflowY].some((value) => value !== 'visible');
      const painted = !/rgba\(.*,\s*0\)$|transparent/.test(style.backgroundColor) || style.backgroundImage !== 'none' || ['Top', 'Right', 'Bottom', 'Left'].some((side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0);
      if (clips) note(element, 'cut off', beyond);
      else if (painted) note(element, 'spills out', beyond);
    }
    // Name the innermost element that overflows, not every box around it.
    for (const [element, byEdge] of edges) {
      for (const [where, px] of byEdge) {
        const explained = [...edges].some(([other, otherEdges]) => other !== element && element.contains(other) && (otherEdges.get(where) ?? 0) >= px - request.tolerance);
        if (!explained) found.push({ slide: slide.id, element: describe(element), where, px: Math.round(px) });
      }
    }
  }
  return found;
}

/** One line per overflow, for a failure message. */
export function formatOverflow(overflow: Overflow, view: string): string {
  const how =
    overflow.where === 'cut off'
      ? `has ${overflow.px} px of its content cut off`
      : overflow.where === 'spills out'
        ? `spills ${overflow.px} px out of its own box`
        : `reaches ${overflow.px} px past the slide's ${overflow.where} edge`;
  return `${overflow.slide} (${view}): ${overflow.element} ${how}`;
}
