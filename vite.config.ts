/// <reference types="vitest/config" />
/**
 * Wires the deck plugin into Vite. Modes:
 * - `vite` (npm start): presenting, with speaker notes and the speaker view, hot reload.
 * - `vite build` (npm run build): the audience build in dist/, without notes.
 * - `vite build --mode speaker` (npm run build:speaker): one self-contained HTML file in
 *   dist-speaker/, with notes and the speaker view, that presents from file:// offline.
 * The publishing plugins (single file, social preview, Content-Security-Policy) are in src/publish/.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { publishingPlugins } from './src/publish/publishing.ts';
import { deckPlugin } from './src/deck/plugin.ts';
import { WIDGET_SOURCES } from './src/widgets/sources.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ command, mode }) => {
  const speaker = mode === 'speaker';
  const notes = command === 'serve' || speaker;
  return {
    root: 'src',
    base: './',
    publicDir: false,
    define: { __DECK_NOTES__: JSON.stringify(notes) },
    plugins: [
      deckPlugin({ root: projectRoot, notes, widgets: WIDGET_SOURCES }),
      ...publishingPlugins({ speaker, siteUrl: process.env.DECK_SITE_URL, root: projectRoot }),
    ],
    build: {
      outDir: speaker ? '../dist-speaker' : '../dist',
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: 0,
      // Source maps would carry the sources, and with them anything the build leaves out.
      sourcemap: false,
    },
    server: { port: 5173, strictPort: false },
    preview: { port: 4173 },
    test: {
      root: projectRoot,
      include: ['src/**/*.test.ts'],
      // One worker per CPU, not Vitest's one fewer: the files mostly wait on reads and child
      // processes, and on a 2-CPU machine one worker made the run take 37 s instead of 23 s.
      maxWorkers: availableParallelism(),
    },
  };
});
