/** Print view and handout preparation: owned by the PDF export work (issue 4). */
import type { RevealApi } from 'reveal.js';

/** Called once reveal.js is ready, before the ready signal. */
export async function preparePrint(_deck: RevealApi): Promise<void> {}
