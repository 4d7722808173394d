/**
 * Moved to src/node/static-server.ts (below both the commands and the export library); this
 * name stays only until src/bench/main.ts, which another change rewrites, imports it there.
 */
export { serveDirectory, type StaticServer } from '../node/static-server.ts';
