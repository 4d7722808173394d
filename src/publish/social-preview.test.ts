import { describe, expect, it } from 'vitest';
import { fitTitle, PREVIEW_HEIGHT, PREVIEW_WIDTH, renderSocialPreview, socialPreviewSvg, wrapWords } from './social-preview.ts';

const TALK = { title: 'Internet Security Communities and the Open Source Production Model', author: 'Andreas Schmidt' };

describe('wrapWords', () => {
  it('breaks at spaces and keeps a long word whole', () => {
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapWords('incomprehensibilities x', 5)).toEqual(['incomprehensibilities', 'x']);
  });
});

describe('fitTitle', () => {
  it('sets this talk large, on at most four lines', () => {
    const { size, lines } = fitTitle(TALK.title);
    expect(size).toBe(72);
    expect(lines.join(' ')).toBe(TALK.title);
    expect(lines.length).toBeLessThanOrEqual(4);
  });

  it('shrinks a long title and never drops a word', () => {
    const title = 'word '.repeat(60).trim();
    const { size, lines } = fitTitle(title);
    expect(size).toBe(48);
    expect(lines).toHaveLength(4);
    expect(lines.join(' ')).toBe(title);
  });
});

describe('socialPreviewSvg', () => {
  it('escapes the talk text', () => {
    const svg = socialPreviewSvg({ title: 'Secrecy & <Openness>', author: 'A "B"' });
    expect(svg).toContain('>Secrecy &#38;<');
    expect(svg).toContain('>&#60;Openness&#62;<');
    expect(svg).toContain('A &#34;B&#34;');
  });
});

describe('renderSocialPreview', () => {
  it('renders a 1200×630 PNG', () => {
    const png = renderSocialPreview(TALK);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The IHDR chunk: width and height right after the signature and chunk header.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
  });
});
