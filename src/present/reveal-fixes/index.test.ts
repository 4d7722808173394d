import { readFileSync } from 'node:fs';
import type { RevealApi } from 'reveal.js';
import { describe, expect, it, vi } from 'vitest';
import { FIX_PHASES, type RevealFix } from './fix.ts';
import { fixesLeftOut, installFixes, REVEAL_FIXES } from './index.ts';

const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
/** What package.json asks for, and what npm installed. */
const pinned: string = readJson('../../../package.json').devDependencies['reveal.js'];
const installed: string = readJson('../../../node_modules/reveal.js/package.json').version;

describe('the registry of reveal.js fixes', () => {
  it('pins reveal.js to the exact version the fixes were written against', () => {
    expect(pinned, 'package.json pins an exact version, not a range').toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pinned);
    for (const fix of REVEAL_FIXES) expect(fix.revealVersion, fix.id).toBe(pinned);
  });

  it('lists each fix once, with a one-line description and a phase of the start-up', () => {
    const ids = REVEAL_FIXES.map((fix) => fix.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const fix of REVEAL_FIXES) {
      expect(fix.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(fix.description.trim(), fix.id).not.toBe('');
      expect(fix.description, fix.id).not.toContain('\n');
      expect(FIX_PHASES, fix.id).toContain(fix.phase);
      if (fix.upstream) expect(fix.upstream, fix.id).toMatch(/^https:\/\/github\.com\/hakimel\/reveal\.js\/(issues|pull)\/\d+$/);
    }
  });

  it('keeps the order the fixes rely on', () => {
    const at = (id: string) => REVEAL_FIXES.findIndex((fix) => fix.id === id);
    // Both act on the switch to the scroll view: the overview closes before the scroll.
    expect(at('overview-in-scroll-view')).toBeLessThan(at('scroll-lands-short'));
    expect(REVEAL_FIXES.find((fix) => fix.id === 'followed-link')?.phase).toBe('before-initialize');
  });
});

describe('installFixes', () => {
  const deck = {} as RevealApi;
  /** A fix that records its install and dispose in `log`. */
  const recording = (id: string, phase: RevealFix['phase'], log: string[]): RevealFix => ({
    id,
    description: id,
    revealVersion: '6.0.2',
    phase,
    install: () => {
      log.push(`install ${id}`);
      return () => log.push(`dispose ${id}`);
    },
  });

  it('installs the fixes of one phase in registry order, and disposes them in reverse', () => {
    const log: string[] = [];
    const fixes = [recording('a', 'after-initialize', log), recording('b', 'before-ready', log), recording('c', 'after-initialize', log)];
    const dispose = installFixes(deck, 'after-initialize', new Set(), fixes);
    expect(log).toEqual(['install a', 'install c']);
    dispose();
    expect(log).toEqual(['install a', 'install c', 'dispose c', 'dispose a']);
  });

  it('leaves out the fixes named, and says so on the console when a name is unknown', () => {
    const log: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fixes = [recording('a', 'after-initialize', log), recording('c', 'after-initialize', log)];
    installFixes(deck, 'after-initialize', new Set(['a']), fixes);
    expect(log).toEqual(['install c']);
    expect(error).not.toHaveBeenCalled();
    installFixes(deck, 'after-initialize', new Set(['typo']), fixes);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('no reveal.js fix "typo"'));
    error.mockRestore();
  });

  it('reads the fixes to leave out from the address', () => {
    expect([...fixesLeftOut('?without-fix=jump-box-late-close,followed-link')]).toEqual(['jump-box-late-close', 'followed-link']);
    expect(fixesLeftOut('?transition=none').size).toBe(0);
  });
});
