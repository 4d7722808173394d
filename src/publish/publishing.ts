/**
 * The plugins that make a build publishable: the single file for the speaker, the social
 * preview for the audience, the Content-Security-Policy for both. Kept here so that
 * vite.config.ts stays a short table of modes.
 */
import type { PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { buildManifestPlugin } from './build-manifest.ts';
import { cspPlugin } from './csp-plugin.ts';
import { inlineAssetsPlugin } from './inline-assets.ts';
import { socialPreviewPlugin } from './social-plugin.ts';

export interface PublishingOptions {
  /** The speaker build: one self-contained HTML file with notes and the speaker view. */
  speaker: boolean;
  /** Where the audience build will be published, for absolute social-preview URLs. */
  siteUrl: string | undefined;
  /** The project root, for the build's record of its inputs (read by the exports). */
  root: string;
}

/** The build plugins for the speaker build or the audience build, in the order they must run. */
export function publishingPlugins({ speaker, siteUrl, root }: PublishingOptions): PluginOption[] {
  // Both builds record their inputs: npm run pdf prints the audience build, the handout the speaker one.
  const manifest = buildManifestPlugin({ root });
  if (speaker) return [inlineAssetsPlugin(), viteSingleFile(), ...cspPlugin({ embedded: true }), manifest];
  // The dev server (npm start) takes its header from here too.
  return [socialPreviewPlugin({ siteUrl }), ...cspPlugin({ embedded: false }), manifest];
}
