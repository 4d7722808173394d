/**
 * The audience build is self-contained and keeps to its Content-Security-Policy: nothing from
 * any other host, no inline or eval'd script allowed, and no violation while reading it through.
 */
import { test, expect } from '../deck.ts';
import { talkSlides } from '../support/talk-model.ts';
import { declaredPolicy, policyViolations, presentThrough, recordPolicyViolations } from './walk.ts';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

test('the policy allows no inline script and no eval, and nothing from other hosts', { tag: '@any-talk' }, async ({ deck, page }) => {
  await deck.open();
  const policy = await declaredPolicy(page);
  expect(policy.get('default-src')).toEqual(["'none'"]);
  const scripts = policy.get('script-src') ?? policy.get('default-src')!;
  expect(scripts).not.toContain("'unsafe-inline'");
  expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  // Only the page's own origin and data: URLs; never a host, a scheme-wide source or '*'.
  for (const [directive, sources] of policy) {
    for (const source of sources) expect.soft(source, directive).toMatch(/^('self'|'none'|'sha256-[A-Za-z0-9+/=]+'|'unsafe-hashes'|data:)$/);
  }
});

test('reading every slide, no request leaves this host and the policy blocks nothing', { tag: '@any-talk' }, async ({ deck, page, context }) => {
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_HOSTS.has(url.hostname)) return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  await recordPolicyViolations(page);
  await deck.open();
  const slugs = talkSlides().map((slide) => slide.slug);
  const visited: string[] = [];
  await presentThrough(page, async (slug) => void visited.push(slug));
  // Every slide of the talk is reached with the arrow key, in the talk's order.
  expect(visited).toEqual(slugs);
  // The overview and the scroll view render every slide at once.
  await deck.press('o');
  await expect(page.locator('.reveal')).toHaveClass(/overview/);
  await deck.press('Escape');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('.reveal-scroll')).toBeAttached();
  await page.locator(`section#${slugs.at(-1)}`).scrollIntoViewIfNeeded();
  expect(await policyViolations(page)).toEqual([]);
  expect(blocked).toEqual([]);
});
