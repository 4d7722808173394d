/**
 * When the browser refuses to open the speaker view's window, one line on the deck says where
 * to open it instead. It goes at the next click or key, or when the speaker view opens.
 */

import './popup-hint.css';

const HINT_CLASS = 'speaker-popup-hint';

/** Shows the hint with the address to open in another tab. */
export function showPopupHint(address: string): void {
  document.querySelector(`.${HINT_CLASS}`)?.remove();
  const hint = document.createElement('p');
  hint.className = HINT_CLASS;
  hint.setAttribute('role', 'status');
  const code = document.createElement('code');
  code.textContent = address;
  hint.append('The browser blocked the speaker view’s window: open ', code, ' in another tab.');
  document.body.append(hint);
  // The next key or click (other than selecting the address to copy it) dismisses the hint.
  const dismiss = (event: Event) => {
    if (event.type === 'pointerdown' && hint.contains(event.target as Node)) return;
    hint.remove();
    window.removeEventListener('keydown', dismiss, true);
    window.removeEventListener('pointerdown', dismiss, true);
  };
  // Added after this key press has finished, so the S that showed it does not dismiss it.
  setTimeout(() => {
    window.addEventListener('keydown', dismiss, true);
    window.addEventListener('pointerdown', dismiss, true);
  });
}
