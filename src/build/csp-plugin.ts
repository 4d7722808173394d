/**
 * The Content-Security-Policy of csp.ts, put where each way of running the deck needs it:
 * - the builds: written into each page once the page is final (after every other plugin's
 *   `generateBundle`, vite-plugin-singlefile's included), with script hashes taken from the
 *   chunks the build emitted, recorded before anything was inlined;
 * - the dev server (`npm start`): sent as a header with every response, the same policy plus
 *   what Vite's hot reload needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, emittedInlineScripts, inlineStylesOf, withPolicyMeta } from './csp.ts';
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
const HEADER = 'Content-Security-Policy';

/** The speaker view's inline code, read from the notes plugin file Vite resolves for the entry. */
async function speakerViewOf(root: string, resolve: (id: string, importer: string) => Promise<{ id: string } | null>): Promise<SpeakerViewInline> {
  const resolved = await resolve(NOTES_PLUGIN, join(root, 'src/main.ts'));
  if (!resolved) throw new Error(`csp: cannot resolve ${NOTES_PLUGIN}`);
  return speakerViewInline(speakerViewHtml(readFileSync(resolved.id, 'utf8')));
}

/** The policy as Vite plugins for the builds and the dev server; put them after vite-plugin-singlefile. */
export function cspPlugin(options: CspPluginOptions): Plugin[] {
  let speakerView: SpeakerViewInline | undefined;
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
      async buildStart() {
        if (options.speakerView) speakerView = await speakerViewOf(options.root, (id, importer) => this.resolve(id, importer));
      },
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          for (const file of Object.values(bundle)) {
            if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
            const html = String(file.source);
            const page = inlineStylesOf(html);
            const inline = {
              scripts: [...emittedInlineScripts(chunkCodes, html), ...(speakerView?.scripts ?? [])],
              styles: [...page.styles, ...(speakerView?.styles ?? [])],
              styleAttributes: [...page.styleAttributes, ...(speakerView?.styleAttributes ?? [])],
            };
            const policy = contentSecurityPolicy({ inline, embedded: options.embedded, framesItself: options.speakerView });
            file.source = withPolicyMeta(html, policy);
          }
        },
      },
    },
    {
      name: 'deck:csp-dev',
      apply: 'serve',
      configureServer(server) {
        let scripts: Promise<string[]> | undefined;
        // Vite's own resolver would answer with its pre-bundled copy, written only once a page asks
        // for it; Node's resolves the file that copy is made from, whose speaker view is the same.
        const resolveFile = async (id: string) => ({ id: fileURLToPath(import.meta.resolve(id)) });
        server.middlewares.use((request, response, next) => {
          scripts ??= speakerViewOf(options.root, resolveFile).then((view) => view.scripts);
          scripts.then(
            (speakerScripts) => {
              // The host the page was asked for is the one its hot-reload socket connects to.
              const host = request.headers.host ?? 'localhost';
              const inline = { scripts: speakerScripts, styles: [], styleAttributes: [] };
              response.setHeader(HEADER, contentSecurityPolicy({ inline, embedded: false, framesItself: true, dev: { host } }));
              next();
            },
            (error: unknown) => {
              scripts = undefined;
              next(error);
            },
          );
        });
      },
    },
  ];
}
