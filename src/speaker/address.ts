/** The speaker view's address: the deck's own, with `?speaker`. */

export const SPEAKER_PARAMETER = 'speaker';

/** True when the page was opened as the speaker view. */
export function isSpeakerView(search: string): boolean {
  return new URLSearchParams(search).has(SPEAKER_PARAMETER);
}

/** The speaker view of the deck at `deckUrl` (its hash kept, so it opens where the talk is). */
export function speakerViewUrl(deckUrl: string): string {
  const url = new URL(deckUrl);
  url.searchParams.set(SPEAKER_PARAMETER, '');
  return url.href.replace(`${SPEAKER_PARAMETER}=`, SPEAKER_PARAMETER);
}
