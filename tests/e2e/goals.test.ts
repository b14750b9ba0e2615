// The goals pages in a real browser: every target has a page in both languages that works without
// JavaScript, the overview shows every target's status, a target page prints the numbers of its
// assessment, and with JavaScript the progress table sorts; its CSV has one row per target.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { formatQuantity } from '../../src/lib/format.ts';
import { assessTargets } from '../../src/lib/progress/assess-targets.ts';
import { buildDay } from '../../src/site/build-day.ts';
import { downloaded, it, openPage } from '../support/e2e.ts';
import { realIndicators, realPortal } from '../support/real-portal.ts';

const portal = realPortal();
const targets = portal.targets.filter((t) => t.resolution === portal.site.resolution);
// The build assessed as of its own day; statuses only change when a deadline passes, years away.
const progress = assessTargets(targets, realIndicators(portal), { today: buildDay(), province: portal.province });
const prefix = (locale: 'vi' | 'en') => (locale === 'en' ? '/en' : '');

let noScript: BrowserContext;
let withScript: BrowserContext;

it.beforeAll(async ({ browser }) => {
  noScript = await browser.newContext({ javaScriptEnabled: false });
  withScript = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});

const open = (context: BrowserContext, path: string): Promise<Page> => openPage(context, path);

describe('every target, without JavaScript', () => {
  it.each(progress.flatMap((p) => (['vi', 'en'] as const).map((locale) => [p.id, locale] as const)))(
    '%s (%s) has a page whose arithmetic ends in the status of its assessment',
    async (id, locale) => {
      const p = progress.find((x) => x.id === id)!;
      const page = await open(noScript, `${prefix(locale)}/goals/${id}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect((await page.locator('h1').innerText()).trim()).toBe(locale === 'vi' ? p.target.wording : p.target.wording_en);
      const arithmetic = page.locator('[data-arithmetic]');
      expect(await arithmetic.getAttribute('data-status')).toBe(p.headline.status);
      expect(await arithmetic.locator('[data-step="status"] [data-status]').getAttribute('data-status')).toBe(p.headline.status);
      await page.close();
    },
  );
});

describe('the goals overview', () => {
  it.each(['vi', 'en'] as const)('shows a status for every target (%s)', async (locale) => {
    const page = await open(noScript, `${prefix(locale)}/goals/`);
    for (const p of progress) {
      const badge = page.locator(`#target-${p.id} .status-badge`);
      expect(await badge.count(), p.id).toBe(1);
      expect(await badge.getAttribute('data-status'), p.id).toBe(p.headline.status);
      expect((await badge.innerText()).trim().length, p.id).toBeGreaterThan(0);
    }
    await page.close();
  });
});

describe('a target page', () => {
  // The rule on whatever the data holds: every target measured by an indicator prints its number,
  // its latest usable figure and its baseline, and its table ends with the target row.
  const measured = progress.filter((p) => p.indicator !== null);

  it('prints the numbers of its assessment: target, latest figure and baseline, as the arithmetic used them', async () => {
    expect(measured.length).toBeGreaterThan(0);
    for (const p of measured) {
      const { steps } = p.headline;
      const symbol = p.indicator!.isRank ? null : p.indicator!.unit.symbol;
      const page = await open(noScript, `/goals/${p.id}/`);
      const step = (id: string) => page.locator(`[data-arithmetic] [data-step="${id}"]`);
      if (steps.target.value !== null) expect(await step('target').innerText(), p.id).toContain(formatQuantity(steps.target.value, symbol, 'vi'));
      expect(await step('latest').count(), p.id).toBe(steps.latest ? 1 : 0);
      if (steps.latest) expect(await step('latest').innerText(), p.id).toContain(formatQuantity(steps.latest.value, symbol, 'vi'));
      expect(await step('baseline').count(), p.id).toBe(steps.baseline ? 1 : 0);
      if (steps.baseline) expect(await step('baseline').innerText(), p.id).toContain(formatQuantity(steps.baseline.value, symbol, 'vi'));
      // The data table ends with the target's own row(s).
      const lastRow = page.locator('table:has(#target-table-caption) tbody tr').last();
      expect(await lastRow.getAttribute('class'), p.id).toBe('target-row');
      await page.close();
    }
  });
});

describe('the progress summary', () => {
  it('lists every target in pillar order without JavaScript, with no sort buttons', async () => {
    const page = await open(noScript, '/goals/progress/');
    expect(await page.locator('.progress-table tbody tr').count()).toBe(progress.length);
    expect(await page.locator('.progress-table th button').count()).toBe(0);
    await page.close();
  });

  it('sorts when a column heading is pressed, and says so with aria-sort', async () => {
    const page = await open(withScript, '/en/goals/progress/');
    const ids = () => page.locator('.progress-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-target')));
    const before = await ids();
    const th = page.locator('.progress-table thead th').nth(3);
    await th.locator('button').click();
    expect(await th.getAttribute('aria-sort')).toBe('ascending');
    const withFigure = progress.filter((p) => p.latest !== null).sort((a, b) => a.latest!.value - b.latest!.value).map((p) => p.id);
    const ascending = await ids();
    expect(ascending.slice(0, withFigure.length)).toEqual(withFigure);
    await th.locator('button').click();
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    expect((await ids()).slice(0, withFigure.length)).toEqual([...withFigure].reverse());
    expect(new Set(await ids())).toEqual(new Set(before));
    await page.close();
  });

  it.each(['vi', 'en'] as const)('downloads as a CSV with one row per target (%s)', async (locale) => {
    const page = await open(withScript, `${prefix(locale)}/goals/progress/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href$="progress.csv"]').click()]);
    const text = (await downloaded(download)).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(progress.length + 1);
    for (const p of progress) expect(lines.some((line) => line.startsWith(`${p.id},`)), p.id).toBe(true);
    await page.close();
  });
});
