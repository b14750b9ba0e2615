// The site published below a base path, as on GitHub Pages (https://<owner>.github.io/<repo>/):
// built once with PORTAL_SITE_URL=http://127.0.0.1/open-data/ and served under /open-data/ only,
// every link of the build must stay below /open-data/ (the link checker over the whole build, the
// sitemap, feeds, JSON-LD, catalogue, canonical and Open Graph URLs included), and a reader's
// journey, from the home page to a CSV and a search, requests nothing outside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/translate.ts';
import { EXTRA_SITE_TIMEOUT, it, serveExtraSite } from '../support/e2e.ts';
import { BASE_PATH_SITE_URL as SITE_URL } from '../support/extra-sites.ts';
import { checkLinks } from '../support/link-check.ts';
import type { StaticServer } from '../support/static-server.ts';
import { realPortal } from '../support/real-portal.ts';
import { googleDatasetProblems } from '../support/google-dataset.ts';
import { dcatApViolations } from '../support/shacl.ts';

const BASE = new URL(SITE_URL).pathname;

/** The build (tests/support/extra-sites.ts, "base-path"), shared with any other test that needs it. */
let outDir: string;
let server: StaticServer;
let context: BrowserContext;
/** Every request the pages made, and every answer that was not a success. */
const requests: string[] = [];
const failures: string[] = [];

it.beforeAll(async ({ browser }) => {
  ({ dir: outDir, server } = await serveExtraSite('base-path', BASE));
  context = await browser.newContext();
  context.on('request', (request) => requests.push(request.url()));
  context.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
}, EXTRA_SITE_TIMEOUT);
it.afterAll(async () => {
  await server?.close();
});

describe(`a build published under ${BASE}`, () => {
  it('links only to files of the build, all of them below the base path', () => {
    const report = checkLinks(outDir, { siteOrigin: new URL(SITE_URL).origin, base: BASE });
    expect(report.checked).toBeGreaterThan(1000);
    expect(report.broken, `${report.broken.length} broken links in the ${BASE} build`).toEqual([]);
  });

  it('names every dataset and file in its catalogue and JSON-LD by an absolute address below the base, one per dataset in both languages', async () => {
    const catalog = JSON.parse(readFileSync(join(outDir, 'catalog.jsonld'), 'utf8'));
    expect(await dcatApViolations(catalog, `${SITE_URL}catalog.jsonld`)).toEqual([]);
    const ids = new Map<string, string>();
    for (const dataset of catalog['dcat:dataset']) {
      expect(dataset['@id']).toBe(`${SITE_URL}data/${dataset['dct:identifier']}/#dataset`);
      for (const page of dataset['dcat:landingPage']) expect(page['@id'].startsWith(SITE_URL)).toBe(true);
      for (const file of dataset['dcat:distribution']) {
        for (const key of ['dcat:accessURL', 'dcat:downloadURL']) expect(file[key]['@id'].startsWith(`${SITE_URL}downloads/`)).toBe(true);
      }
      ids.set(dataset['dct:identifier'], dataset['@id']);
    }
    for (const [id, iri] of ids) {
      for (const locale of ['', 'en/']) {
        const html = readFileSync(join(outDir, `${locale}data/${id}/index.html`), 'utf8');
        const jsonLd = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!);
        expect(jsonLd['@id']).toBe(iri);
        expect(googleDatasetProblems(jsonLd, true)).toEqual([]);
      }
    }
  });

  it('is not served outside the base path, and its not-found page links to both home pages below it', async () => {
    expect((await fetch(new URL('/goals/', server.url))).status).toBe(404);
    expect((await fetch(new URL(`${BASE}goals/`, server.url))).status).toBe(200);
    const missing = await fetch(new URL(`${BASE}khong-co-trang-nay/`, server.url));
    expect(missing.status).toBe(404);
    const html = await missing.text();
    for (const home of [BASE, `${BASE}en/`]) expect(html).toContain(`href="${home}"`);
  });

  it('takes a reader from the home page to a target, its indicator, its CSV and a search, never leaving the base path', async () => {
    const vi = t('vi');
    const page: Page = await context.newPage();
    const go = async (click: () => Promise<void>, path: RegExp) => {
      await Promise.all([page.waitForURL(path), click()]);
      await page.waitForLoadState('networkidle');
    };
    expect((await page.goto(new URL(BASE, server.url).href))?.status()).toBe(200);

    await go(() => page.getByRole('navigation', { name: vi('nav.label') }).getByRole('link', { name: vi('nav.goals') }).click(), /\/open-data\/goals\/$/);
    // The first target on the goals page that an indicator measures (the others link to none).
    const measured = realPortal().targets.find((t) => t.indicator !== null)!;
    const target = page.locator(`main a[href="/open-data/goals/${measured.id}/"]`).first();
    await go(() => target.click(), /\/open-data\/goals\/[^/]+\/$/);
    await go(() => page.locator('main a[href^="/open-data/indicators/"]').first().click(), /\/open-data\/indicators\/[^/]+\/$/);

    // Shared, the page names its absolute address and its chart's PNG, both below the base path.
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    const pagePath = new URL(page.url()).pathname;
    expect(await meta('og:url')).toBe(new URL(pagePath, SITE_URL).href);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(new URL(pagePath, SITE_URL).href);
    const image = (await meta('og:image')) ?? '';
    expect(image.startsWith(`${SITE_URL}charts/vi/`) && image.endsWith('.png'), image).toBe(true);
    expect(await meta('og:image:alt')).not.toBe('');
    // The size announced is the picture's own, as a social site finds it when it fetches it.
    const picture = Buffer.from(await (await page.request.get(new URL(new URL(image).pathname, page.url()).href)).body());
    expect([await meta('og:image:width'), await meta('og:image:height')]).toEqual([String(picture.readUInt32BE(16)), String(picture.readUInt32BE(20))]);

    const csv = page.getByRole('link', { name: vi('indicator.download.csv') });
    const csvHref = await csv.getAttribute('href');
    expect(csvHref).toMatch(/^\/open-data\/downloads\/.+\.csv$/);
    const download = await page.request.get(new URL(csvHref!, page.url()).href);
    expect(download.status()).toBe(200);

    const box = page.locator('#header-search-q');
    await box.fill('dich vu cong');
    await go(() => box.press('Enter'), /\/open-data\/search\/\?q=/);
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li .result-title a').length > 0);
    const results = await page
      .locator('[data-search-results] li .result-title a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(results.length).toBeGreaterThan(0);
    for (const path of results) expect(path).toMatch(/^\/open-data\/(en\/)?(goals|indicators|data|articles)\//);
    await page.close();

    const origin = new URL(server.url).origin;
    const outside = requests.filter((url) => !url.startsWith(`${origin}${BASE}`));
    expect(outside, 'requests outside the base path').toEqual([]);
    expect(failures, 'requests that failed').toEqual([]);
    // The journey did load Pagefind from below the base path.
    expect(requests.some((url) => url.startsWith(`${origin}${BASE}pagefind/`))).toBe(true);
  });
});
