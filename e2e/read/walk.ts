/**
 * Walking a built deck the way a reader or speaker does, for the checks that must hold on every
 * slide, and the Content-Security-Policy's violation reports those checks read (axe-core's
 * findings are e2e/support/axe.ts's).
 */
import type { Page } from '@playwright/test';

/** Where the page keeps the policy violations it has seen (set up before any script runs). */
const VIOLATIONS = '__deckCspViolations';

/** Records every `securitypolicyviolation` the page (or every page of a context) raises from its first script on. */
export async function recordPolicyViolations(page: Pick<Page, 'addInitScript'>): Promise<void> {
  await page.addInitScript((key) => {
    const seen: string[] = [];
    (window as unknown as Record<string, string[]>)[key] = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`));
  }, VIOLATIONS);
}

/** The violations recorded so far. */
export async function policyViolations(page: Page): Promise<string[]> {
  return page.evaluate((key) => (window as unknown as Record<string, string[]>)[key] ?? ['the recorder was not installed'], VIOLATIONS);
}

/** The policy the page declares in its `<meta http-equiv>`, as directive → sources. */
export async function declaredPolicy(page: Page): Promise<Map<string, string[]>> {
  const metas = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((elements) => elements.map((e) => e.getAttribute('content') ?? ''));
  if (metas.length !== 1) throw new Error(`expected one Content-Security-Policy meta, found ${metas.length}`);
  return new Map(
    metas[0]!
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** Every slide's slug, in order. */
export async function slideSlugs(page: Page): Promise<string[]> {
  return page.locator('.reveal .slides > section').evaluateAll((sections) => sections.map((section) => section.id));
}

/** Presses → until the last fragment of the last slide, calling `visit` on each new slide. */
export async function presentThrough(page: Page, visit: (slug: string) => Promise<void>): Promise<number> {
  const slugs = await slideSlugs(page);
  const last = slugs.at(-1);
  const seen: string[] = [];
  // A bound well above slides plus fragments, so a stuck deck ends the walk instead of hanging.
  for (let step = 0; step < slugs.length * 10; step++) {
    const slug = await page.locator('.reveal .slides > section.present').getAttribute('id');
    if (slug && !seen.includes(slug)) {
      seen.push(slug);
      await visit(slug);
    }
    const hasNextFragment = await page.locator('.reveal .slides > section.present .fragment:not(.visible)').count();
    if (slug === last && hasNextFragment === 0) break;
    await page.keyboard.press('ArrowRight');
  }
  return seen.length;
}

/** Opens a slide by its slug and waits until reveal.js shows it. */
export async function showSlide(page: Page, slug: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), `#/${slug}`);
  await page.locator(`.reveal .slides > section.present#${slug}`).waitFor();
}
