// Search in a real browser, against the built site and its Pagefind index: queries typed with and
// without diacritics find the pages that answer them first, an English page finds Vietnamese
// pages, filters narrow the results, the header box leads to the search page, "no results" is
// said plainly, and Pagefind's files load only once there is something to search.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { it, site } from '../support/e2e.ts';

let context: BrowserContext;

it.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
});

const url = site.href;

/** Waits until the live region has said how the search went (a count, or that nothing was found). */
async function settled(page: Page): Promise<string> {
  const status = page.locator('[data-search-status]');
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.endsWith('…');
  });
  return (await status.textContent()) ?? '';
}

/** The result links, in order, as site paths. */
const resultPaths = (page: Page) =>
  page.locator('[data-search-results] li .result-title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

async function search(path: string): Promise<{ page: Page; status: string; paths: string[] }> {
  const page = await context.newPage();
  const response = await page.goto(url(path));
  expect(response?.status()).toBe(200);
  const status = await settled(page);
  return { page, status, paths: await resultPaths(page) };
}

describe('queries as a reader types them, with and without diacritics', () => {
  /**
   * Each query names the page that answers it and how near the top it must be, and what the first
   * result's title must say: a page whose title carries the reader's words.
   */
  const cases: [query: string, expected: string, within: number, firstTitle: RegExp][] = [
    // "Số dịch vụ công trực tuyến" is the indicator's own title.
    ['dich vu cong truc tuyen', '/indicators/online-services-count/', 3, /dịch vụ công trực tuyến/i],
    ['dịch vụ công trực tuyến', '/indicators/online-services-count/', 3, /dịch vụ công trực tuyến/i],
    // "Tỷ trọng kinh tế số trong GRDP": the digital economy's share, beside its dataset, its rank
    // and GRDP (the share's denominator, whose page explains it).
    ['kinh te so', '/indicators/digital-economy-share-grdp/', 4, /kinh tế số/i],
    ['kinh tế số', '/indicators/digital-economy-share-grdp/', 4, /kinh tế số/i],
    // The DTI is the digital transformation index; đ typed as d must still match "đổi".
    ['chuyen doi so', '/indicators/dti-rank/', 6, /chuyển đổi số/i],
    // The merger explainer is titled with the words, as is the population the merger dossier gives.
    ['hop nhat', '/articles/sap-nhap-tinh-2025/', 2, /hợp nhất/i],
    ['hợp nhất', '/articles/sap-nhap-tinh-2025/', 2, /hợp nhất/i],
    // The DTI's score and its rank are both "chỉ số DTI"; the score is the index itself.
    ['chỉ số DTI', '/indicators/dti-score/', 3, /DTI/],
    ['chi so dti', '/indicators/dti-score/', 3, /DTI/],
    ['chỉ số DTI', '/indicators/dti-rank/', 5, /DTI/],
    // Both words begin with đ in the pages ("định danh điện tử").
    ['dinh danh dien tu', '/indicators/vneid-citizen-share/', 3, /định danh điện tử/i],
    ['to cong nghe so', '/indicators/community-tech-teams-count/', 3, /tổ công nghệ số/i],
  ];
  it.each(cases)('"%s" lists %s among the first %i, after a page titled with the words', async (query, expected, within, firstTitle) => {
    const { page, paths } = await search(`/search/?q=${encodeURIComponent(query)}`);
    expect(paths.slice(0, within), `results for "${query}": ${paths.join(' ')}`).toContain(expected);
    expect(await page.locator('[data-search-results] .result-title a').first().innerText()).toMatch(firstTitle);
    await page.close();
  });

  // No series measures e-payment accounts: the target says it, and the resolution explainer
  // discusses it.
  it('"thanh toan dien tu" lists the e-payment target among the first 3, and the explainer', async () => {
    const { page, paths } = await search('/search/?q=thanh+toan+dien+tu');
    expect(paths.slice(0, 3), paths.join(' ')).toContain('/goals/e-payment-accounts/');
    expect(paths).toContain('/articles/nghi-quyet-02-nq-tu/');
    await page.close();
  });

  it('highlights the matched words in the excerpts, spelt as the page spells them', async () => {
    const { page } = await search('/search/?q=chuyen+doi+so');
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.join(' ')).toMatch(/đổi/i);
    expect(await page.locator('[data-search-results]').innerHTML()).not.toContain('\u0335');
    await page.close();
  });
});

describe('one index for both languages', () => {
  it('finds Vietnamese pages from the English search page, and labels them as Vietnamese', async () => {
    const { page, paths } = await search('/en/search/?q=t%E1%BB%95+c%C3%B4ng+ngh%E1%BB%87+s%E1%BB%91');
    expect(paths).toContain('/indicators/community-tech-team-members-count/');
    const item = page.locator('[data-search-results] li').filter({ has: page.locator('a[href="/indicators/community-tech-team-members-count/"]') });
    expect(await item.locator('.result-labels').innerText()).toContain('Vietnamese');
    await page.close();
  });

  it('indexes every kind of page the site has built', async () => {
    const page = await context.newPage();
    await page.goto(url('/search/'));
    const counts = (await page.evaluate(`import('/pagefind/pagefind.js').then((pf) => pf.filters())`)) as Record<string, Record<string, number>>;
    const types = counts['type'] ?? {};
    for (const type of ['page', 'indicator', 'article', 'target', 'dataset']) expect(types[type], type).toBeGreaterThan(0);
    expect(Object.keys(counts['language'] ?? {}).sort()).toEqual(['en', 'vi']);
    await page.close();
  });
});

describe('filters', () => {
  it('narrow the results to the ticked type, and the URL keeps them', async () => {
    const { page, paths: all } = await search('/search/?q=chuyen+doi+so');
    const before = Number((await settled(page)).match(/\d+/)?.[0]);
    // On a phone the filters start folded away, as a reader finds them.
    await page.getByText('Lọc kết quả').click();
    await page.getByRole('checkbox', { name: 'Bài viết' }).check();
    await page.waitForFunction((n) => Number(document.querySelector('[data-search-status]')?.textContent?.match(/\d+/)?.[0]) < n, before);
    const after = Number((await settled(page)).match(/\d+/)?.[0]);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    const paths = await resultPaths(page);
    expect(paths.every((p) => /^\/(en\/)?articles\//.test(p)), paths.join(' ')).toBe(true);
    const labels = await page.locator('[data-search-results] .result-labels').allInnerTexts();
    expect(labels.every((l) => l.startsWith('Bài viết'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['article']);
    expect(all.length).toBeGreaterThan(paths.length);
    await page.close();
  });

  it('combine: type and language together', async () => {
    const { page, status } = await search('/search/?q=chuyen+doi+so&type=indicator&language=en');
    expect(Number(status.match(/\d+/)?.[0])).toBeGreaterThan(0);
    const paths = await resultPaths(page);
    expect(paths.every((p) => p.startsWith('/en/indicators/')), paths.join(' ')).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Chỉ số' }).isChecked()).toBe(true);
    await page.close();
  });
});

describe('the search page', () => {
  it('says clearly when nothing was found, in a live region', async () => {
    const { page, status, paths } = await search('/search/?q=qqqzzz');
    expect(status).toContain('Không tìm thấy kết quả cho “qqqzzz”');
    expect(paths).toEqual([]);
    expect(await page.locator('[data-search-status]').getAttribute('aria-live')).toBe('polite');
    await page.close();
    const en = await search('/en/search/?q=qqqzzz');
    expect(en.status).toContain('No results for “qqqzzz”');
    await en.page.close();
  });

  it('loads Pagefind only once there is a query (budgets.test.ts weighs both)', async () => {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(url('/search/'));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('#search-q').fill('kinh te so');
    await settled(page);
    expect(requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
    await page.close();
  });

  it('works from the keyboard: type, Enter, then Tab to the first result', async () => {
    const page = await context.newPage();
    await page.goto(url('/en/search/'));
    await page.locator('#search-q').focus();
    await page.keyboard.type('sap nhap');
    await page.keyboard.press('Enter');
    await settled(page);
    let focused = '';
    for (let i = 0; i < 30 && !focused.includes('/articles/'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
    }
    expect(focused).toBe('/articles/sap-nhap-tinh-2025/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('sap nhap');
    await page.close();
  });

  it('fits a phone: nothing wider than the screen', async () => {
    const { page } = await search('/search/?q=dich+vu+cong+truc+tuyen');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('the header search box', () => {
  it('opens the search page with the query, in the page’s language, without JavaScript', async ({ browser }) => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(url('/en/indicators/dti-rank/'));
    await page.locator('header form[role="search"]').getByRole('searchbox', { name: 'Search the portal' }).fill('kinh te so');
    await Promise.all([page.waitForURL('**/en/search/?q=*'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe('/en/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('kinh te so');
    await noScript.close();
  });

  it('leads to results when JavaScript runs', async () => {
    const page = await context.newPage();
    await page.goto(url('/indicators/'));
    const header = page.locator('header form[role="search"]');
    await header.getByRole('searchbox', { name: 'Tìm trên cổng' }).fill('hợp nhất');
    await Promise.all([page.waitForURL('**/search/?q=*'), header.getByRole('button', { name: 'Tìm' }).click()]);
    await settled(page);
    expect((await resultPaths(page)).slice(0, 2)).toContain('/articles/sap-nhap-tinh-2025/');
    expect(await page.locator('#search-q').inputValue()).toBe('hợp nhất');
    await page.close();
  });
});
