import { describe, expect, it } from 'vitest';
import { PAGE_WIDTH, presentingConfig, SCROLL_VIEW_BELOW, SLIDE_WIDTH, startingView } from './config.ts';

describe('startingView', () => {
  it('starts a narrow window in the scroll view, so reveal.js keeps a deep link', () => {
    expect(startingView(390)).toBe('scroll');
    expect(startingView(SCROLL_VIEW_BELOW)).toBe('scroll');
  });
  it('leaves a wide window, or none (Node), to reveal.js', () => {
    expect(startingView(SCROLL_VIEW_BELOW + 1)).toBeNull();
    expect(startingView(undefined)).toBeNull();
  });
  it('keeps the print view (the PDF export) as 1280×720 slides, however narrow the window', () => {
    expect(startingView(390, '?print-pdf')).toBeNull();
  });
});

describe('presentingConfig', () => {
  it('changes slides without a transition when the reader asks for reduced motion', () => {
    const still = presentingConfig(60, [], { windowWidth: 1280, reducedMotion: true });
    expect([still.transition, still.backgroundTransition]).toEqual(['none', 'none']);
    const moving = presentingConfig(60, [], { windowWidth: 1280, reducedMotion: false });
    expect(moving.transition).toBe('slide');
  });
  it('gives a phone reader portrait pages, compact, with every fragment shown at once', () => {
    const phone = presentingConfig(60, [], { windowWidth: 390, search: '' });
    expect(phone).toMatchObject({ view: 'scroll', width: PAGE_WIDTH, scrollLayout: 'compact', fragments: false });
    expect(Number(phone.height)).toBeGreaterThan(Number(phone.width));
  });
  it('leaves presenting and printing on 1280×720 slides with fragments', () => {
    for (const reader of [{ windowWidth: 1280 }, { windowWidth: 390, search: '?print-pdf' }]) {
      const config = presentingConfig(60, [], reader);
      expect(config).toMatchObject({ width: SLIDE_WIDTH, height: 720 });
      expect(config.fragments).not.toBe(false);
      expect(config.scrollLayout).toBeUndefined();
    }
  });
});
