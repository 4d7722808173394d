/// <reference types="vitest/config" />
/**
 * Wires the deck plugin into Vite. Modes:
 * - `vite` (npm start): presenting, with speaker notes and the speaker view, hot reload.
 * - `vite build` (npm run build): the audience build in dist/, without notes.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { deckPlugin } from './src/deck/plugin.ts';
import { WIDGET_SOURCES } from './src/widgets/sources.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ command, mode }) => {
  const notes = command === 'serve' || mode === 'speaker';
  return {
    root: 'src',
    base: './',
    publicDir: false,
    define: { __DECK_NOTES__: JSON.stringify(notes) },
    plugins: [deckPlugin({ root: projectRoot, notes, widgets: WIDGET_SOURCES })],
    build: {
      outDir: '../dist',
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: 0,
    },
    server: { port: 5173, strictPort: false },
    preview: { port: 4173 },
    test: {
      root: projectRoot,
      include: ['src/**/*.test.ts'],
    },
  };
});
