/**
 * What a page costs the reader: every response the browser receives while loading it, with the
 * size a static host would send. Our test server does not compress, so each body is gzipped here
 * (zlib's default level 6, what nginx, Apache and most hosts use); a body that gzip does not
 * shrink (PNG, Pagefind's already-compressed index files) counts at its own size.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from 'playwright-core';

/** Bytes a host sends for `body`: gzipped, or as it is when gzip would not make it smaller. */
export function servedSize(body: Uint8Array | string): number {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return Math.min(bytes.length, gzipSync(bytes).length);
}

export interface Fetched {
  /** Site path, e.g. "/_astro/global.DdGaivmG.css" */
  path: string;
  /** Playwright's resource type: document, script, stylesheet, image, fetch, other, ... */
  type: string;
  status: number;
  /** Bytes as a static host would send them (see servedSize). */
  served: number;
  /** Fetched after the page had loaded, because of `then` (a search, say). */
  afterLoad: boolean;
}

export interface PageWeight {
  page: Page;
  fetched: Fetched[];
  /** Served size of each inline script (executable ones; JSON-LD is data, not JavaScript). */
  inlineScripts: number[];
  /** Served size of each inline <style>. */
  inlineStyles: number[];
}

/**
 * Opens `path` and records every response until the network is idle, then after `then` (a search,
 * say) until it is idle again.
 */
export async function weighPage(
  context: BrowserContext,
  origin: string,
  path: string,
  then?: (page: Page) => Promise<void>,
): Promise<PageWeight> {
  const page = await context.newPage();
  const pending: Promise<Fetched | undefined>[] = [];
  let afterLoad = false;
  page.on('response', (response: Response) => pending.push(record(response, afterLoad)));
  await page.goto(new URL(path, origin).href, { waitUntil: 'networkidle' });
  if (then) {
    afterLoad = true;
    await then(page);
    await page.waitForLoadState('networkidle');
  }
  const fetched = (await Promise.all(pending)).filter((f): f is Fetched => f !== undefined);
  const inline = (selector: string) =>
    page.locator(selector).evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
  const scripts = await inline('script:not([src]):not([type]), script:not([src])[type="module"], script:not([src])[type="text/javascript"]');
  const styles = await inline('style');
  return { page, fetched, inlineScripts: scripts.map(servedSize), inlineStyles: styles.map(servedSize) };
}

async function record(response: Response, afterLoad: boolean): Promise<Fetched | undefined> {
  const url = new URL(response.url());
  if (!/^https?:$/.test(url.protocol)) return undefined;
  // A redirect has no body; its target is recorded as a response of its own.
  const body = response.status() >= 300 && response.status() < 400 ? Buffer.alloc(0) : await response.body().catch(() => Buffer.alloc(0));
  return { path: url.pathname + url.search, type: response.request().resourceType(), status: response.status(), served: servedSize(body), afterLoad };
}

/** Sum of served sizes, in bytes. */
export const total = (sizes: readonly number[]): number => sizes.reduce((sum, n) => sum + n, 0);

/** "12.3 kB" (1 kB = 1024 bytes, as the budgets are written). */
export const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
