import { describe, expect, it } from 'vitest';
import { parseSlide } from './parse.ts';
import { formatProblem } from './problem.ts';
import { parseTalk } from './talk.ts';
import { checkTitleSlide } from './title-slide.ts';

const TALK_TEXT = ['title: Secrecy', 'author: Ann Author', 'description: D', 'lang: en', 'duration: 20m'].join('\n');
const talk = parseTalk('slides/talk.yaml', TALK_TEXT).value!;
const titleSlide = (title: string, heading: string, speaker: string) =>
  parseSlide('slides/title.md', ['---', `title: ${title}`, 'layout: title', '---', '', `# ${heading}`, '', speaker].join('\n')).value!;
const check = (...slides: ReturnType<typeof titleSlide>[]) => checkTitleSlide(slides, talk, 'slides/talk.yaml', TALK_TEXT).map(formatProblem);

describe('the title slide and talk.yaml', () => {
  it('accepts a title slide that says what talk.yaml says', () => {
    expect(check(titleSlide('Secrecy', 'Secrecy', 'Ann Author, @ann'))).toEqual([]);
  });

  it('names both places when the title or the speaker differ', () => {
    expect(check(titleSlide('Openness', 'Openness', 'Bo'))).toEqual([
      'slides/title.md:2:8 the title slide\'s title "Openness" is not the talk\'s title "Secrecy" (slides/talk.yaml:1) (write it as in slides/talk.yaml:1: the page title, the social preview and the PDF take it from there)',
      'slides/title.md:6:1 the title slide\'s heading "Openness" is not the talk\'s title "Secrecy" (slides/talk.yaml:1) (write it as in slides/talk.yaml:1: the page title, the social preview and the PDF take it from there)',
      'slides/title.md:6:1 the title slide does not name the speaker "Ann Author" (the author in slides/talk.yaml:2) (write the name as in slides/talk.yaml:2 on a line under the heading, or change it there)',
    ]);
  });

  it('leaves slides of other layouts alone', () => {
    expect(checkTitleSlide([parseSlide('slides/x.md', '---\ntitle: Other\n---\n# Other').value!], talk, 'slides/talk.yaml', TALK_TEXT)).toEqual([]);
  });
});
