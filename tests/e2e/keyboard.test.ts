// The main journeys with the keyboard alone: after opening the first page, only Tab, Shift+Tab,
// Enter, Escape, Home, End and the arrow keys, no mouse and no typed address. From the home page
// to a target and its chart, read point by point; on to the indicator's data and its CSV
// download; the fullest chart walked along and across its lines; the header search with a query
// typed without diacritics, to a result. Every Tab stop on the way must show a clear focus outline (3:1 against
// what is around it), and the first one must be a working "skip to main content" link.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import en from '../../src/i18n/en.ts';
import vi from '../../src/i18n/vi.ts';
import { downloaded, it, openPage } from '../support/e2e.ts';
import { tabTo, unclearFocus, type FocusStop } from '../support/keyboard.ts';
import { pageTypes } from '../support/page-types.ts';
import { realIndicators } from '../support/real-portal.ts';

const types = pageTypes();
const targetPath = types.find((t) => t.kind === 'target' && t.locale === 'vi')!.path;
const indicatorPath = types.find((t) => t.kind === 'indicator' && t.locale === 'vi')!.path;
/** The indicator with the most published figures: its chart has the most points to walk. */
const fullest = realIndicators().sort((a, b) => published(b) - published(a))[0]!;
function published(indicator: { observations: { value: number | null }[] }): number {
  return indicator.observations.filter((o) => o.value !== null).length;
}

let context: BrowserContext;

it.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});

const activeText = (page: Page) => page.evaluate('document.activeElement?.textContent.trim() ?? ""') as Promise<string>;

/**
 * Reads the focused chart as a keyboard user: focus shows and says the first point; Right walks its
 * line to the end and stops there; Home and End jump; Down moves to the next line. The live region
 * (what a screen reader says) and the tooltip (what the eye sees) must agree at every step.
 * Returns the chart's figure.
 */
async function readChart(page: Page) {
  const svg = page.locator('svg.chart-svg:focus');
  const figure = page.locator('figure', { has: svg });
  const live = figure.locator('[data-chart-live]');
  const tooltip = figure.locator('.chart-tooltip').filter({ visible: true });
  const hint = await svg.getAttribute('aria-describedby');
  expect(await page.locator(`[id="${hint}"]`).textContent(), 'the chart says which keys read it').toBeTruthy();
  const marks = await svg
    .locator('.mark[data-label]')
    .evaluateAll((els) => els.map((m) => ({ series: m.getAttribute('data-series')!, x: Number(m.getAttribute('data-x')), label: m.getAttribute('data-label')! })));
  expect(marks.length, 'the chart has points to read').toBeGreaterThan(0);
  const says = async (label: string, why: string) => {
    await expect.poll(() => live.textContent(), { message: why }).toBe(label);
    expect(await tooltip.textContent(), 'the tooltip shows what the live region says').toBe(label);
    expect(await svg.locator('.mark.is-active').getAttribute('data-label')).toBe(label);
  };
  const line = marks.filter((m) => m.series === marks[0]!.series).sort((a, b) => a.x - b.x);
  await says(marks[0]!.label, 'focus says the first point');
  for (const mark of line.slice(line.indexOf(marks[0]!) + 1)) {
    await page.keyboard.press('ArrowRight');
    await says(mark.label, 'Right says the next point');
  }
  await page.keyboard.press('ArrowRight');
  await says(line.at(-1)!.label, 'Right stops at the last point');
  await page.keyboard.press('Home');
  await says(line[0]!.label, 'Home goes to the first point');
  await page.keyboard.press('End');
  await says(line.at(-1)!.label, 'End goes to the last point');
  const series = [...new Set(marks.map((m) => m.series))];
  if (series.length > 1) {
    await page.keyboard.press('ArrowDown');
    const next = marks.filter((m) => m.series === series[1]).map((m) => m.label);
    await expect.poll(async () => next.includes((await live.textContent()) ?? ''), { message: 'Down moves to the next line' }).toBe(true);
  }
  return figure;
}

/** Presses Enter on the focused link and waits for the page it leads to. */
async function follow(page: Page, path: string): Promise<void> {
  await Promise.all([page.waitForURL((url) => url.pathname === path), page.keyboard.press('Enter')]);
}

describe('the skip link', () => {
  it.each([
    ['/', vi['skip.main']],
    ['/en/indicators/', en['skip.main']],
  ])('is the first Tab stop on %s, shows itself, and moves focus to the main content', async (path, label) => {
    const page = await openPage(context, path);
    const stops = await tabTo(page, 'a.skip-link', { max: 1 });
    expect(await activeText(page)).toBe(label);
    const box = (await page.locator('a.skip-link').boundingBox())!;
    expect(box.y, 'the focused skip link is on screen').toBeGreaterThanOrEqual(0);
    expect(unclearFocus(stops)).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('main');
    // The next Tab goes on from the main content, past the header's links; Shift+Tab goes back to them.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.querySelector("main").contains(document.activeElement)')).toBe(true);
    await tabTo(page, 'header button[type="submit"]', { backwards: true, max: 1 });
    await page.close();
  });
});

describe('a reader on the keyboard', () => {
  it('goes from the home page to a target, reads its chart and downloads its data', async () => {
    const page = await openPage(context, '/');
    const stops: FocusStop[] = [];
    stops.push(...(await tabTo(page, '.primary-nav a[href="/goals/"]')));
    await follow(page, '/goals/');
    stops.push(...(await tabTo(page, `main a[href="${targetPath}"]`)));
    await follow(page, targetPath);

    stops.push(...(await tabTo(page, 'svg.chart-svg')));
    const figure = await readChart(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => figure.locator('.chart-tooltip').filter({ visible: true }).count(), { message: 'Escape hides the tooltip' }).toBe(0);

    // On to the indicator's page and its CSV.
    stops.push(...(await tabTo(page, `main a[href="${indicatorPath}"]`)));
    await follow(page, indicatorPath);
    stops.push(...(await tabTo(page, 'main a[download][href$=".csv"]')));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = (await downloaded(download)).toString('utf8');
    expect(csv.split('\n')[0]).toMatch(/^period,/);
    expect(stops.length).toBeGreaterThan(10);
    expect(unclearFocus(stops), 'Tab stops whose focus is hard to see').toEqual([]);
    await page.close();
  });

  it('walks the fullest chart along its line and across its series', async () => {
    const page = await openPage(context, '/indicators/');
    const stops = await tabTo(page, `main a[href="/indicators/${fullest.id}/"]`);
    await follow(page, `/indicators/${fullest.id}/`);
    stops.push(...(await tabTo(page, 'svg.chart-svg')));
    await readChart(page);
    expect(unclearFocus(stops), 'Tab stops whose focus is hard to see').toEqual([]);
    await page.close();
  });

  it('searches from the header without diacritics and opens a result', async () => {
    const page = await openPage(context, '/indicators/');
    const stops: FocusStop[] = [];
    stops.push(...(await tabTo(page, 'header input[type="search"]')));
    await page.keyboard.type('dich vu cong');
    await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('dich vu cong');
    await page.locator('[data-search-results] a').first().waitFor();
    stops.push(...(await tabTo(page, '[data-search-results] a')));
    const title = await activeText(page);
    expect(title, 'the first result is about public services').toMatch(/dịch vụ công/i);
    await Promise.all([page.waitForURL((url) => url.pathname !== '/search/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toMatch(/dịch vụ công/i);
    expect(unclearFocus(stops), 'Tab stops whose focus is hard to see').toEqual([]);
    await page.close();
  });
});
