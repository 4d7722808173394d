/**
 * The live matrix as the specs see it: the three slides that place it and the controls a
 * presenter uses, found by role and name the way a screen-reader user would find them.
 */
import type { Locator, Page } from '@playwright/test';
import type { DeckPage } from '../deck.ts';

/** The slides that place the matrix, by slug (slide 6, 7 and 8). */
export const MATRIX_SLIDES = {
  varieties: 'varieties-of-social-production',
  characteristics: 'characteristics-of-social-production',
  observations: 'gated-openness',
} as const;

/** The rows of slide 6 in table order, as slides/production-matrix.yaml lists them. */
export const VARIETIES = ['Social production', 'Peer production', 'Commons-based peer production', 'Social crowdsourcing'];
export const CHARACTERISTICS = ['Distributiveness', 'Openness', 'Socialness'];

export class MatrixSlide {
  constructor(
    readonly deck: DeckPage,
    readonly slug: string,
  ) {}

  get page(): Page {
    return this.deck.page;
  }

  /** The slide's `<section>`. */
  get section(): Locator {
    return this.page.locator(`.reveal .slides > section#${this.slug}`);
  }

  get table(): Locator {
    return this.section.getByRole('table');
  }

  /** A body row by the start of its header's text ("Peer production" is not "Commons-based peer production"). */
  row(name: string): Locator {
    const start = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    return this.table.locator('tbody tr').filter({ has: this.page.getByRole('rowheader', { name: start }) });
  }

  /** The button in a characteristic's column header. */
  column(name: string): Locator {
    return this.table.locator('thead').getByRole('button', { name });
  }

  /** The button in a variety's row header. */
  variety(name: string): Locator {
    return this.table.locator('tbody').getByRole('button', { name, exact: true });
  }

  /** The criteria panel of a characteristic, by its accessible name. */
  criteria(name: string): Locator {
    return this.section.getByRole('region', { name: `${name}: criteria` });
  }

  get reset(): Locator {
    return this.section.getByRole('button', { name: 'Reset table' });
  }

  /** The sentence under slide 8's table. */
  get comparison(): Locator {
    return this.section.getByRole('status');
  }

  /** One cell of a row, by its column's id (`openness`). */
  cell(row: string, column: string): Locator {
    return this.row(row).locator(`td[data-column="${column.toLowerCase()}"]`);
  }

  /** Opens the deck on this slide and waits for the ready signal. */
  async open(): Promise<void> {
    await this.deck.open(`#/${this.slug}`);
  }

  /** Steps through every fragment of the slide with the clicker. */
  async revealAll(): Promise<void> {
    const steps = await this.section.locator('.fragment').evaluateAll((fragments) => new Set(fragments.map((f) => (f as HTMLElement).dataset.fragmentIndex)).size);
    for (let step = 0; step < steps; step++) await this.deck.press('PageDown');
  }
}
