/**
 * The speaker view's keys: the deck's own for moving and blacking out (so a clicker works in
 * either window), plus the speaker view's: + and − for the notes, R for a rehearsal.
 */
import type { DeckCommand } from './channel.ts';

export type SpeakerAction = { command: DeckCommand } | { notes: 'bigger' | 'smaller' } | { rehearsal: 'toggle' };

const COMMANDS: Record<string, DeckCommand> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  n: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  p: 'prev',
  Home: 'first',
  End: 'last',
  b: 'togglePause',
  '.': 'togglePause',
};

/** The action for a key press, or undefined to leave the key to the browser. */
export function speakerAction(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>, onButton: boolean): SpeakerAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  // Enter and Space press a focused button (pause, rehearse, …) instead.
  if (onButton && (event.key === ' ' || event.key === 'Enter')) return undefined;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key === ' ' && event.shiftKey) return { command: 'prev' };
  if (key === '+' || key === '=') return { notes: 'bigger' };
  if (key === '-' || key === '_' || key === '−') return { notes: 'smaller' };
  if (key === 'r') return { rehearsal: 'toggle' };
  const command = COMMANDS[key];
  return command ? { command } : undefined;
}
