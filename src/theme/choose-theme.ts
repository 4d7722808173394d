/**
 * Presenting time: `?theme=light` (or `?theme=dark`) overrides the theme the build was made
 * with (talk.yaml's, written on `<html>` by the deck plugin). Run first thing in the entry,
 * before the slides are mounted, so reveal.js lays out and paints them in the chosen colours.
 */
import { THEME_ATTRIBUTE, themeFromSearch, type Theme } from './theme.ts';

/** Applies the theme the page's address asks for, if any; returns the theme in force. */
export function chooseTheme(root: HTMLElement = document.documentElement, search: string = location.search): Theme {
  const asked = themeFromSearch(search);
  if (asked) root.setAttribute(THEME_ATTRIBUTE, asked);
  const theme: Theme = root.getAttribute(THEME_ATTRIBUTE) === 'light' ? 'light' : 'dark';
  // The browser's own parts (scroll bars, form controls, the page behind the canvas) match.
  root.ownerDocument.querySelector('meta[name="color-scheme"]')?.setAttribute('content', theme);
  return theme;
}
