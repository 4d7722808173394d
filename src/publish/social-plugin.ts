/**
 * The audience build's link preview: renders the social-preview card at build time, emits it
 * as an asset and adds the Open Graph and Twitter tags to the page head.
 */
import type { Plugin } from 'vite';
import { escapeHtml } from '../deck/html.ts';
import type { Talk } from '../deck/model.ts';
import { deckPluginApi, type DeckPluginApi } from '../deck/plugin.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, renderSocialPreview } from './social-preview.ts';

export interface SocialPluginOptions {
  /** `DECK_SITE_URL`: where the deck will be published, e.g. https://example.org/talks/secrecy/. */
  siteUrl: string | undefined;
}

/** The published folder's URL, ending in `/`, or a build error that says what to write. */
export function normaliseSiteUrl(siteUrl: string): string {
  let url: URL | undefined;
  try {
    url = new URL(siteUrl);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol))
    throw new Error(`DECK_SITE_URL ${JSON.stringify(siteUrl)} is not an absolute http(s) URL; write the folder the deck is published at, e.g. https://example.org/talks/secrecy/`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * The Open Graph and Twitter tags. Scrapers want an absolute image URL, which only a known
 * site URL gives; without one the URL is relative, which browsers and some scrapers resolve.
 */
export function socialMeta(talk: Pick<Talk, 'title' | 'author' | 'description'>, image: string, siteUrl: string | undefined): string {
  const imageUrl = siteUrl ? new URL(image, siteUrl).href : `./${image}`;
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:title', talk.title],
    ['property', 'og:description', talk.description],
    ...(siteUrl ? [['property', 'og:url', siteUrl] as [string, string, string]] : []),
    ['property', 'og:image', imageUrl],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(PREVIEW_WIDTH)],
    ['property', 'og:image:height', String(PREVIEW_HEIGHT)],
    ['property', 'og:image:alt', `Title slide: ${talk.title}, by ${talk.author}`],
    ['name', 'twitter:card', 'summary_large_image'],
    // X falls back to og:image, but not every reader of Twitter cards does.
    ['name', 'twitter:image', imageUrl],
  ];
  return tags.map(([kind, name, content]) => `<meta ${kind}="${name}" content="${escapeHtml(content)}">`).join('\n');
}

/** Adds tags at the end of the head, indented like the head's other lines. */
function withHeadTags(html: string, tags: string): string {
  return html.replace(/\n([ \t]*)<\/head>/, (_end, indent: string) => `\n${indent}  ${tags.split('\n').join(`\n${indent}  `)}\n${indent}</head>`);
}

/** The social preview as a Vite plugin (audience build only). */
export function socialPreviewPlugin(options: SocialPluginOptions): Plugin {
  let siteUrl: string | undefined;
  let deck: DeckPluginApi;
  return {
    name: 'deck:social-preview',
    apply: 'build',
    configResolved(config) {
      deck = deckPluginApi(config.plugins);
    },
    buildStart() {
      siteUrl = options.siteUrl ? normaliseSiteUrl(options.siteUrl) : undefined;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // The talk the loader made; a broken deck has already failed the build with all its problems.
        const talk = deck.deck().talk;
        const reference = this.emitFile({ type: 'asset', name: 'social-preview.png', source: renderSocialPreview(talk) });
        const meta = socialMeta(talk, this.getFileName(reference), siteUrl);
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html')) file.source = withHeadTags(String(file.source), meta);
        }
      },
    },
  };
}
