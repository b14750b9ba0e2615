// Indicator pages in a real browser: every published figure is on the page without JavaScript, the
// chart is a labelled SVG with its target and the merger break, downloads are the real files, and
// with JavaScript the chart answers the mouse and the keyboard (its script budget is in
// budgets.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { areaName, isExact, periodText, qualifyValue } from '../../src/lib/charts/labels.ts';
import { provinceRanking } from '../../src/lib/charts/ranking/province-ranking.ts';
import { baseline } from '../../src/lib/charts/lines.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { SHARE_PICTURE } from '../../src/lib/downloads/urls.ts';
import { it, openPage, site } from '../support/e2e.ts';
import { realIndicators, REPO_ROOT } from '../support/real-portal.ts';

const indicators = realIndicators();
let noScript: BrowserContext;
let withScript: BrowserContext;

it.beforeAll(async ({ browser }) => {
  // A phone without JavaScript: most readers are on phones, and a page wider than the screen shows there.
  noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  withScript = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

const open = (context: BrowserContext, path: string): Promise<Page> => openPage(context, path);

describe('every indicator page, on a phone without JavaScript', () => {
  it.each(indicators.flatMap((i) => (['vi', 'en'] as const).map((locale) => [i.id, locale] as const)))(
    '%s (%s) fits the screen and shows a labelled chart and every published figure in its table',
    async (id, locale) => {
      const indicator = indicators.find((i) => i.id === id)!;
      const page = await open(noScript, `${locale === 'en' ? '/en' : ''}/indicators/${id}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      // Nothing pushes the page sideways (a long address in a source's note once did); tables scroll in their own box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      const svg = page.locator('svg[role="img"]').filter({ visible: true }).first();
      expect(await svg.isVisible()).toBe(true);
      const labelledBy = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      for (const ref of labelledBy) expect((await page.locator(`[id="${ref}"]`).textContent())?.trim()).toBeTruthy();
      // The indicator's own figure comes first; a ranking of all provinces or the parts may follow.
      const table = await page.locator('[data-chart-figure]').first().locator('.chart-data table').innerText();
      for (const o of indicator.observations) if (o.value !== null) expect(table).toContain(qualifyValue(formatNumber(o.value, locale), o, locale, 'short'));
      // A figure its source gives only roughly says so in the table and is an open mark off the line.
      for (const o of indicator.observations) if (o.periodQualifier !== null) expect(table).toContain(periodText(o, locale));
      const rough = indicator.observations.filter((o) => o.value !== null && !isExact(o)).length;
      expect(await svg.locator('.mark.inexact').count()).toBe(rough);
      for (const source of indicator.sources) expect(await page.getByRole('link', { name: source.title }).count()).toBeGreaterThan(0);
      // Where enough provinces have a figure for one year, every one of them is in the ranking's table, best first.
      const ranking = provinceRanking(indicator);
      if (ranking) {
        const rows = await page.locator(`[aria-labelledby="ranking-${id}-heading"] .ranking-table tbody tr`).allInnerTexts();
        expect(rows.length).toBe(ranking.entries.length + (ranking.national ? 1 : 0));
        ranking.entries.forEach((e, k) => expect(rows[k]).toContain(areaName(e.observation.area, locale)));
      }
      await page.close();
    },
  );
});

describe('the charts', () => {
  it('draw each resolution target with a number, and a path to it only from an exact figure', async () => {
    // The path starts at the first figure of the latest territory; a figure its source gives only
    // roughly never starts one. The rule, checked on whatever the data holds.
    const withTargets = indicators.filter((i) => i.targets.some((t) => t.value !== null));
    expect(withTargets.length).toBeGreaterThan(0);
    for (const indicator of withTargets) {
      const page = await open(noScript, `/indicators/${indicator.id}/`);
      const svg = page.locator('svg[role="img"]').filter({ visible: true }).first();
      expect(await svg.locator('.target').count(), indicator.id).toBe(indicator.targets.filter((t) => t.value !== null).length);
      expect(await svg.locator('.path-to-target').count() > 0, indicator.id).toBe(baseline(indicator) !== null);
      await page.close();
    }
  });

  it('mark the 2025 merger as a break rather than joining the two territories', async () => {
    const page = await open(noScript, '/en/indicators/community-tech-team-members-count/');
    const svg = page.locator('svg[role="img"]').filter({ visible: true }).first();
    expect(await svg.locator('.area-break').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart-summary').innerText()).toMatch(/different territor/i);
  });

  it('read out the points one by one from the keyboard, and show a tooltip on hover', async () => {
    const page = await open(withScript, '/en/indicators/par-index-rank/');
    const svg = page.locator('svg.chart-svg').filter({ visible: true }).first();
    await svg.focus();
    const live = page.locator('[data-chart-live]');
    await expect.poll(() => live.textContent()).toContain('2022');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => live.textContent()).toContain('2023');
    expect(await live.textContent()).toContain('41');
    await page.keyboard.press('Tab');
    const mark = svg.locator('.mark[data-label]').first();
    await mark.hover();
    const tooltip = page.locator('[role="tooltip"], .chart-tooltip').filter({ visible: true }).first();
    await expect.poll(() => tooltip.textContent()).toContain('52');
  });
});

describe('an indicator page', () => {
  it('offers the CSV exactly as committed, the chart as SVG, and its sharing picture as PNG at the size social sites show', async () => {
    const page = await open(noScript, '/indicators/sipas-score/');
    const csvHref = await page.getByRole('link', { name: /CSV/ }).first().getAttribute('href');
    const csv = await (await fetch(site.href(csvHref!))).arrayBuffer();
    expect(Buffer.from(csv)).toEqual(readFileSync(join(REPO_ROOT, 'data/datasets/governance-indices/sipas-score.csv')));
    const svgHref = await page.getByRole('link', { name: /SVG/ }).getAttribute('href');
    expect(await (await fetch(site.href(svgHref!))).text()).toMatch(/^<svg[^>]+role="img"/);
    const pngHref = await page.getByRole('link', { name: /PNG/ }).getAttribute('href');
    const png = Buffer.from(await (await fetch(site.href(pngHref!))).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The IHDR chunk's width and height, as a social site reads them before drawing the card.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SHARE_PICTURE.width, SHARE_PICTURE.height]);
  });

  it('gives an embed snippet whose page shows the same chart', async () => {
    const page = await open(noScript, '/en/indicators/dti-rank/');
    const snippet = await page.locator('#embed-code').inputValue();
    const src = /src="([^"]+)"/.exec(snippet)![1]!;
    const embed = await open(noScript, src);
    expect(await embed.locator('svg[role="img"]').count()).toBeGreaterThan(0);
    expect(await embed.locator('header, nav').count()).toBe(0);
    expect(await embed.getByRole('link', { name: /in full/ }).getAttribute('href')).toBe('/en/indicators/dti-rank/');
  });
});
