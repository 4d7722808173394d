/**
 * Leaves a record of each build for the exports (src/node/build-manifest.ts): the talk as the
 * loader read it, and every file the build read, each with its size and time: the modules and
 * styles Vite bundled, the fonts and pictures they link, the talk's own files (from the deck
 * plugin), the Vite config and what it imports. `npm run pdf` reads it to know whether the
 * build is stale and what the talk is called, without reading talk.yaml or scanning folders.
 * Written beside the build, in node_modules/.cache/, never into the published folder.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { Talk } from '../deck/model.ts';
import { deckPluginApi, type DeckPluginApi } from '../deck/plugin.ts';
import { buildManifest, manifestPath, stampOf, type Stamp } from '../node/build-manifest.ts';

export interface BuildManifestOptions {
  /** The project root (where slides/ and package.json are), which need not be Vite's root. */
  root: string;
}

/** Files every build depends on that no module imports: the dependencies' versions. */
const ALWAYS = ['package.json', 'package-lock.json'];

/** The manifest writer as a Vite plugin (builds only). */
export function buildManifestPlugin({ root }: BuildManifestOptions): Plugin {
  let config: ResolvedConfig;
  /** The source files of the emitted assets (fonts and pictures a stylesheet links). */
  let assetSources: string[] = [];
  /** The stylesheets that stylesheets @import: Vite inlines them, and they are no modules. */
  const importedStyles = new Set<string>();
  return {
    name: 'deck-build-manifest',
    apply: 'build',
    // Before Vite's CSS plugin, which inlines the @imports and keeps no list of them.
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    transform(code, id) {
      if (/\.css(\?|$)/.test(id)) collectImports(fileOfModule(id) ?? '', code, importedStyles);
      return undefined;
    },
    writeBundle(_options, bundle) {
      assetSources = Object.values(bundle).flatMap((output) => (output.type === 'asset' ? output.originalFileNames : []));
    },
    // After every other plugin has written its part, so the page's stamp is the page as published.
    closeBundle: {
      order: 'post',
      sequential: true,
      handler(error?: Error) {
        const api = deckPluginApi(config.plugins);
        // A failed build (Rolldown calls this hook then too, not always with the error) has its
        // own message to give and leaves no record; a broken deck is one.
        const talk = error ? undefined : deckTalk(api);
        if (!talk) return;
        const outDir = resolve(config.root, config.build.outDir);
        // Modules, and what Vite watches besides them (the stylesheets a stylesheet @imports).
        const ids = [...this.getModuleIds(), ...importedStyles];
        const modules = ids.map(fileOfModule).filter((file): file is string => file !== undefined);
        const files = new Set([...modules, ...assetSources.map((file) => resolve(config.root, file)), ...config.configFileDependencies, ...api.files().map((file) => join(root, file)), ...ALWAYS.map((file) => join(root, file))]);
        const inputs = [...files].map((file) => projectFile(root, file)).filter((file): file is string => file !== undefined);
        const page = stampOf(root, projectFile(root, join(outDir, 'index.html')) ?? '');
        if (!page) return;
        const stamps = inputs.map((file) => stampOf(root, file)).filter((stamp): stamp is Stamp => stamp !== undefined);
        const path = manifestPath(root, outDir);
        mkdirSync(dirname(path), { recursive: true });
        // Written aside and renamed: a reader never sees half a record, and a record another
        // checkout shares (a hard-linked node_modules) is replaced, not rewritten under it.
        const written = `${path}.${process.pid}.tmp`;
        writeFileSync(written, `${JSON.stringify(buildManifest(talk, page, stamps), null, 1)}\n`);
        renameSync(written, path);
      },
    },
  };
}

/** A relative `@import './x.css'`: the only kind the deck's stylesheets use. */
const CSS_IMPORT = /@import\s+(?:url\()?['"](\.{1,2}\/[^'"]+)['"]/g;

/** Adds the stylesheets `css` (the file `from`) @imports, and theirs, to `found`. */
function collectImports(from: string, css: string, found: Set<string>): void {
  for (const [, specifier] of css.matchAll(CSS_IMPORT)) {
    const file = resolve(dirname(from), specifier!);
    if (found.has(file) || !existsSync(file)) continue;
    found.add(file);
    collectImports(file, readFileSync(file, 'utf8'), found);
  }
}

/** The talk, or undefined when the deck is broken (the deck plugin has reported why). */
function deckTalk(api: DeckPluginApi): Talk | undefined {
  try {
    return api.deck().talk;
  } catch {
    return undefined;
  }
}

/** The file behind a module id: no virtual modules (`\0…`), no query (`?url`, `?inline`). */
function fileOfModule(id: string): string | undefined {
  if (id.startsWith('\0') || !isAbsolute(id)) return undefined;
  return id.replace(/[?#].*$/, '');
}

/** `file` relative to the project, or undefined when it lies outside it. */
function projectFile(root: string, file: string): string | undefined {
  const near = relative(root, file);
  return near === '' || near.startsWith('..') || isAbsolute(near) ? undefined : near.split(sep).join('/');
}
