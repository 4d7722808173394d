/**
 * The Vite adapter, kept thin: serves `virtual:deck`, reports problems (the build fails with
 * all of them; the dev server shows them in its overlay and keeps the last good deck) and
 * hot-reloads when a slide, the talk, the bibliography or an asset changes.
 */
import { posix, relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { renderCover, withCover } from './cover.ts';
import { loadDeck, ASSETS_DIR, SLIDES_DIR } from './load.ts';
import { deckModuleSource } from './module.ts';
import { formatProblem, hasErrors, sortProblems, DeckProblems } from './problem.ts';
import { renderHead } from './render.ts';
import type { WidgetSource } from './widget.ts';
import { withTheme, type Theme } from '../theme/theme.ts';

const PUBLIC_ID = 'virtual:deck';
const RESOLVED_ID = `\0${PUBLIC_ID}`;

export interface DeckPluginOptions {
  /** The project root (where slides/ and assets/ are), which need not be Vite's root. */
  root: string;
  /** Keep speaker notes in the sections (dev and speaker builds) or strip them (audience). */
  notes: boolean;
  widgets: readonly WidgetSource[];
}

/** The deck as a Vite plugin. */
export function deckPlugin(options: DeckPluginOptions): Plugin {
  const root = options.root;
  let server: ViteDevServer | undefined;
  let lastGood: { source: string; head: string; lang: string; cover: string; theme: Theme } | undefined;
  /**
   * How the page links a project file (the cover's images): the build resolves a URL relative
   * to the page's folder (Vite's root, src/) as it does the favicon's, then hashes, copies or
   * inlines the file; the dev server serves files outside its root under /@fs/, as it does the
   * slides' assets for `virtual:deck`.
   */
  let pageUrl = (path: string) => path;

  let printedWarnings = '';

  const build = () => {
    const loaded = loadDeck(root, options.widgets);
    // The deck is loaded for the module and again for the page head: say each warning once.
    const warnings = sortProblems(loaded.problems).filter((p) => p.severity === 'warning').map((p) => `[deck] ${formatProblem(p)}`).join('\n');
    if (warnings !== '' && warnings !== printedWarnings) console.warn(warnings);
    printedWarnings = warnings;
    if (!loaded.deck || hasErrors(loaded.problems)) throw new DeckProblems(loaded.problems.filter((p) => p.severity !== 'warning'));
    return {
      source: deckModuleSource(loaded.deck, { notes: options.notes, root }),
      head: renderHead(loaded.deck.talk),
      lang: loaded.deck.talk.lang,
      theme: loaded.deck.talk.theme,
      cover: renderCover(loaded.deck, pageUrl),
    };
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

  const showOverlay = (error: DeckProblems) => {
    server?.config.logger.error(`[deck] ${error.message}`, { timestamp: true });
    server?.ws.send({ type: 'error', err: { message: error.message, stack: '', plugin: 'deck', id: error.problems[0]?.file } });
  };

  return {
    name: 'deck',
    configResolved(config) {
      const toPosix = (path: string) => path.split(sep).join('/');
      pageUrl = config.command === 'serve'
        ? (path) => `/@fs/${toPosix(resolve(root, path)).replace(/^\//, '')}`
        : (path) => posix.join(toPosix(relative(config.root, root)), path);
    },
    configureServer(devServer) {
      server = devServer;
      // Vite watches its own root (src/); the talk lives beside it.
      devServer.watcher.add([resolve(root, SLIDES_DIR), resolve(root, ASSETS_DIR)]);
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const built = current(server ? showOverlay : (error) => this.error(error.message));
      return built.source;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const built = current(server ? showOverlay : () => undefined);
        const page = html.replace('<!--deck:head-->', built.head).replace('<html lang="en">', `<html lang="${built.lang}">`);
        return withCover(withTheme(page, built.theme), built.cover);
      },
    },
    // `hotUpdate`, not `handleHotUpdate`: only it hears a slide file being created or deleted.
    hotUpdate({ file }) {
      const relativePath = relative(root, file).split(sep).join('/');
      if (!relativePath.startsWith(`${SLIDES_DIR}/`) && !relativePath.startsWith(`${ASSETS_DIR}/`)) return undefined;
      const module = this.environment.moduleGraph.getModuleById(RESOLVED_ID);
      if (!module) return undefined;
      this.environment.moduleGraph.invalidateModule(module);
      return [module];
    },
  };
}
