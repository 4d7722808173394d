import { describe, expect, it } from 'vitest';
import { presentingConfig, SCROLL_VIEW_BELOW, startingView } from './config.ts';

describe('startingView', () => {
  it('starts a narrow window in the scroll view, so reveal.js keeps a deep link', () => {
    expect(startingView(390)).toBe('scroll');
    expect(startingView(SCROLL_VIEW_BELOW)).toBe('scroll');
  });
  it('leaves a wide window, or none (Node), to reveal.js', () => {
    expect(startingView(SCROLL_VIEW_BELOW + 1)).toBeNull();
    expect(startingView(undefined)).toBeNull();
  });
  it('keeps the speaker view’s narrow previews as slides', () => {
    expect(startingView(300, '?receiver&progress=false')).toBeNull();
  });
});

describe('presentingConfig', () => {
  it('changes slides without a transition when the reader asks for reduced motion', () => {
    const still = presentingConfig(60, [], { windowWidth: 1280, reducedMotion: true });
    expect([still.transition, still.backgroundTransition]).toEqual(['none', 'none']);
    const moving = presentingConfig(60, [], { windowWidth: 1280, reducedMotion: false });
    expect(moving.transition).toBe('slide');
  });
});
