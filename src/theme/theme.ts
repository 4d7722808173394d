/**
 * The deck's two colour themes. Dark is the deck's own (src/theme/deck.css); light
 * (src/theme/light.css) redefines the same custom properties under `html[data-theme="light"]`,
 * so every layout, the matrix and the speaker view follow without a rule of their own.
 * Chosen in slides/talk.yaml (`theme:`), and at presenting time with `?theme=light`.
 */

export const THEMES = ['dark', 'light'] as const;
export type Theme = (typeof THEMES)[number];

/** The deck's theme when talk.yaml names none. */
export const DEFAULT_THEME: Theme = 'dark';

/** The attribute on `<html>` the light theme's rules select on. */
export const THEME_ATTRIBUTE = 'data-theme';

/** The query parameter that picks a theme for one showing: `?theme=light`. */
export const THEME_PARAMETER = 'theme';

/** True for a theme the deck has. */
export function isTheme(name: unknown): name is Theme {
  return typeof name === 'string' && (THEMES as readonly string[]).includes(name);
}

/** The theme asked for in a query string, if any (an unknown name asks for none). */
export function themeFromSearch(search: string): Theme | undefined {
  const name = new URLSearchParams(search).get(THEME_PARAMETER);
  return isTheme(name) ? name : undefined;
}

/**
 * The page (src/index.html, after the deck plugin set its language) in `theme`: the light
 * theme is an attribute on `<html>` and a light `color-scheme`, there before the first paint.
 */
export function withTheme(html: string, theme: Theme): string {
  if (theme === DEFAULT_THEME) return html;
  return html.replace(/<html\b/, `<html ${THEME_ATTRIBUTE}="${theme}"`).replace(/(<meta name="color-scheme" content=")[^"]*"/, `$1${theme}"`);
}
