/**
 * The README's table of the ```matrix block keys, made from MATRIX_BLOCK_KEYS so the two cannot
 * drift. Run `npx tsx src/matrix/block-doc.ts` to print it.
 */
import { pathToFileURL } from 'node:url';
import { MATRIX_BLOCK_KEYS } from './block.ts';

/** A `|` inside a Markdown table cell must be escaped, or it starts a new cell. */
const cell = (text: string) => text.replaceAll('|', '\\|');

/** The Markdown table of every key a ```matrix block may set. */
export function matrixBlockTable(): string {
  const rows = Object.entries(MATRIX_BLOCK_KEYS).map(([name, key]) => `| \`${name}\` | ${cell(key.type)} | ${cell(key.defaultValue)} | ${cell(key.doc)} |`);
  return ['| key | values | default | what it does |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(matrixBlockTable());
