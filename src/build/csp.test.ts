import { describe, expect, it } from 'vitest';
import { CSP_PLACEHOLDER, contentSecurityPolicy, inlineCodeOf, sha256Source, withPolicyMeta } from './csp.ts';

const NONE = { scripts: [], styles: [], styleAttributes: [] };

/** The sources one directive of a policy lists. */
function directive(policy: string, name: string): string[] | undefined {
  const found = policy.split('; ').find((part) => part.split(' ')[0] === name);
  return found?.split(' ').slice(1);
}

describe('sha256Source', () => {
  it('is the base64 SHA-256 a browser compares inline code with', () => {
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('contentSecurityPolicy', () => {
  it('lets the audience build load its own files and nothing inline', () => {
    const policy = contentSecurityPolicy({ inline: NONE, embedded: false, framesItself: false });
    expect(directive(policy, 'default-src')).toEqual(["'none'"]);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'style-src')).toEqual(["'self'"]);
    expect(directive(policy, 'font-src')).toEqual(["'self'"]);
    expect(directive(policy, 'frame-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('lets the single file run exactly its own inline code, by hash', () => {
    const inline = { scripts: ['run()', 'run()'], styles: ['a{}'], styleAttributes: ['display: none'] };
    const policy = contentSecurityPolicy({ inline, embedded: true, framesItself: true });
    expect(directive(policy, 'script-src')).toEqual([sha256Source('run()')]);
    expect(directive(policy, 'style-src')).toEqual([sha256Source('a{}'), "'unsafe-hashes'", sha256Source('display: none')]);
    expect(directive(policy, 'font-src')).toEqual(['data:']);
    expect(directive(policy, 'frame-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/'self'.*script-src|unsafe-inline|unsafe-eval/);
  });

  it("adds 'unsafe-hashes' only when a style attribute needs it", () => {
    const policy = contentSecurityPolicy({ inline: { ...NONE, styles: ['a{}'] }, embedded: true, framesItself: false });
    expect(policy).not.toContain('unsafe-hashes');
  });
});

describe('inlineCodeOf', () => {
  it('finds inline scripts and styles but not scripts loaded from files', () => {
    const html = '<script type="module" src="./a.js"></script><script type="module">go()</script><style>b{}</style><p style="color: red">';
    expect(inlineCodeOf(html)).toEqual({ scripts: ['go()'], styles: ['b{}'], styleAttributes: ['color: red'] });
  });

  it('ignores markup that is only text inside a script', () => {
    const html = '<script>w("<style>x{}</style><p style=\\"y\\">")</script>';
    expect(inlineCodeOf(html)).toEqual({ scripts: ['w("<style>x{}</style><p style=\\"y\\">")'], styles: [], styleAttributes: [] });
  });
});

describe('withPolicyMeta', () => {
  it('puts the policy where the page asks for it', () => {
    expect(withPolicyMeta(`<head>${CSP_PLACEHOLDER}<title>`, "default-src 'none'")).toBe(
      `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>`,
    );
  });

  it('fails the build for a page without the placeholder', () => {
    expect(() => withPolicyMeta('<head></head>', "default-src 'none'")).toThrow(/no <!--deck:csp-->/);
  });
});
