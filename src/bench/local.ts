/**
 * The bench measures this machine alone: a page that asks another host for anything (a CDN
 * script, a web font) would be timed against the network, not the deck, and would break the
 * project's promise of no request leaving the machine. Such requests are collected and turn
 * the figure into an error rather than a number.
 */
import type { Page } from 'playwright';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Schemes that never reach a network. */
const OFFLINE_PROTOCOLS = new Set(['data:', 'blob:', 'about:', 'chrome-extension:']);

/** Whether loading `url` stays on this machine. */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return OFFLINE_PROTOCOLS.has(protocol) || LOCAL_HOSTS.has(hostname);
}

/** Records every request `page` makes to another host into the returned list. */
export function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!isLocal(request.url())) foreign.push(request.url());
  });
  return foreign;
}

/**
 * Chromium flag that resolves every host name but the local ones to nothing, so a stray
 * request fails at once instead of waiting for a DNS time-out that would pad the figure.
 */
export const LOCAL_ONLY_ARG = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';
