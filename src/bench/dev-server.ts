/**
 * Starts the project's own dev server (its vite.config.ts, as `npm start` does) on a copy of
 * the project, as a process of its own. Run by hot-update.ts:
 *   tsx src/bench/dev-server.ts <project copy> <port>
 * Its dependency cache stays inside the copy, so it never races another engineer's dev
 * server over the shared node_modules/.vite.
 */
import { join } from 'node:path';
import { createServer } from 'vite';
import { packagesFolder } from './project-copy.ts';

const [project, port] = process.argv.slice(2);
if (!project || !port) {
  console.error('bench dev-server: usage: tsx src/bench/dev-server.ts <project> <port>');
  process.exit(2);
}
// vite.config.ts names its root relative to the working directory.
process.chdir(project);
const server = await createServer({
  configFile: join(project, 'vite.config.ts'),
  cacheDir: join(project, '.vite-cache'),
  clearScreen: false,
  logLevel: 'warn',
  server: {
    host: '127.0.0.1',
    port: Number(port),
    strictPort: true,
    open: false,
    // The copy links its packages, whose real paths are outside the copy.
    fs: { allow: [project, packagesFolder(project)] },
  },
});
await server.listen();
console.log(`bench dev-server: listening on ${port}`);
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => void server.close().then(() => process.exit(0)));
