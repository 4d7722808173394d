/**
 * The speaker view's page: markup with no content of the talk in it (the notes and titles are
 * put in as text and nodes later), so it is built from a fixed template.
 */

const LAYOUT = `
<h1 class="speaker-title" data-title></h1>
<header class="speaker-bar">
  <p class="speaker-figure"><span class="speaker-label">Clock</span> <time class="speaker-big" data-clock>--:--</time></p>
  <p class="speaker-figure"><span class="speaker-label">Talk time</span> <span class="speaker-big" data-elapsed>0:00</span></p>
  <p class="speaker-timer-buttons">
    <button type="button" data-timer-toggle>Pause timer</button>
    <button type="button" data-timer-reset title="Set the timer to the plan’s time for this slide">Reset</button>
  </p>
  <p class="speaker-pace" data-pace data-level="on-plan">
    <span data-pace-slide></span>
    <span data-pace-talk></span>
  </p>
</header>
<p class="speaker-blackout" role="status" data-blackout hidden>The audience sees black. Press B to show the slide.</p>
<p class="speaker-waiting" role="status" data-waiting>Waiting for the deck: open it in another window or tab.</p>
<section class="speaker-previews" aria-label="Slides">
  <figure class="speaker-preview">
    <figcaption><span class="speaker-label">Now</span> <span data-now-title></span> <span class="speaker-step" data-now-step></span></figcaption>
    <div class="speaker-preview-frame" inert aria-hidden="true"><div class="reveal"><div class="slides"></div></div></div>
  </figure>
  <figure class="speaker-preview speaker-preview-next">
    <figcaption><span class="speaker-label">Next</span> <span data-next-title></span></figcaption>
    <div class="speaker-preview-frame" inert aria-hidden="true"><div class="reveal"><div class="slides"></div></div><p class="speaker-end" data-end hidden>End of the talk</p></div>
  </figure>
</section>
<section class="speaker-notes-panel" aria-labelledby="speaker-notes-heading">
  <div class="speaker-notes-head">
    <h2 id="speaker-notes-heading">Notes</h2>
    <p class="speaker-plan" data-plan></p>
    <p class="speaker-notes-size">
      <button type="button" data-notes-smaller aria-label="Smaller notes (−)">A−</button>
      <button type="button" data-notes-bigger aria-label="Larger notes (+)">A+</button>
    </p>
  </div>
  <div class="speaker-notes" data-notes tabindex="0"></div>
  <p class="speaker-notes-more" data-notes-more hidden aria-hidden="true">More below ↓</p>
</section>
<footer class="speaker-tools">
  <p class="speaker-screens"><button type="button" data-present hidden></button> <span data-screens-hint></span></p>
  <p class="speaker-rehearsal"><button type="button" data-rehearse>Rehearse (R)</button> <span data-rehearsal-status role="status"></span></p>
  <p class="speaker-keys"><span>→ / ← next, previous</span> · <span>B black</span> · <span>+ / − notes size</span> · <span>R rehearse</span></p>
</footer>
<section class="speaker-result" data-result hidden aria-labelledby="speaker-result-heading">
  <h2 id="speaker-result-heading">Rehearsal: planned against actual</h2>
  <div class="speaker-result-table"><table data-result-table></table></div>
  <p class="speaker-result-actions">
    <button type="button" data-download>Download CSV</button>
    <button type="button" data-close-result>Close</button>
  </p>
</section>`;

/** Builds the speaker view in `main` and returns the element of each `data-*` name. */
export function speakerLayout(main: HTMLElement): (name: string) => HTMLElement {
  main.className = 'speaker-view';
  main.innerHTML = LAYOUT;
  return (name) => {
    const element = main.querySelector<HTMLElement>(`[data-${name}]`);
    if (!element) throw new Error(`speaker view: no [data-${name}] in the layout`);
    return element;
  };
}
