import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { speakerViewHtml, speakerViewInline } from './speaker-view.ts';

const NOTES_PLUGIN = fileURLToPath(import.meta.resolve('reveal.js/plugin/notes'));

describe('speakerViewHtml', () => {
  it('reads the speaker view reveal.js writes into its popup', () => {
    const html = speakerViewHtml(readFileSync(NOTES_PLUGIN, 'utf8'));
    expect(html).toContain('<title>reveal.js - Speaker View</title>');
    expect(html).toContain('</script>');
  });

  it('evaluates escapes the way a browser would see them', () => {
    const html = speakerViewHtml('t.document.write("<style>a{}</style><script>var a = \\"x\\";\\n<\\/script><div id=\\"speaker-controls\\"></div>"), x');
    expect(html).toBe('<style>a{}</style><script>var a = "x";\n</script><div id="speaker-controls"></div>');
  });

  it('refuses anything but a string literal, so no plugin code runs', () => {
    expect(() => speakerViewHtml('document.write(process.exit(1))')).toThrow(/no longer a plain string literal/);
    expect(() => speakerViewHtml('const a = 1;')).toThrow(/no document.write/);
    expect(() => speakerViewHtml('document.write("<p>"+x)')).toThrow(/does not write the speaker view/);
  });
});

describe('speakerViewInline', () => {
  it('finds one inline script, one style block and the style attributes', () => {
    const inline = speakerViewInline(speakerViewHtml(readFileSync(NOTES_PLUGIN, 'utf8')));
    expect(inline.scripts).toHaveLength(1);
    expect(inline.scripts[0]).toContain('connection-status');
    expect(inline.styles).toHaveLength(1);
    expect(inline.styleAttributes).toEqual(['display: none']);
  });
});
