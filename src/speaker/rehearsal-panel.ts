/**
 * The rehearsal in the speaker view: R starts it from the first slide, R again (or the button)
 * ends it and shows planned against actual, with the CSV to download. The last result is kept
 * for the talk and shown beside each slide's plan.
 */
import { clockText } from './pace.ts';
import type { PlanSlide } from './plan.ts';
import { finishRehearsal, moveTo, parseRehearsalResult, rehearsalCsv, startRehearsal, type Rehearsal, type RehearsalResult } from './rehearsal.ts';
import type { TalkStore } from './store.ts';

export class RehearsalPanel {
  private running: Rehearsal | undefined;
  private last: RehearsalResult | undefined;

  constructor(
    private readonly part: (name: string) => HTMLElement,
    private readonly store: TalkStore,
    private readonly plan: () => readonly PlanSlide[],
    private readonly on: { start(): void },
  ) {
    this.last = parseRehearsalResult(store.read('rehearsal'));
    part('rehearse').addEventListener('click', () => this.toggle());
    part('close-result').addEventListener('click', () => this.closeResult());
    part('download').addEventListener('click', () => this.last && download(rehearsalCsv(this.last)));
    part('result').addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      this.closeResult();
    });
  }

  toggle(): void {
    if (this.running) this.finish();
    else this.start();
  }

  /** The deck moved: the time so far goes to the slide it left. */
  moveTo(slug: string): void {
    if (this.running) this.running = moveTo(this.running, slug, Date.now());
  }

  /** "planned 2:00 · rehearsed 1:50" for the slide on screen. */
  besidePlan(slide: PlanSlide | undefined): string {
    if (!slide) return '';
    const rehearsed = this.last?.slides.find((each) => each.slug === slide.slug);
    return `planned ${clockText(slide.timing)}${rehearsed ? ` · last rehearsal ${clockText(rehearsed.actual)}` : ''}`;
  }

  tick(): void {
    const status = this.part('rehearsal-status');
    if (!this.running) return;
    const onSlide = (Date.now() - this.running.enteredAt) / 1000;
    status.textContent = `Rehearsing: ${clockText(onSlide)} on this slide. Press R to finish.`;
  }

  private start(): void {
    const first = this.plan()[0];
    if (!first) return;
    this.closeResult();
    this.running = startRehearsal(first.slug, Date.now());
    this.part('rehearse').textContent = 'Finish rehearsal (R)';
    this.on.start();
    this.tick();
  }

  private finish(): void {
    const result = finishRehearsal(this.running!, this.plan(), Date.now());
    this.running = undefined;
    this.last = result;
    this.store.write('rehearsal', JSON.stringify(result));
    this.part('rehearse').textContent = 'Rehearse (R)';
    this.part('rehearsal-status').textContent = `Rehearsal done: ${clockText(result.actual)} against ${clockText(result.planned)} planned.`;
    showResult(this.part('result-table'), result);
    this.part('result').hidden = false;
    this.part('download').focus();
  }

  private closeResult(): void {
    this.part('result').hidden = true;
  }
}

/** The result as a table: one row per slide, the totals last. */
function showResult(table: HTMLElement, result: RehearsalResult): void {
  const row = (cells: string[], header = false) => {
    const tr = document.createElement('tr');
    for (const [index, text] of cells.entries()) {
      const cell = document.createElement(header || index === 0 ? 'th' : 'td');
      if (header) cell.setAttribute('scope', 'col');
      else if (index === 0) cell.setAttribute('scope', 'row');
      cell.textContent = text;
      tr.append(cell);
    }
    return tr;
  };
  const head = document.createElement('thead');
  head.append(row(['Slide', 'Planned', 'Actual', 'Suggested timing:'], true));
  const body = document.createElement('tbody');
  for (const slide of result.slides) {
    const tr = row([slide.title, clockText(slide.timing), clockText(slide.actual), slide.suggested === undefined ? 'not reached' : `${slide.suggested}`]);
    if (slide.actual > slide.timing) tr.className = 'speaker-over';
    body.append(tr);
  }
  const foot = document.createElement('tfoot');
  foot.append(row(['Total', clockText(result.planned), clockText(result.actual), '']));
  table.replaceChildren(head, body, foot);
}

/** Saves the CSV through the browser's download, from memory (no server, works from file://). */
function download(csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `rehearsal-${new Date().toISOString().slice(0, 10)}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url));
}
