import { describe, expect, it } from 'vitest';
import { isSpeakerView, speakerViewUrl } from './address.ts';

describe('speaker view address', () => {
  it('is the deck’s address with ?speaker, at the same slide, also from file://', () => {
    expect(speakerViewUrl('http://localhost:5173/#/the-puzzle/1')).toBe('http://localhost:5173/?speaker#/the-puzzle/1');
    expect(speakerViewUrl('file:///talks/deck/index.html#/x')).toBe('file:///talks/deck/index.html?speaker#/x');
    expect(isSpeakerView('?speaker')).toBe(true);
    expect(isSpeakerView('?print-pdf')).toBe(false);
  });
});
