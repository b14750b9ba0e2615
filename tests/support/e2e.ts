/**
 * What a browser test file needs, shared by all of them (style habit 14): `test` (also `it`)
 * hands each file a `browser`, connected to the one chromium of the run, in which the file opens
 * its own contexts; `site` is the built dist/ as the run serves it; `extraSite()` is one of the
 * sites built besides dist/. All of it is started once by the e2e global setup (e2e-setup.ts), so
 * a file holds only its own sentences and runs in parallel with the others.
 */
import { chromium, type BrowserContext, type Download, type Page } from 'playwright-core';
import { expect, inject, test as base } from 'vitest';
import { extraSite as builtSite, type ExtraSite, type ExtraSiteName } from './extra-sites.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const provided = inject('e2e');

/** The built site (dist/), served for the whole run. */
export const site = {
  /** Origin, without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: provided.siteUrl,
  /** The absolute address of a path of the site. */
  href: (path: string) => new URL(path, provided.siteUrl).href,
};

export const test = base.extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
  const browser = await chromium.connect(provided.browserEndpoint);
  // Closing a connected browser closes the contexts this file opened, not the shared chromium.
  onCleanup(() => browser.close());
  return browser;
});
export const it = test;

/** Opens a page of a served site (dist/ unless `server` is given) and asserts it answered 200. */
export async function openPage(context: BrowserContext, path: string, server: { url: string } = site): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(new URL(path, server.url).href);
  expect(response?.status(), path).toBe(200);
  return page;
}

/**
 * Runs `visit` on every item, `at` at a time: most of a page visit is waiting (for the page to
 * load, for the network to go idle), so a few visits overlap well. Stops at the first failure.
 */
export async function eachConcurrently<T>(items: readonly T[], at: number, visit: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await visit(item);
  };
  await Promise.all(Array.from({ length: Math.min(at, queue.length) }, worker));
}

/**
 * The bytes of a download. The shared chromium runs in another process than the test, whose
 * Download.path() is therefore unavailable ("Path is not available when connecting remotely"):
 * the file is streamed instead.
 */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A site built besides dist/ (see extra-sites.ts), once its build is over; fails with the build's output. */
export async function extraSite(name: ExtraSiteName): Promise<ExtraSite> {
  const built = await builtSite(provided.sitesDir, name);
  expect(built.ok, `the ${name} site did not build:\n${built.output.slice(-4000)}`).toBe(true);
  return built;
}

/** An extra site served on its own port, at `prefix` ("/" or e.g. "/open-data/"). */
export async function serveExtraSite(name: ExtraSiteName, prefix = '/'): Promise<ExtraSite & { server: StaticServer }> {
  const built = await extraSite(name);
  return { ...built, server: await serveStatic(built.dir, prefix) };
}

/** Enough for three builds side by side on a busy machine, when a test is the first to ask for a site. */
export const EXTRA_SITE_TIMEOUT = 300_000;
