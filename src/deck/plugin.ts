/**
 * The Vite adapter, kept thin: serves `virtual:deck`, reports problems (the build fails with
 * all of them; the dev server shows them in its overlay and keeps the last good deck) and
 * hot-reloads when a slide, the talk, the bibliography or an asset changes.
 */
import { posix, relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { Deck } from './deck.ts';
import { lookAgainAfterChange } from './late-saves.ts';
import { loadDeck, ASSETS_DIR, SLIDES_DIR } from './load.ts';
import { deckModuleSource } from './module.ts';
import { renderPageSlides, withSlides } from './page.ts';
import { formatProblem, hasErrors, sortProblems, DeckProblems } from './problem.ts';
import { renderHead } from './render.ts';
import type { WidgetSource } from './widget.ts';
import { withTheme, type Theme } from '../theme/theme.ts';

const PUBLIC_ID = 'virtual:deck';
const RESOLVED_ID = `\0${PUBLIC_ID}`;

/** What the plugin serves: the deck module's source, the page head, the page's language, theme and slides. */
interface Built {
  /** The loader's model, for the other plugins (DeckPluginApi). */
  deck: Deck;
  /** The project files the deck was made from (LoadedDeck.files). */
  files: string[];
  source: string;
  head: string;
  lang: string;
  theme: Theme;
  /** Every slide's `<section>`, for `.slides` in index.html. */
  slides: string;
}

export interface DeckPluginOptions {
  /** The project root (where slides/ and assets/ are), which need not be Vite's root. */
  root: string;
  /** Keep speaker notes in the sections (dev and speaker builds) or strip them (audience). */
  notes: boolean;
  widgets: readonly WidgetSource[];
}

/** The name other plugins find the deck plugin by. */
export const DECK_PLUGIN_NAME = 'deck';

/**
 * What the deck plugin offers the other plugins (Vite's `api` convention): the deck the loader
 * made, so that no other plugin reads the talk's files again.
 */
export interface DeckPluginApi {
  /** The deck as composed for the files as they are now; throws the deck's problems if it is broken. */
  deck(): Deck;
  /** The project files (root-relative) the deck was made from, for a record of the build's inputs. */
  files(): string[];
}

/** The deck plugin's API, found among a resolved config's plugins. */
export function deckPluginApi(plugins: readonly Plugin[]): DeckPluginApi {
  const api = plugins.find((plugin) => plugin.name === DECK_PLUGIN_NAME)?.api as DeckPluginApi | undefined;
  if (!api) throw new Error(`the "${DECK_PLUGIN_NAME}" plugin is missing from the Vite config: add deckPlugin() before the plugins that use the deck`);
  return api;
}

/** The deck as a Vite plugin. */
export function deckPlugin(options: DeckPluginOptions): Plugin<DeckPluginApi> {
  const root = options.root;
  let server: ViteDevServer | undefined;
  let lastGood: Built | undefined;
  /** The dev server: only it sends the sections again in `virtual:deck`, for a hot update. */
  let serving = false;
  /**
   * How the page links a project file (the slides' images): the build resolves a URL relative
   * to the page's folder (Vite's root, src/) as it does the favicon's, then hashes, copies or
   * inlines the file; the dev server serves files outside its root under /@fs/, as it does the
   * slides' assets for `virtual:deck`.
   */
  let pageUrl = (path: string) => path;

  let printedWarnings = '';
  /**
   * The deck composed from the files as they are now: once per change (the dev server's file
   * watcher clears it), shared by the module, the page head and the overlay, never per request.
   */
  let composed: Built | DeckProblems | undefined;
  /** Whether the served page ever got a deck: if not, a fix must reload it (nothing there to update). */
  let servedGood = false;

  const compose = (): Built | DeckProblems => {
    const loaded = loadDeck(root, options.widgets);
    // Warnings stay true until their file changes: say each once, not on every change.
    const warnings = sortProblems(loaded.problems).filter((p) => p.severity === 'warning').map((p) => `[deck] ${formatProblem(p)}`).join('\n');
    if (warnings !== '' && warnings !== printedWarnings) console.warn(warnings);
    printedWarnings = warnings;
    if (!loaded.deck || hasErrors(loaded.problems)) return new DeckProblems(loaded.problems.filter((p) => p.severity !== 'warning'));
    return {
      deck: loaded.deck,
      files: loaded.files,
      source: deckModuleSource(loaded.deck, { notes: options.notes, root, sections: serving }),
      head: renderHead(loaded.deck.talk),
      lang: loaded.deck.talk.lang,
      theme: loaded.deck.talk.theme,
      slides: renderPageSlides(loaded.deck, { notes: options.notes, assetUrl: pageUrl }),
    };
  };
  const build = (): Built => {
    if (!composed) recompose();
    if (composed instanceof DeckProblems) throw composed;
    return composed!;
  };

  /** In the dev server a broken deck shows the overlay and keeps serving the last good one. */
  const current = (onError: (error: DeckProblems) => never | void) => {
    try {
      const built = build();
      lastGood = built;
      return built;
    } catch (error) {
      if (!(error instanceof DeckProblems)) throw error;
      onError(error);
      if (lastGood) return lastGood;
      throw error;
    }
  };

  const overlayFor = (error: DeckProblems) => ({ type: 'error' as const, err: { message: error.message, stack: '', plugin: 'deck', id: error.problems[0]?.file } });
  /**
   * Only to pages that are open now: Vite keeps an error sent to no page and shows it to the
   * next page that connects, even once the deck is fixed, and that page's first update then
   * reloads it (the page was reloaded in 3 of 13 runs of e2e/robust/recovery.spec.ts). A page
   * that connects while the deck is broken is told on connecting instead (configureServer).
   */
  const showOverlay = (error: DeckProblems) => {
    if (server && server.ws.clients.size > 0) server.ws.send(overlayFor(error));
  };

  /** A saved change: compose the deck once, say in the terminal what is wrong (or that it is fixed). */
  const recompose = () => {
    const before = composed;
    composed = compose();
    const logger = server?.config.logger;
    if (composed instanceof DeckProblems) {
      if (!(before instanceof DeckProblems) || before.message !== composed.message) logger?.error(`[deck] ${composed.message}`, { timestamp: true });
    } else if (before instanceof DeckProblems) logger?.info('[deck] the deck builds again', { timestamp: true });
    return composed;
  };

  return {
    name: DECK_PLUGIN_NAME,
    api: { deck: () => build().deck, files: () => build().files },
    configResolved(config) {
      const toPosix = (path: string) => path.split(sep).join('/');
      serving = config.command === 'serve';
      pageUrl = config.command === 'serve'
        ? (path) => `/@fs/${toPosix(resolve(root, path)).replace(/^\//, '')}`
        : (path) => posix.join(toPosix(relative(config.root, root)), path);
    },
    configureServer(devServer) {
      server = devServer;
      // Vite watches its own root (src/); the talk lives beside it.
      devServer.watcher.add([resolve(root, SLIDES_DIR), resolve(root, ASSETS_DIR)]);
      devServer.ws.on('vite:client:connect', (_data, client) => {
        if (composed instanceof DeckProblems) client.send(overlayFor(composed));
      });
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const built = current(server ? () => undefined : (error) => this.error(error.message));
      servedGood = true;
      return built.source;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        let built: Built;
        try {
          built = current(() => undefined);
        } catch (error) {
          // The dev server, the deck broken since it started: Vite's own error page would need an
          // inline script, which the dev policy (src/publish/csp-plugin.ts) rightly blocks. The bare
          // page loads Vite's client, which shows the problems (sent on connect) and reloads once
          // they are fixed.
          if (server && error instanceof DeckProblems) return html;
          throw error;
        }
        const page = html.replace('<!--deck:head-->', built.head).replace('<html lang="en">', `<html lang="${built.lang}">`);
        return withSlides(withTheme(page, built.theme), built.slides);
      },
    },
    // `hotUpdate`, not `handleHotUpdate`: only it hears a slide file being created or deleted.
    // It runs once per environment; the deck is the client's, and is composed once per change.
    hotUpdate({ file }) {
      if (this.environment.name !== 'client') return undefined;
      const relativePath = relative(root, file).split(sep).join('/');
      if (!relativePath.startsWith(`${SLIDES_DIR}/`) && !relativePath.startsWith(`${ASSETS_DIR}/`)) return undefined;
      if (server) lookAgainAfterChange(server.watcher, file);
      const result = recompose();
      const module = this.environment.moduleGraph.getModuleById(RESOLVED_ID);
      if (!(result instanceof DeckProblems) && (!module || !servedGood)) {
        // The page never got a deck (broken since the server started): nothing on it can be
        // updated, so it loads again, now that there is a deck to load.
        if (server && server.ws.clients.size > 0) server.ws.send({ type: 'full-reload' });
        return [];
      }
      // Broken: the page keeps the last good deck (the module is unchanged) and shows the overlay.
      // No update goes out: the page takes an update's start as the sign to take the overlay down.
      if (result instanceof DeckProblems) {
        showOverlay(result);
        return [];
      }
      if (module) this.environment.moduleGraph.invalidateModule(module);
      return module ? [module] : [];
    },
  };
}
