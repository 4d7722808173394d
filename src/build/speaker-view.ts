/**
 * The speaker view of reveal.js's notes plugin, as the Content-Security-Policy sees it.
 *
 * The plugin opens an about:blank popup and `document.write`s the whole speaker view into it,
 * with an inline `<script>`, a `<style>` block and two `style="…"` attributes. That popup
 * inherits the opener's policy, so a policy without 'unsafe-inline' must name each of them
 * by hash. They are read here from the very plugin file Vite bundles, so an upgrade of
 * reveal.js changes the hashes with it instead of silently breaking the speaker view.
 */
import { Script } from 'node:vm';

/** What the speaker view writes inline, in the form a browser hashes it. */
export interface SpeakerViewInline {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** Where the plugin hands the speaker view's HTML to the popup. */
const WRITE_CALL = 'document.write(';
const SCRIPT_ELEMENT = /<script>([\s\S]*?)<\/script>/g;
const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/g;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/g;

/** The speaker view's HTML, taken from the source text of reveal.js's notes plugin. */
export function speakerViewHtml(notesPluginSource: string): string {
  const call = notesPluginSource.indexOf(WRITE_CALL);
  if (call === -1) throw new Error('reveal.js notes plugin: no document.write( found; has the speaker view moved?');
  const literal = stringLiteralAt(notesPluginSource, call + WRITE_CALL.length);
  const html: unknown = new Script(literal).runInNewContext({}, { timeout: 1000 });
  if (typeof html !== 'string' || !html.includes('speaker-controls'))
    throw new Error('reveal.js notes plugin: document.write( does not write the speaker view');
  return html;
}

/** The inline script, style blocks and style attributes of the speaker view. */
export function speakerViewInline(html: string): SpeakerViewInline {
  const all = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] ?? '');
  return { scripts: all(SCRIPT_ELEMENT), styles: all(STYLE_ELEMENT), styleAttributes: [...new Set(all(STYLE_ATTRIBUTE))] };
}

/**
 * The double-quoted JavaScript string literal starting at `start`, quotes included. Scanning
 * to the first unescaped quote guarantees the text is a literal and nothing else, so
 * evaluating it runs no code of the plugin.
 */
function stringLiteralAt(source: string, start: number): string {
  if (source[start] !== '"') throw new Error('reveal.js notes plugin: the speaker view is no longer a plain string literal');
  for (let index = start + 1; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === '"') return source.slice(start, index + 1);
    else if (char === '\n') break;
  }
  throw new Error('reveal.js notes plugin: unterminated speaker view string');
}
