/**
 * The README's front-matter table, made from the typed table itself so the two cannot drift.
 * Run `npx tsx src/deck/front-matter-doc.ts` to print it; src/readme.test.ts compares.
 */
import { pathToFileURL } from 'node:url';
import { FRONT_MATTER, FRONT_MATTER_NAMES } from './front-matter.ts';

/** The Markdown table of every front-matter key. */
export function frontMatterTable(): string {
  const rows = FRONT_MATTER_NAMES.map((name) => {
    const key = FRONT_MATTER[name];
    return `| \`${name}\` | ${key.type} | ${key.defaultValue} | ${key.doc} |`;
  });
  return ['| key | type | default | what it does |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(frontMatterTable());
