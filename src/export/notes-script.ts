/**
 * The speaker's notes as a Markdown script, for rehearsal and as a transcript: each slide's
 * title with its planned time (the deck's own pacing, src/deck/pacing.ts) and where in the
 * talk it starts, then the notes with every citation written out as the slides show it, and
 * the references at the end. Pure: the loader's model in, Markdown out.
 */
import type { Deck } from '../deck/deck.ts';
import { formatDuration } from '../deck/duration.ts';
import type { Citation } from '../deck/model.ts';
import { referenceMarkdown } from './reference-text.ts';

/** The script of the talk in `deck`. */
export function notesScript(deck: Deck): string {
  const { talk, slides, bibliography, timings } = deck;
  const total = timings.reduce((sum, seconds) => sum + seconds, 0);
  const count = timings.length;
  const lines = [`# ${talk.title}`, '', `${talk.author} · ${formatDuration(total)} planned · ${count} slides`, ''];
  let start = 0;
  slides.forEach((slide, index) => {
    lines.push(heading(index + 1, slide.title, timings[index]!, start), '');
    const notes = slide.notes?.markdown.trim();
    lines.push(notes ? withCitations(notes, slide.citations, deck) : '*(no notes)*', '');
    start += timings[index]!;
  });
  if (bibliography) {
    const cited = slides.flatMap((slide) => slide.citations);
    lines.push(heading(count, 'References', timings.at(-1)!, start), '');
    bibliography.references(cited).forEach((entry, index) => lines.push(`${index + 1}. ${referenceMarkdown(entry)}`));
    lines.push('');
  }
  return lines.join('\n');
}

/** `## 3. The book · 1m52s (at 3:40)`. */
function heading(number: number, title: string, seconds: number, start: number): string {
  return `## ${number}. ${title} · ${formatDuration(seconds)} (at ${clock(start)})`;
}

/** Seconds into the talk as a clock reading, `12:05`. */
function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;
}

/** Each `{Nye 1996@27}` as the slides print it: `(Nye & Owens, 1996, p. 27)`. */
function withCitations(markdown: string, citations: readonly Citation[], deck: Deck): string {
  if (!deck.bibliography) return markdown;
  return citations.reduce((text, citation) => text.replace(citation.raw, deck.bibliography!.format(citation)), markdown);
}
