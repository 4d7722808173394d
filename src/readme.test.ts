/** The README is part of the product: its commands and tables must match what the code does. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frontMatterTable } from './deck/front-matter-doc.ts';
import { LAYOUTS } from './deck/model.ts';

const readme = readFileSync('README.md', 'utf8');
/** The authoring guide holds the reference tables the README links to. */
const authoring = readFileSync('docs/authoring.md', 'utf8');
const ciRun = readFileSync('.ci/run', 'utf8');
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

/** The commands in ```sh blocks of the "two commands" section. */
function twoCommands(): string[] {
  const section = readme.split('## The two commands')[1]!.split('\n## ')[0]!;
  return [...section.matchAll(/```sh\n([^\n]+)\n```/g)].map((match) => match[1]!);
}

describe('README', () => {
  it('names one command to present and one to test, and CI runs the test one word for word', () => {
    const [present, test] = twoCommands();
    expect(present).toBe('npm ci && npm start');
    expect(test).toBe('npm ci && npm test');
    expect(ciRun).toContain(`\n${test} 2>&1 | tee`);
  });

  it('lists every front-matter key as the typed table defines it', () => {
    const table = /<!-- front-matter:start -->\n([\s\S]*?)\n<!-- front-matter:end -->/.exec(authoring)?.[1];
    expect(table, 'run `npx tsx src/deck/front-matter-doc.ts` and paste its table into docs/authoring.md').toBe(frontMatterTable());
  });

  it('describes every layout the theme knows', () => {
    for (const layout of LAYOUTS.filter((name) => name !== 'references')) expect(authoring).toContain(`| \`${layout}\` |`);
  });

  it('documents every npm script', () => {
    for (const name of Object.keys(scripts).filter((name) => name !== 'dev')) expect(readme, `script ${name}`).toMatch(new RegExp(`npm (run )?${name.replace(':', '\\:')}\\b`));
  });
});
