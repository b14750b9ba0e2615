// The built site (dist/, built by `npm test` before Vitest) in a real browser: the Vietnamese home
// page, the language switch to English and the English navigation to the goals page. That no page
// requests another origin is checked on every page type by budgets.test.ts.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { openPage, test } from '../support/e2e.ts';

let context: BrowserContext;
/** The status of every document (page) response. */
const documentStatus = new Map<string, number>();

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  context.on('response', (response) => {
    if (response.request().resourceType() === 'document') documentStatus.set(response.url(), response.status());
  });
});

const open = (path: string): Promise<Page> => openPage(context, path);

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

async function expectVisibleH1(page: Page): Promise<void> {
  const h1 = page.locator('h1').first();
  expect(await h1.count(), `an h1 on ${page.url()}`).toBe(1);
  expect(await h1.isVisible(), `the h1 on ${page.url()} is visible`).toBe(true);
  expect((await h1.innerText()).trim(), `the h1 on ${page.url()} has text`).not.toBe('');
}

/** Clicks the first visible link matching `selector` and waits for the page it leads to. */
async function follow(page: Page, selector: string, expectedPath: string): Promise<void> {
  const link = page.locator(selector).filter({ visible: true }).first();
  expect(await link.count(), `a visible link ${selector} on ${page.url()}`).toBe(1);
  const href = await link.getAttribute('href');
  expect(new URL(href ?? '', page.url()).pathname, `where ${selector} leads`).toBe(expectedPath);
  await Promise.all([page.waitForURL((url) => url.pathname === expectedPath), link.click()]);
  expect(documentStatus.get(page.url()), `status of ${page.url()}`).toBe(200);
}

describe('home page', () => {
  test('is in Vietnamese with a visible h1', async () => {
    const page = await open('/');
    expect(await htmlLang(page)).toBe('vi');
    await expectVisibleH1(page);
    await page.close();
  });

  test('has a language switch to the English home page', async () => {
    const page = await open('/');
    await follow(page, 'a[hreflang="en"]', '/en/');
    expect(await htmlLang(page)).toBe('en');
    await expectVisibleH1(page);
    await page.close();
  });

  test('English home page links to the goals page in its navigation', async () => {
    const page = await open('/en/');
    expect(await htmlLang(page)).toBe('en');
    await follow(page, 'nav a[href$="/goals/"]', '/en/goals/');
    expect(await htmlLang(page)).toBe('en');
    await expectVisibleH1(page);
    await page.close();
  });
});
