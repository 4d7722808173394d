import { chromium } from 'playwright';
import { writeFileSync } from 'node:fs';
import { findChromium, CHROMIUM_ARGS } from '../src/cli/chromium.ts';
import { withPrintView } from '../src/export/print-view.ts';
const root = new URL('../', import.meta.url).pathname;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
await withPrintView(browser, { buildDir: root + 'dist', timeoutMs: 60000, fragments: false }, async (page) => {
  writeFileSync('/tmp/raw.pdf', await page.pdf({ width: '1280px', height: '719px', printBackground: true, tagged: true, outline: true }));
});
await browser.close();
