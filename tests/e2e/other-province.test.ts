// Another province from configuration alone: tests/fixtures/other-province/data (a fictional
// province, resolution and colour, a logo, two datasets, no articles) is built with the
// repository's code, unchanged (tests/support/extra-sites.ts, "other-province"). The site must be complete in both
// languages, name that province and resolution, wear its colour and logo, have no broken link, and
// say nothing of Quảng Trị.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/translate.ts';
import { EXTRA_SITE_TIMEOUT, extraSite, it } from '../support/e2e.ts';
import { OTHER_PROVINCE_DATA as FIXTURE } from '../support/extra-sites.ts';
import { checkLinks } from '../support/link-check.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const site = JSON.parse(readFileSync(join(FIXTURE, 'site.json'), 'utf8')) as Record<string, string>;
const RESOLUTION_NUMBER = '05-NQ/TN';
const TARGET = 'ho-so-truc-tuyen-80';
const INDICATOR = 'ho-so-truc-tuyen';
const DATASET = 'dich-vu-cong-thu';

/** One page of every kind, by its path in Vietnamese; the English one is under /en. */
const PAGE_KINDS: Record<string, string> = {
  home: '/',
  goals: '/goals/',
  target: `/goals/${TARGET}/`,
  progress: '/goals/progress/',
  methodology: '/about/methodology/',
  terms: '/about/terms/',
  indicators: '/indicators/',
  indicator: `/indicators/${INDICATOR}/`,
  catalogue: '/data/',
  dataset: `/data/${DATASET}/`,
  articles: '/articles/',
  search: '/search/',
  embed: `/embed/indicators/${INDICATOR}/`,
};
const bothLanguages = Object.entries(PAGE_KINDS).flatMap(([kind, path]) => [
  [kind, path],
  [kind, `/en${path}`],
]);

/** Words of the repository's own province and resolution, in any spelling a page or file could use. */
const REAL_PROVINCE = /Quảng Trị|Quang Tri|quang-tri|quangtri|02-NQ\/TU|02-nq-tu/i;

let outDir: string;
const html = (path: string) => readFileSync(join(outDir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : ''), 'utf8');

it.beforeAll(async () => {
  outDir = (await extraSite('other-province')).dir;
}, EXTRA_SITE_TIMEOUT);

describe('a site built from another province\'s data/ alone', () => {
  it.each(bothLanguages)('has the %s page at %s', (_kind, path) => {
    expect(existsSync(join(outDir, path, 'index.html')), `${path} was not built`).toBe(true);
  });

  it('has the 404 page, the search index and every download of a dataset', () => {
    expect(existsSync(join(outDir, '404.html'))).toBe(true);
    expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(join(outDir, 'pagefind/index')).length).toBeGreaterThan(0);
    for (const file of ['ho-so-truc-tuyen.csv', 'ho-so-truc-tuyen.excel.csv', `${DATASET}.vi.xlsx`, `${DATASET}.en.xlsx`, `${DATASET}.json`, 'datapackage.json']) {
      expect(existsSync(join(outDir, 'downloads', DATASET, file)), file).toBe(true);
      expect(html(`/data/${DATASET}/`)).toContain(`href="/downloads/${DATASET}/${file}"`);
    }
    expect(existsSync(join(outDir, 'downloads/thu-nghiem-open-data.zip'))).toBe(true);
  });

  it('names the province, the portal and the resolution of its own site.json', () => {
    expect(html('/')).toContain(site.name);
    expect(html('/en/')).toContain(site.name_en);
    expect(html('/')).toContain(site.tagline);
    for (const path of ['/goals/', '/en/goals/', '/goals/progress/', `/goals/${TARGET}/`]) expect(html(path)).toContain(RESOLUTION_NUMBER);
    expect(html('/en/')).toContain(site.publisher_en);
    expect(html('/')).toContain('href="mailto:test@example.org"');
  });

  it('wears its colour on every page, its logo in the header and its favicon', () => {
    for (const [, path] of bothLanguages) expect(html(path), path).toContain(`style="--accent: ${site.colour}"`);
    expect(html('/')).toMatch(/<a class="site-name" href="\/"><img class="site-logo" src="\/logo\.svg" alt=""/);
    expect(readFileSync(join(outDir, 'logo.svg'), 'utf8')).toBe(readFileSync(join(FIXTURE, 'logo.svg'), 'utf8'));
    expect(readFileSync(join(outDir, 'favicon.svg'), 'utf8')).toContain(`fill="${site.colour}"`);
  });

  it('draws the indicator\'s chart, and its tile map from the places in its areas.csv', () => {
    const page = html(`/indicators/${INDICATOR}/`);
    expect(page).toContain('data-chart-kind="tile-map"');
    for (const code of ['971', '972', '973']) expect(page).toContain(`data-area="${code}"`);
    expect(existsSync(join(outDir, 'charts/vi', `${INDICATOR}.svg`))).toBe(true);
    expect(existsSync(join(outDir, 'charts/en', `${INDICATOR}.png`))).toBe(true);
  });

  it('says honestly that there are no articles yet', () => {
    expect(html('/articles/')).toContain(t('vi')('articles.empty'));
    expect(html('/en/articles/')).toContain(t('en')('articles.empty'));
  });

  it('has no broken link', () => {
    const report = checkLinks(outDir);
    expect(report.checked).toBeGreaterThan(100);
    expect(report.broken, report.broken.join('\n')).toEqual([]);
  });

  it('mentions Quảng Trị and Resolution 02-NQ/TU nowhere', () => {
    const text = /\.(html|xml|json|jsonld|csv|svg|txt|js|css)$|_headers$|\.htaccess$/;
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && text.test(e.name))
      .map((e) => join(e.parentPath, e.name));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => {
      const match = REAL_PROVINCE.exec(readFileSync(file, 'utf8'));
      return match ? [`${relative(outDir, file)}: "${match[0]}"`] : [];
    });
    expect(found, found.join('\n')).toEqual([]);
  });
});

describe('the other province in a browser', () => {
  let server: StaticServer;
  it.beforeAll(async () => {
    server = await serveStatic(outDir);
  });
  it.afterAll(async () => {
    await server?.close();
  });

  it.for(['/', `/indicators/${INDICATOR}/`, `/en/indicators/${INDICATOR}/`])('renders %s with its logo and no console error', async (path, { browser }) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(new URL(path, server.url).href);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.site-logo').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // Each chart is drawn narrow and wide; the viewport shows one of them.
    if (path !== '/') expect(await page.locator('svg[data-chart-kind]:visible').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
