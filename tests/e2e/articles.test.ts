// Every article, in both languages, as a reader without JavaScript gets it: the page answers 200,
// shows its header (date, author, tags), its live chart as SVG, and links to the targets, datasets
// and indicators it discusses, and to its other-language version; the list and the Atom feeds too.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { it, openPage, site } from '../support/e2e.ts';
import { REPO_ROOT } from '../support/real-portal.ts';
import { distDir } from '../support/static-server.ts';

const ARTICLES = join(REPO_ROOT, 'data', 'articles');
/** Every article file, as [locale, slug]. */
const articles = (['vi', 'en'] as const).flatMap((locale) =>
  readdirSync(join(ARTICLES, locale))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [locale, f.replace(/\.mdx$/, '')] as const),
);
const prefix = (locale: 'vi' | 'en') => (locale === 'en' ? '/en' : '');

let noScript: BrowserContext;

it.beforeAll(async ({ browser }) => {
  noScript = await browser.newContext({ javaScriptEnabled: false });
});

const open = (path: string): Promise<Page> => openPage(noScript, path);

const hrefs = (page: Page, selector: string) => page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

describe('the articles', () => {
  it('come in pairs: at least four explainers in each language', () => {
    const vi = articles.filter(([l]) => l === 'vi').map(([, s]) => s);
    const en = articles.filter(([l]) => l === 'en').map(([, s]) => s);
    expect(vi.length).toBeGreaterThanOrEqual(4);
    expect(en.sort()).toEqual(vi.sort());
  });

  it.each(articles)('%s/%s renders without JavaScript, with its chart and its related links', async (locale, slug) => {
    const page = await open(`${prefix(locale)}/articles/${slug}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect((await page.locator('h1').innerText()).trim()).not.toBe('');
    // The header: a date as the language writes it, the editorial team, tags.
    const date = await page.locator('.article-meta time').first().innerText();
    expect(date).toMatch(locale === 'vi' ? /^\d{2}\/\d{2}\/\d{4}$/ : /^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(await page.locator('.article-meta').innerText()).toContain(locale === 'vi' ? 'Nhóm biên tập cổng dữ liệu' : 'Portal editorial team');
    expect(await page.locator('.article-meta .tags li').count()).toBeGreaterThan(0);
    // The chart, drawn at build time, with its data table.
    const chart = page.locator('.prose .chart-figure svg[role="img"]').filter({ visible: true });
    expect(await chart.count()).toBeGreaterThan(0);
    expect(await page.locator('.prose .chart-figure table').count()).toBeGreaterThan(0);
    // Related links, and the other language.
    const related = await hrefs(page, '.related a');
    expect(related.length).toBeGreaterThan(0);
    for (const href of related) expect(href).toMatch(new RegExp(`^${prefix(locale)}/(goals|data|indicators)/[a-z0-9-]+/$`));
    const other = locale === 'vi' ? 'en' : 'vi';
    expect(await hrefs(page, '.translation a')).toEqual([`${prefix(other)}/articles/${slug}/`]);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(`${prefix(locale)}/articles/feed.xml`);
    expect(await page.locator('main[data-pagefind-body] meta[data-pagefind-filter="type[content]"]').getAttribute('content')).toBe('article');
    await page.close();
  });

  it.each(articles)('%s/%s links only to pages and files of the site', async (locale, slug) => {
    const here = new URL(`${prefix(locale)}/articles/${slug}/`, site.url);
    const page = await open(here.pathname);
    const links = [...(await hrefs(page, '.related a')), ...(await hrefs(page, '.prose a:not([href^="http"])'))];
    await page.close();
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const path = new URL(href, here).pathname;
      const file = join(distDir, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
      expect(existsSync(file), `${href} on ${locale}/${slug}`).toBe(true);
    }
  });
});

describe('the indicator pages', () => {
  it('link back to the articles about them', async () => {
    const page = await open('/indicators/dti-rank/');
    const links = await hrefs(page, '#articles + ul a');
    expect(links).toContain('/articles/quang-tri-tren-cac-bang-xep-hang/');
    await page.close();
    const en = await open('/en/indicators/community-tech-team-members-count/');
    expect(await hrefs(en, '#articles + ul a')).toContain('/en/articles/sap-nhap-tinh-2025/');
    await en.close();
  });
});

describe('the list and the feeds', () => {
  it.each(['vi', 'en'] as const)('the %s list links every article of its language, newest first, and its feed', async (locale) => {
    const page = await open(`${prefix(locale)}/articles/`);
    const links = await hrefs(page, '.article-list h2 a');
    expect(links.sort()).toEqual(articles.filter(([l]) => l === locale).map(([, s]) => `${prefix(locale)}/articles/${s}/`).sort());
    const dates = await page.locator('.article-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').count()).toBe(1);
    await page.close();
  });

  it.each(['vi', 'en'] as const)('the %s Atom feed lists every article of its language', async (locale) => {
    const response = await noScript.request.get(site.href(`${prefix(locale)}/articles/feed.xml`));
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(xml).toContain(`xml:lang="${locale}"`);
    for (const [l, slug] of articles) {
      if (l === locale) expect(xml).toContain(`/articles/${slug}/`);
    }
    expect((xml.match(/<entry>/g) ?? []).length).toBe(articles.filter(([l]) => l === locale).length);
  });
});
