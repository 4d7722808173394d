import { describe, expect, it } from 'vitest';
import { CSP_PLACEHOLDER, contentSecurityPolicy, emittedInlineScripts, inlineStylesOf, sha256Source, withPolicyMeta } from './csp.ts';

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
    const policy = contentSecurityPolicy({ inline: NONE, embedded: false });
    expect(directive(policy, 'default-src')).toEqual(["'none'"]);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'style-src')).toEqual(["'self'"]);
    expect(directive(policy, 'font-src')).toEqual(["'self'"]);
    expect(directive(policy, 'frame-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('lets the single file run exactly its own inline code, by hash', () => {
    const inline = { scripts: ['run()', 'run()'], styles: ['a{}'], styleAttributes: ['display: none'] };
    const policy = contentSecurityPolicy({ inline, embedded: true });
    expect(directive(policy, 'script-src')).toEqual([sha256Source('run()')]);
    expect(directive(policy, 'style-src')).toEqual([sha256Source('a{}'), "'unsafe-hashes'", sha256Source('display: none')]);
    expect(directive(policy, 'font-src')).toEqual(['data:']);
    expect(directive(policy, 'frame-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/'self'.*script-src|unsafe-inline|unsafe-eval/);
  });

  it("serves the same policy from the dev server, plus hot reload's socket and injected styles", () => {
    const inline = { scripts: [], styles: ['a{}'], styleAttributes: ['x: y'] };
    const policy = contentSecurityPolicy({ inline, embedded: false, dev: { host: '127.0.0.1:5173' } });
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive(policy, 'connect-src')).toEqual(["'self'", 'ws://127.0.0.1:5173']);
    expect(directive(policy, 'default-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it("adds 'unsafe-hashes' only when a style attribute needs it", () => {
    const policy = contentSecurityPolicy({ inline: { ...NONE, styles: ['a{}'] }, embedded: true });
    expect(policy).not.toContain('unsafe-hashes');
  });
});

describe('inlineStylesOf', () => {
  it('finds style blocks and style attributes of the page', () => {
    const html = '<head><style>b{}</style></head><body><p style="color: red"><div class="reveal"><div class="slides"></div></div></body>';
    expect(inlineStylesOf(html)).toEqual({ styles: ['b{}'], styleAttributes: ['color: red'] });
  });

  it('ignores markup that is only text inside a script', () => {
    const html = '<script>w("<style>x{}</style><p style=\\"y\\">")</script>';
    expect(inlineStylesOf(html)).toEqual({ styles: [], styleAttributes: [] });
  });

  it('takes nothing from the slides, where the cover (a slide) stands', () => {
    const html = '<div class="reveal"><div class="slides"><section data-cover><style>p{}</style><p style="x">t</p></section></div></div></body>';
    expect(inlineStylesOf(html)).toEqual({ styles: [], styleAttributes: [] });
  });
});

describe('emittedInlineScripts', () => {
  it('trusts an emitted chunk inlined as vite-plugin-singlefile writes it', () => {
    const code = 'const a = "</script>"; f("__VITE_PRELOAD__");\n';
    const html = '<script type="module">const a = "\\x3C/script>"; f(void 0);</script>';
    expect(emittedInlineScripts([code], html)).toEqual(['const a = "\\x3C/script>"; f(void 0);']);
  });

  it('never trusts an inline script the build did not emit, wherever it stands', () => {
    const html = '<script type="module">go()</script><div class="slides"><section><script>window.__pwned = 1</script></section></div>';
    expect(emittedInlineScripts(['go()'], html)).toEqual(['go()']);
    expect(emittedInlineScripts(['other()'], html)).toEqual([]);
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
