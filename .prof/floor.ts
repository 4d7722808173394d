import { chromium } from 'playwright';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium, CHROMIUM_ARGS } from '../src/cli/chromium.ts';
import { withPrintView } from '../src/export/print-view.ts';
const root = new URL('../', import.meta.url).pathname;
rmSync('/tmp/floor', { recursive: true, force: true });
cpSync(root + 'dist', '/tmp/floor', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
await withPrintView(browser, { buildDir: root + 'dist', timeoutMs: 60000, fragments: false }, async (page) => {
  const html = await page.evaluate(() => {
    document.querySelectorAll('script, meta[http-equiv]').forEach((element) => element.remove());
    return '<!doctype html>\n' + document.documentElement.outerHTML;
  });
  writeFileSync('/tmp/floor/print.html', html);
});
await browser.close();
