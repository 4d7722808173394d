/**
 * The Content-Security-Policy of csp.ts, put where each way of running the deck needs it:
 * - the builds: written into each page once the page is final (after every other plugin's
 *   `generateBundle`, vite-plugin-singlefile's included), with script hashes taken from the
 *   chunks the build emitted, recorded before anything was inlined;
 * - the dev server (`npm start`): sent as a header with every response, the same policy plus
 *   what Vite's hot reload needs.
 * The speaker view is a page of the deck itself (src/speaker/), with no frames and no pop-up of
 * its own, so the deck's own code is all there is to allow, with the two stylesheets reveal.js's
 * print view writes (src/print/reveal-print-styles.ts).
 */
import type { Plugin } from 'vite';
import { revealPrintStyles } from '../print/reveal-print-styles.ts';
import { contentSecurityPolicy, emittedInlineScripts, inlineStylesOf, withPolicyMeta } from './csp.ts';

export interface CspPluginOptions {
  /** Everything is inlined into the page (the single-file speaker build). */
  embedded: boolean;
}

const HEADER = 'Content-Security-Policy';

/** The policy as Vite plugins for the builds and the dev server; put them after vite-plugin-singlefile. */
export function cspPlugin(options: CspPluginOptions): Plugin[] {
  /** The code of every script chunk, as the build emitted it: the only scripts the policy trusts. */
  let chunkCodes: string[] = [];
  return [
    {
      name: 'deck:csp-chunks',
      apply: 'build',
      generateBundle: {
        order: 'pre',
        handler(_options, bundle) {
          chunkCodes = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file.code] : []));
        },
      },
    },
    {
      name: 'deck:csp',
      apply: 'build',
      enforce: 'post',
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          for (const file of Object.values(bundle)) {
            if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
            const html = String(file.source);
            const { styles, styleAttributes } = inlineStylesOf(html);
            const inline = { scripts: emittedInlineScripts(chunkCodes, html), styles: [...styles, ...revealPrintStyles()], styleAttributes };
            file.source = withPolicyMeta(html, contentSecurityPolicy({ inline, embedded: options.embedded }));
          }
        },
      },
    },
    {
      name: 'deck:csp-dev',
      apply: 'serve',
      configureServer(server) {
        server.middlewares.use((request, response, next) => {
          // The host the page was asked for is the one its hot-reload socket connects to.
          const host = request.headers.host ?? 'localhost';
          const inline = { scripts: [], styles: [], styleAttributes: [] };
          response.setHeader(HEADER, contentSecurityPolicy({ inline, embedded: false, dev: { host } }));
          next();
        });
      },
    },
  ];
}
