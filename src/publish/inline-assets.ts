/**
 * The last step of the single file: any asset the page still links to as a file (Vite leaves
 * `<link rel="icon">` as one, and vite-plugin-singlefile only inlines scripts and styles)
 * becomes a data: URL, so the speaker carries one file and nothing beside it.
 */
import { extname } from 'node:path';
import type { Plugin } from 'vite';

/** Media types of the files a deck's page can link to. */
const MEDIA_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** `data:` URL of a file's bytes. */
export function dataUrl(fileName: string, source: string | Uint8Array): string {
  const type = MEDIA_TYPES[extname(fileName).toLowerCase()];
  if (!type) throw new Error(`inline assets: no media type known for ${fileName}`);
  return `data:${type};base64,${Buffer.from(source).toString('base64')}`;
}

/** Stylesheets are vite-plugin-singlefile's to inline, as `<style>`; every other file is ours. */
const PAGE_OR_STYLE = /\.(?:html|css)$/;

/**
 * Inlines every asset other than stylesheets that the built pages reference by relative URL.
 * Put it before vite-plugin-singlefile: both run last, in plugin order, and once this one has
 * taken the files, vite-plugin-singlefile (2.3) no longer prints "asset not inlined" for them,
 * a line that would be untrue.
 */
export function inlineAssetsPlugin(): Plugin {
  return {
    name: 'deck:inline-assets',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const pages = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.html'));
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || PAGE_OR_STYLE.test(asset.fileName)) continue;
          const url = dataUrl(asset.fileName, asset.source);
          for (const page of pages) {
            if (page.type === 'asset') page.source = String(page.source).replaceAll(`"./${asset.fileName}"`, `"${url}"`);
          }
          delete bundle[asset.fileName];
        }
      },
    },
  };
}
