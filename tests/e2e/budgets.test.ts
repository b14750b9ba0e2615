// Size budgets (tests/support/budgets.ts) and the site's own origin: every page type in both
// languages is loaded once in a real browser, and a search run on the search page, recording every
// request and response. Sizes are what a static host would send, gzipped here because the test
// server does not compress (tests/support/page-weight.ts). Every HTML file in dist/ is weighed too.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect } from 'vitest';
import { ARTICLE_HTML_BUDGET, CSS_BUDGET, EXPLORE_PAGE_TRANSFER_BUDGET, EXPLORER, HTML_BUDGET, JS_BUDGET, PAGE_TRANSFER_BUDGET, PAGEFIND, type PageKind } from '../support/budgets.ts';
import { pageTypes, type PageType } from '../support/page-types.ts';
import { kB, servedSize, total, weighPage, type PageWeight } from '../support/page-weight.ts';
import { eachConcurrently, it, site } from '../support/e2e.ts';
import { distDir } from '../support/static-server.ts';

const types = pageTypes();
let context: BrowserContext;
/** Every request any page made, with the page that made it. */
const requests: { page: string; url: string }[] = [];
const weights = new Map<PageType, PageWeight>();

/** The page that made a request; a worker's requests (Pagefind's) have no frame to ask. */
function requester(request: Request): string {
  try {
    return request.frame().page().url();
  } catch {
    return 'a worker';
  }
}

/** Types a query on the search page and waits for its results, so that Pagefind loads. */
async function search(page: Page): Promise<void> {
  await page.locator('#search-q').fill('kinh te so');
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.endsWith('…');
  });
}

it.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  context.on('request', (request) => requests.push({ page: requester(request), url: request.url() }));
  // Recorded above and reported below; aborted so that a page cannot hang on a host it cannot reach.
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== site.url,
    (route) => route.abort('blockedbyclient'),
  );
  // A few pages at a time: the waits for an idle network overlap.
  await eachConcurrently(types, 4, async (type) => {
    const weight = await weighPage(context, site.url, type.path, type.kind === 'search' ? search : undefined);
    expect(weight.fetched.find((f) => f.type === 'document')?.status, type.path).toBe(200);
    weights.set(type, weight);
    await weight.page.close();
  });
}, 180_000);

interface Measure {
  what: string;
  bytes: number;
  budget: number;
}

/** One line per measure over its budget, with the number: the failure message names them all. */
function overBudget(measures: Measure[]): string[] {
  return measures.filter((m) => m.bytes > m.budget).map((m) => `${m.what}: ${kB(m.bytes)} (${m.bytes} bytes) > ${kB(m.budget)}`);
}

const label = (type: PageType) => `${type.kind} (${type.locale}) ${type.path}`;
const loaded = (type: PageType) => weights.get(type)!.fetched.filter((f) => !f.afterLoad);

describe('budgets, per page type in both languages', () => {
  it('name every page type the site has', () => {
    const missing = types.filter((type) => !(type.kind in JS_BUDGET)).map((type) => type.kind);
    expect(missing, 'page kinds without a JS_BUDGET in tests/support/budgets.ts').toEqual([]);
  });

  it('JavaScript: every script the page loads, inline or fetched, gzipped', () => {
    const measures = types.map((type) => ({
      what: label(type),
      bytes: total(loaded(type).filter((f) => f.type === 'script').map((f) => f.served)) + total(weights.get(type)!.inlineScripts),
      budget: JS_BUDGET[type.kind as PageKind],
    }));
    expect(overBudget(measures), 'JavaScript over budget').toEqual([]);
  });

  it('CSS: the stylesheets and inline styles a page uses, gzipped', () => {
    const measures = types.map((type) => ({
      what: label(type),
      bytes: total(loaded(type).filter((f) => f.type === 'stylesheet').map((f) => f.served)) + total(weights.get(type)!.inlineStyles),
      budget: CSS_BUDGET,
    }));
    expect(overBudget(measures), 'CSS over budget').toEqual([]);
  });

  it('transfer: everything the browser fetches to show the page (an indicator page included), gzipped', () => {
    expect(types.some((type) => type.kind === 'indicator')).toBe(true);
    const measures = types.map((type) => ({ what: label(type), bytes: total(loaded(type).map((f) => f.served)), budget: type.kind === 'explore' ? EXPLORE_PAGE_TRANSFER_BUDGET : PAGE_TRANSFER_BUDGET }));
    expect(overBudget(measures), 'page transfer over budget').toEqual([]);
  });
});

describe('budgets of a search', () => {
  it('Pagefind: its JavaScript and all it fetches for one query, on top of the search page', () => {
    for (const type of types.filter((t) => t.kind === 'search')) {
      const searched = weights.get(type)!.fetched.filter((f) => f.afterLoad);
      expect(searched.some((f) => f.path === '/pagefind/pagefind.js'), `${type.path} loaded Pagefind`).toBe(true);
      const measures = [
        { what: `Pagefind's JavaScript on ${type.path}`, bytes: total(searched.filter((f) => f.type === 'script').map((f) => f.served)), budget: PAGEFIND.js },
        { what: `all a search fetches on ${type.path}`, bytes: total(searched.map((f) => f.served)), budget: PAGEFIND.transfer },
      ];
      expect(overBudget(measures), searched.map((f) => `${f.path} ${f.served}`).join('\n')).toEqual([]);
    }
  });
});

describe('budgets of the chart explorer (issue 15)', () => {
  it('an indicator page loads at most 30 kB of JavaScript before the reader asks for more, and the explorer at most 40 kB', async () => {
    // PCI's score: figures of 63 provinces, a rank beside it, a national map; every control shows.
    const type = { path: '/indicators/pci-score/' };
    const weight = await weighPage(context, site.url, type.path, async (page) => {
      await page.locator('[data-explore-toggle]').first().click();
      await page.locator('[data-explore-ready]').waitFor();
    });
    await weight.page.close();
    const scripts = (afterLoad: boolean) => weight.fetched.filter((f) => f.type === 'script' && f.afterLoad === afterLoad);
    const before = total(scripts(false).map((f) => f.served)) + total(weight.inlineScripts);
    const interactive = total(scripts(true).map((f) => f.served));
    expect(scripts(true).length, 'the explorer is loaded only when asked for').toBeGreaterThan(0);
    expect(
      overBudget([
        { what: `JavaScript before interaction on ${type.path}`, bytes: before, budget: EXPLORER.beforeInteraction },
        { what: `the explorer's JavaScript (${scripts(true).map((f) => f.path).join(', ')})`, bytes: interactive, budget: EXPLORER.interactive },
      ]),
    ).toEqual([]);
  });
});

describe('every HTML file in dist/', () => {
  it(`is at most ${kB(HTML_BUDGET)} gzipped, an article ${kB(ARTICLE_HTML_BUDGET)}`, () => {
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThan(100);
    const isArticle = (file: string) => /^(en\/)?articles\/[^/]+\/index\.html$/.test(file.split(sep).join('/'));
    const measures = files.map((file) => ({
      what: relative(distDir, join(distDir, file)),
      bytes: servedSize(readFileSync(join(distDir, file))),
      budget: isArticle(file) ? ARTICLE_HTML_BUDGET : HTML_BUDGET,
    }));
    const biggest = measures.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    expect(overBudget(measures), `HTML over budget (the biggest: ${biggest.what}, ${kB(biggest.bytes)})`).toEqual([]);
  });
});

describe('the site’s own origin', () => {
  it('is the only one any page type requests, a search included', () => {
    expect(weights.size).toBe(types.length);
    const elsewhere = requests.filter(({ url }) => {
      const { protocol, origin } = new URL(url);
      return /^(https?|wss?):$/.test(protocol) && origin !== site.url;
    });
    expect(elsewhere.map(({ page, url }) => `${url} (from ${page})`)).toEqual([]);
  });
});
