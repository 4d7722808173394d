/**
 * Writes the Content-Security-Policy into each built page, once the page is final: it runs
 * after every other plugin's `generateBundle` (vite-plugin-singlefile's included), so the
 * hashes are of the code exactly as shipped.
 */
import type { Plugin } from 'vite';
import { contentSecurityPolicy, inlineCodeOf, withPolicyMeta } from './csp.ts';

export interface CspPluginOptions {
  /** Everything is inlined into the page (the single-file speaker build). */
  embedded: boolean;
}

/** The policy as a Vite plugin; put it after vite-plugin-singlefile. */
export function cspPlugin(options: CspPluginOptions): Plugin {
  return {
    name: 'deck:csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          // The speaker view is a page of the deck itself (src/speaker/), with no frames and
          // no pop-up of its own: the page's inline code is all there is to allow.
          const policy = contentSecurityPolicy({ inline: inlineCodeOf(html), embedded: options.embedded, framesItself: false });
          file.source = withPolicyMeta(html, policy);
        }
      },
    },
  };
}
