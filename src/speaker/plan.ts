/**
 * The talk as the speaker view needs it, read from the sections the loader rendered: each
 * slide's slug, title, planned seconds (`data-timing`, from src/deck/pacing.ts) and notes.
 */

export interface PlanSlide {
  slug: string;
  title: string;
  /** Planned seconds. */
  timing: number;
  /** The notes as the loader rendered them (a detached `<aside class="notes">`), if any. */
  notes: HTMLElement | undefined;
}

/** The slides of `sections` (the virtual:deck module's HTML), in order. */
export function talkPlan(sections: string): PlanSlide[] {
  const template = document.createElement('template');
  template.innerHTML = sections;
  return [...template.content.children].filter((element): element is HTMLElement => element.localName === 'section').map((section) => ({
    slug: section.id,
    title: section.dataset.title ?? section.id,
    timing: Number(section.dataset.timing ?? 0),
    notes: [...section.children].find((child): child is HTMLElement => child.localName === 'aside' && child.classList.contains('notes')),
  }));
}
