/** Accessibility while presenting and reading: owned by the publishing work (issue 7). */
import type { RevealApi } from 'reveal.js';

/** Wires screen-reader announcements and focus handling to the deck. */
export function announceSlides(_deck: RevealApi): void {}
