import { describe, expect, it } from 'vitest';
import { parseSlide } from './parse.ts';
import { formatProblem } from './problem.ts';
import { checkRenderedSlides } from './rendered-html.ts';

/** A slide as parse leaves it, whatever parse thought of it: the net must hold on its own. */
function slide(body: string) {
  const parsed = parseSlide('slides/02-x.md', `---\ntitle: X\n---\n\n${body}\n\nNotes:\nSay <b onclick="go()">it</b>.\n`);
  return parsed.value!;
}

describe('checkRenderedSlides', () => {
  it('passes what Markdown renders from plain text, tables, task lists and links', () => {
    const ok = slide('## X\n\n- [x] done\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n[site](https://example.org "t")');
    expect(checkRenderedSlides([{ ...ok, notes: undefined }], undefined, ['matrix']).map(formatProblem)).toEqual([]);
  });

  it('refuses a script, a handler and a javascript: link that reached the HTML, even in the notes', () => {
    const bad = slide('## X\n\n<svg><style><img src=x onerror=alert(1)></style></svg>\n\n[go](javascript:alert(1))');
    expect(checkRenderedSlides([bad], undefined, ['matrix']).map((problem) => problem.message)).toEqual([
      'the rendered slide would contain <style>: <style> is not an element a slide may contain in SVG',
      // The browser lifts the <img> out of the SVG: it is HTML again, handler and all.
      'the rendered slide would contain the onerror attribute on <img>: the onerror attribute on <img> would run code',
      'the rendered slide would contain the href attribute on <a>: a "javascript:" URL would run code',
      'the rendered slide would contain the onclick attribute on <b>: the onclick attribute on <b> would run code',
    ]);
  });

  it('refuses HTML that ends the slide’s section early', () => {
    const bad = slide('## X\n\n</section><section>');
    expect(checkRenderedSlides([bad], undefined, [])[0]).toMatchObject({ file: 'slides/02-x.md', line: 4, message: expect.stringContaining('does not stay inside its own <section>') });
  });
});
