/**
 * Writes the Content-Security-Policy into each built page, once the page is final: it runs
 * after every other plugin's `generateBundle` (vite-plugin-singlefile's included), so the
 * hashes are of the code exactly as shipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, inlineCodeOf, withPolicyMeta } from './csp.ts';
import { speakerViewHtml, speakerViewInline, type SpeakerViewInline } from './speaker-view.ts';

export interface CspPluginOptions {
  /** The project root, to resolve reveal.js's notes plugin as the browser entry does. */
  root: string;
  /** The build carries the speaker view, whose popup inherits this policy. */
  speakerView: boolean;
  /** Everything is inlined into the page (the single-file speaker build). */
  embedded: boolean;
}

const NOTES_PLUGIN = 'reveal.js/plugin/notes';

/** The policy as a Vite plugin; put it after vite-plugin-singlefile. */
export function cspPlugin(options: CspPluginOptions): Plugin {
  let speakerView: SpeakerViewInline | undefined;
  return {
    name: 'deck:csp',
    apply: 'build',
    enforce: 'post',
    async buildStart() {
      if (!options.speakerView) return;
      // The same resolution the entry's `import('reveal.js/plugin/notes')` gets.
      const resolved = await this.resolve(NOTES_PLUGIN, join(options.root, 'src/main.ts'));
      if (!resolved) this.error(`csp: cannot resolve ${NOTES_PLUGIN}`);
      speakerView = speakerViewInline(speakerViewHtml(readFileSync(resolved.id, 'utf8')));
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const page = inlineCodeOf(html);
          const inline = {
            scripts: [...page.scripts, ...(speakerView?.scripts ?? [])],
            styles: [...page.styles, ...(speakerView?.styles ?? [])],
            styleAttributes: [...page.styleAttributes, ...(speakerView?.styleAttributes ?? [])],
          };
          const policy = contentSecurityPolicy({ inline, embedded: options.embedded, framesItself: options.speakerView });
          file.source = withPolicyMeta(html, policy);
        }
      },
    },
  };
}
