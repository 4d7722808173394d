import { describe, expect, it } from 'vitest';
import { speakerAction } from './keys.ts';

const press = (key: string, more: Partial<KeyboardEvent> = {}, onButton = false) =>
  speakerAction({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...more }, onButton);

describe('speaker view keys', () => {
  it('moves the talk with a keyboard’s and a clicker’s keys', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ', 'N']) expect(press(key)).toEqual({ command: 'next' });
    for (const key of ['ArrowLeft', 'PageUp', 'p']) expect(press(key)).toEqual({ command: 'prev' });
    expect(press(' ', { shiftKey: true })).toEqual({ command: 'prev' });
    expect(press('Home')).toEqual({ command: 'first' });
    expect(press('End')).toEqual({ command: 'last' });
  });

  it('blacks out with B or the clicker’s "."', () => {
    expect(press('B')).toEqual({ command: 'togglePause' });
    expect(press('.')).toEqual({ command: 'togglePause' });
  });

  it('sizes the notes and starts a rehearsal', () => {
    expect(press('+')).toEqual({ notes: 'bigger' });
    expect(press('-')).toEqual({ notes: 'smaller' });
    expect(press('r')).toEqual({ rehearsal: 'toggle' });
  });

  it('leaves Space and Enter to a focused button, and shortcuts with modifiers to the browser', () => {
    expect(press(' ', {}, true)).toBeUndefined();
    expect(press('Enter', {}, true)).toBeUndefined();
    expect(press('r', { ctrlKey: true })).toBeUndefined();
    expect(press('x')).toBeUndefined();
  });
});
