// The chart a reader can question (issue 15), in a real browser: compare provinces, value or rank,
// a range of years, chart, map or table, a view kept in the address (shared links, the back
// button, embeds), the view's downloads, and the explore page; without JavaScript the same pages
// still show their chart and table. Sizes are in budgets.test.ts, axe in accessibility.test.ts.
import Papa from 'papaparse';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { formatNumber } from '../../src/lib/format.ts';
import { downloaded, it, openPage, site } from '../support/e2e.ts';
import { realIndicators } from '../support/real-portal.ts';

const indicators = realIndicators();
const pci = indicators.find((i) => i.id === 'pci-score')!;
const pciRank = indicators.find((i) => i.id === 'pci-rank')!;
/** Thừa Thiên Huế (now the city of Huế): a PCI score in 2020. */
const hue = pci.peers.find((o) => o.area.name.includes('Thừa Thiên Huế'))!;

let desktop: BrowserContext;
let phone: BrowserContext;
let noScript: BrowserContext;

it.beforeAll(async ({ browser }) => {
  desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  noScript = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
});

const figureOf = (page: Page) => page.locator('[data-explore]').first();
const wideSvg = (page: Page) => figureOf(page).locator('[data-main-chart] .chart-wide svg');
/** The points of the series in the view, not those of a series fading out (aria-hidden while it goes). */
const marks = (page: Page) => wideSvg(page).locator('g.series:not([aria-hidden="true"]) .mark[data-label]');
const live = (page: Page) => figureOf(page).locator('[data-chart-live]');

/** Opens a page and waits for the explorer: started by its button, or at once by a view in the address. */
async function explorer(context: BrowserContext, path: string): Promise<Page> {
  const page = await openPage(context, path);
  // The explore page and a link holding a view start the explorer themselves, its panel open.
  const startsAtOnce = new URL(path, 'http://x').search !== '' || /\/explore\/$/.test(path);
  if (!startsAtOnce) await figureOf(page).locator('[data-explore-toggle]').click();
  await page.locator('[data-explore-ready]').waitFor();
  return page;
}

/** The periods and areas in the view's table. */
async function tableRows(page: Page): Promise<string[][]> {
  return figureOf(page).locator('.chart-data tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
}

describe('compare areas', () => {
  it('finds Huế typed without diacritics, draws it beside Quảng Trị and says so once', async () => {
    const page = await explorer(desktop, '/en/indicators/pci-score/');
    expect(await figureOf(page).locator('[data-explore-toggle]').getAttribute('aria-expanded')).toBe('true');
    await page.getByLabel('Find a province').fill('Hue');
    const boxes = figureOf(page).locator('.explore-area-list li').filter({ visible: true });
    expect(await boxes.count()).toBe(1);
    await boxes.getByRole('checkbox').check();
    await expect.poll(() => page.url()).toContain('areas=46');
    // The tracked province stays first; Huế is a line of its own, named in the legend and its points.
    const series = await wideSvg(page).locator('g.series').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-series-label') ?? ''));
    expect(series[0]).not.toContain('Huế');
    expect(series.some((label) => label.includes('Thừa Thiên Huế'))).toBe(true);
    expect(await live(page).textContent()).toMatch(/^Showing the chart: .*Quảng Trị.* and .*Thừa Thiên Huế.*, 2006–2023\.$/);
    // The table holds exactly the figures drawn: Huế's one figure among Quảng Trị's.
    const rows = await tableRows(page);
    expect(rows).toHaveLength(await marks(page).count());
    expect(rows.filter((r) => r[1]!.includes('Huế')).map((r) => [r[0], r.at(-2)])).toEqual([[hue.period.text, formatNumber(hue.value!, 'en')]]);
    await page.close();
  });

  it('never lets more than five areas crowd the chart', async () => {
    const page = await explorer(desktop, '/indicators/pci-score/');
    const boxes = figureOf(page).locator('.explore-area-list input[type="checkbox"]');
    for (let i = 0; i < 5; i++) {
      await boxes.nth(i).check();
      await expect.poll(() => new URL(page.url()).searchParams.get('areas')?.split(',').length).toBe(i + 1);
    }
    expect(await boxes.nth(6).isDisabled()).toBe(true);
    // Quảng Trị's own lines (PCI by VCCI, and the Party Committee's 2023 figure) and five others.
    await expect.poll(() => wideSvg(page).locator('g.series:not([aria-hidden="true"])').count()).toBe(pci.series.length + 5);
    await page.close();
  });
});

describe('value or rank', () => {
  it('switches the PCI score to its rank and back, keeping the areas', async () => {
    const page = await explorer(desktop, '/en/indicators/pci-score/?areas=46');
    await figureOf(page).getByRole('radio', { name: 'Rank' }).check();
    await expect.poll(() => page.url()).toContain('measure=rank');
    expect(await figureOf(page).locator('.chart-heading').textContent()).toBe(pciRank.title.en);
    expect(await wideSvg(page).getAttribute('data-chart-kind')).toBe('rank');
    // The rank's own places: "out of 63" stays on every point read aloud.
    expect(await marks(page).last().getAttribute('data-label')).toMatch(/\d+(st|nd|rd|th) of 63/);
    // The control that was used keeps the focus after the controls are rebuilt for the rank's years.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('rank');
    await figureOf(page).getByRole('radio', { name: 'Score' }).check();
    await expect.poll(() => figureOf(page).locator('.chart-heading').textContent()).toBe(pci.title.en);
    expect(new URL(page.url()).search).toBe('?areas=46');
    await page.close();
  });
});

describe('changes that come quickly or do not fit the other measure', () => {
  it('checks a view against what the rank offers: the DTI rank has a map, but no figure for 2023', async () => {
    const dtiRank = indicators.find((i) => i.id === 'dti-rank')!;
    const page = await explorer(desktop, '/en/indicators/dti-score/?measure=rank&view=map');
    expect(await wideSvg(page).getAttribute('data-chart-kind')).toBe('province-map');
    expect(await figureOf(page).locator('.chart-heading').textContent()).toBe(dtiRank.title.en);
    await page.goto(site.href('/en/indicators/dti-score/?from=2023'));
    await page.locator('[data-explore-ready]').waitFor();
    await figureOf(page).getByRole('radio', { name: 'Rank' }).check();
    await expect.poll(() => new URL(page.url()).search).toBe('?measure=rank');
    expect((await tableRows(page)).length).toBeGreaterThan(0);
    expect(await figureOf(page).getByLabel('From', { exact: true }).inputValue()).toBe('2020');
    await page.close();
  });

  it('draws the last of two quick changes, whichever loads first', async () => {
    const page = await explorer(desktop, '/en/indicators/pci-score/');
    await figureOf(page).getByRole('radio', { name: 'Rank' }).check();
    await figureOf(page).getByRole('radio', { name: 'Score' }).check();
    await page.waitForTimeout(500);
    expect(await figureOf(page).locator('.chart-heading').textContent()).toBe(pci.title.en);
    expect(new URL(page.url()).search).toBe('');
    expect(await figureOf(page).getByRole('radio', { name: 'Score' }).isChecked()).toBe(true);
    await page.close();
  });

  it('keeps a province taken away and put back at once', async () => {
    const page = await explorer(desktop, '/en/indicators/pci-score/?areas=46');
    const box = figureOf(page).locator('input[name="area"][value="46"]');
    await box.uncheck();
    await box.check();
    await page.waitForTimeout(500);
    const labels = await wideSvg(page).locator('g.series').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-series-label') ?? ''));
    expect(labels.filter((label) => label.includes('Thừa Thiên Huế'))).toHaveLength(1);
    await page.close();
  });

  it('never copies the typed address into the embed code', async () => {
    const page = await explorer(desktop, '/en/indicators/pci-score/?view=table&z=$%26/onload=alert(1)//');
    const code = await page.locator('[data-embed-code]').inputValue();
    expect(code).not.toContain('onload');
    expect(code).toContain('/en/embed/indicators/pci-score/?view=table"');
    await page.close();
  });
});

describe('a range of years', () => {
  it('narrows the chart and its table to 2018–2022 with the keyboard', async () => {
    const page = await explorer(desktop, '/indicators/pci-score/');
    const from = figureOf(page).getByLabel('Từ năm', { exact: true });
    await from.focus();
    await from.selectOption('2018');
    await figureOf(page).getByLabel('Đến năm', { exact: true }).selectOption('2022');
    await expect.poll(() => new URL(page.url()).search).toBe('?from=2018&to=2022');
    const periods = (await tableRows(page)).map((r) => r[0]);
    expect(periods).toEqual(['2018', '2019', '2020', '2021', '2022']);
    const years = await marks(page).evaluateAll((marks) => marks.map((m) => m.getAttribute('data-label')!.slice(0, 4)));
    expect([...new Set(years)].sort()).toEqual(['2018', '2019', '2020', '2021', '2022']);
    expect(await live(page).textContent()).toMatch(/, 2018–2022\.$/);
    await page.close();
  });
});

describe('change since a year', () => {
  it('shows each line’s change since 2018, says which area had no 2018 figure, and downloads the figures behind it', async () => {
    const page = await explorer(desktop, '/en/indicators/pci-score/?areas=46');
    await figureOf(page).getByLabel('Change since').selectOption('2018');
    await expect.poll(() => new URL(page.url()).search).toBe('?areas=46&since=2018');
    expect(await figureOf(page).locator('.chart-heading').textContent()).toBe(`${pci.title.en}: change since 2018`);
    // Huế's one figure is of 2020, and the Party Committee's line has only 2023: both are named, as the legend names them.
    expect(await live(page).textContent()).toMatch(/Change since 2018\. No figure for 2018, so no change for: Per the Party Committee.* and Per VCCI · Thừa Thiên Huế/);
    const rows = await tableRows(page);
    expect(rows[0]!.slice(0, 1).concat(rows[0]!.at(-2)!)).toEqual(['2018', '0']);
    const base = pci.observations.find((o) => o.period.text === '2018')!.value!;
    const latest = pci.observations.find((o) => o.period.text === '2022')!.value!;
    expect(rows.find((r) => r[0] === '2022')!.at(-2)).toBe(formatNumber(Number((latest - base).toFixed(2)), 'en'));
    const [download] = await Promise.all([page.waitForEvent('download'), figureOf(page).getByRole('button', { name: /^CSV/ }).click()]);
    const [header, ...csv] = Papa.parse<string[]>((await downloaded(download)).toString('utf8').slice(1).trim(), { newline: '\r\n' }).data;
    const row = csv.find((r) => r[0] === '2022')!;
    expect([row[header!.indexOf('value')], row[header!.indexOf('base_value')]]).toEqual([String(latest), String(base)]);
    await page.close();
  });
});

describe('change since a year, with other choices', () => {
  it('measures from a year before the years shown', async () => {
    const page = await explorer(desktop, '/en/indicators/pci-score/?from=2018&to=2022&since=2015');
    const base = pci.observations.find((o) => o.period.text === '2015')!.value!;
    const in2018 = pci.observations.find((o) => o.period.text === '2018')!.value!;
    const rows = await tableRows(page);
    expect(rows.map((r) => r[0])).toEqual(['2018', '2019', '2020', '2021', '2022']);
    expect(rows[0]!.at(-2)).toBe(formatNumber(Number((in2018 - base).toFixed(2)), 'en'));
    await page.close();
  });

  it('is not offered for a rank, and goes when the reader switches to one', async () => {
    const page = await explorer(desktop, '/en/indicators/papi-score/');
    expect(await figureOf(page).getByLabel('Change since').count()).toBe(1);
    await figureOf(page).getByRole('radio', { name: 'Rank' }).check();
    await expect.poll(() => figureOf(page).getByLabel('Change since').count()).toBe(0);
    await page.close();
  });
});

describe('chart, map or table', () => {
  it('draws the national tile map of the period with the most provinces, and its table of every province', async () => {
    const page = await explorer(desktop, '/en/indicators/pci-score/');
    await figureOf(page).getByRole('radio', { name: 'map' }).check();
    await expect.poll(() => wideSvg(page).getAttribute('data-chart-kind')).toBe('province-map');
    expect(await figureOf(page).locator('[data-map-note]').textContent()).toContain('2020');
    const provinces = pci.peers.filter((o) => o.period.text === '2020' && o.value !== null).length + 1;
    expect((await tableRows(page)).length).toBeGreaterThanOrEqual(provinces);
    await page.close();
  });

  it('shows the table alone, open, with the chart set aside', async () => {
    const page = await explorer(desktop, '/en/indicators/pci-score/');
    await figureOf(page).getByRole('radio', { name: 'table' }).check();
    await expect.poll(() => page.url()).toContain('view=table');
    expect(await figureOf(page).locator('[data-main-chart]').isHidden()).toBe(true);
    expect(await figureOf(page).locator('details.chart-data').getAttribute('open')).not.toBeNull();
    await page.close();
  });
});

describe('a view in the address', () => {
  it('opens from a shared link, and the back button steps through the changes', async () => {
    const page = await explorer(desktop, '/en/indicators/pci-score/?areas=46&from=2018');
    expect(await figureOf(page).locator('input[name="area"][value="46"]').isChecked()).toBe(true);
    expect(await figureOf(page).getByLabel('From', { exact: true }).inputValue()).toBe('2018');
    await figureOf(page).getByRole('radio', { name: 'table' }).check();
    await expect.poll(() => page.url()).toContain('view=table');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?areas=46&from=2018');
    await expect.poll(() => figureOf(page).locator('[data-main-chart]').isHidden()).toBe(false);
    expect(await figureOf(page).getByRole('radio', { name: 'chart' }).isChecked()).toBe(true);
    // The other language's link and the embed code keep the view.
    expect(await page.locator('.lang-switch a').getAttribute('href')).toContain('areas=46&from=2018');
    expect(await page.locator('[data-embed-code]').inputValue()).toContain('/en/embed/indicators/pci-score/?areas=46&amp;from=2018"');
    await page.close();
  });

  it('draws the default view exactly as the build did when the reader comes back to it', async () => {
    const page = await openPage(desktop, '/indicators/pci-score/');
    const built = await wideSvg(page).innerHTML();
    await figureOf(page).locator('[data-explore-toggle]').click();
    await page.locator('[data-explore-ready]').waitFor();
    await figureOf(page).locator('input[name="area"]').first().check();
    await expect.poll(() => page.url()).toContain('areas=');
    await figureOf(page).getByRole('button', { name: 'Về cách xem mặc định' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await wideSvg(page).innerHTML()).toBe(built);
    await page.close();
  });

  it('is accepted by the embed page, which draws it without controls', async () => {
    const page = await openPage(desktop, '/embed/indicators/pci-score/?areas=46&from=2016');
    await page.locator('[data-explore-ready]').waitFor();
    const series = await wideSvg(page).locator('g.series').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-series-label') ?? ''));
    expect(series.some((label) => label.includes('Thừa Thiên Huế'))).toBe(true);
    expect(await page.locator('.explore-controls').count()).toBe(0);
    await page.close();
  });
});

describe('downloads of the view', () => {
  it('give the CSV of exactly the rows shown, each with its source and date', async () => {
    const page = await explorer(desktop, '/en/indicators/pci-score/?areas=46&from=2018&to=2022');
    const [download] = await Promise.all([page.waitForEvent('download'), figureOf(page).getByRole('button', { name: /^CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('pci-score-view.csv');
    const text = (await downloaded(download)).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(text.slice(1).trim(), { newline: '\r\n' }).data;
    const shown = await tableRows(page);
    expect(rows.map((r) => r[0])).toEqual(shown.map((r) => r[0]));
    expect(rows.filter((r) => r[1] === '46').map((r) => r[header!.indexOf('value')])).toEqual([String(hue.value)]);
    for (const row of rows) expect(row[header!.indexOf('source_url')]).toMatch(/^https?:\/\//);
    await page.close();
  });

  it('give the SVG and a PNG at twice its size, with the title, the source and the view’s address', async () => {
    const page = await explorer(desktop, '/en/indicators/pci-score/?areas=46');
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), figureOf(page).getByRole('button', { name: /^SVG/ }).click()]);
    const svg = (await downloaded(svgDownload)).toString('utf8');
    expect(svg).toContain(pci.title.en.replace(/&/g, '&amp;'));
    expect(svg).toContain('Source: ');
    expect(svg).toContain('/en/indicators/pci-score/?areas=46');
    const width = Number(/viewBox="0 0 (\d+) (\d+)"/.exec(svg)![1]);
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), figureOf(page).getByRole('button', { name: /^PNG/ }).click()]);
    const png = await downloaded(pngDownload);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width * 2);
    await page.close();
  });
});

describe('the explore page', () => {
  it('lets a reader choose any indicator, and keeps it in the address', async () => {
    const page = await explorer(desktop, '/en/explore/');
    const dti = indicators.find((i) => i.id === 'dti-score')!;
    await figureOf(page).getByLabel('Indicator', { exact: true }).selectOption(dti.id);
    await expect.poll(() => figureOf(page).locator('.chart-heading').textContent()).toBe(dti.title.en);
    expect(new URL(page.url()).searchParams.get('indicator')).toBe(dti.id);
    await page.goBack();
    await expect.poll(() => figureOf(page).locator('.chart-heading').textContent()).not.toBe(dti.title.en);
    await page.close();
  });

  it('is linked from a search result for an indicator a reader can compare', async () => {
    const page = await openPage(desktop, '/en/search/?q=PCI');
    const link = page.locator('[data-search-results] a[href="/en/explore/?indicator=pci-score"]');
    await link.waitFor();
    expect(await link.textContent()).toBe(`Compare, choose years: ${pci.title.en}`);
    await page.close();
  });

  it('is linked from the navigation and from an indicator page', async () => {
    const page = await openPage(desktop, '/indicators/pci-score/');
    expect(await page.locator('.primary-nav a[href="/explore/"]').count()).toBe(1);
    expect(await page.locator('a[href="/explore/?indicator=pci-score"]').count()).toBe(1);
    await page.close();
  });
});

describe('with the keyboard alone', () => {
  it('opens the explorer from its button and changes the view with the arrow keys', async () => {
    const page = await openPage(desktop, '/indicators/pci-score/');
    await figureOf(page).locator('[data-explore-toggle]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-explore-ready]').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => [(document.activeElement as HTMLInputElement).name, (document.activeElement as HTMLInputElement).value])).toEqual(['display', 'chart']);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('view=map');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('view=table');
    // The button hides the panel again, and says so.
    await figureOf(page).locator('[data-explore-toggle]').focus();
    await page.keyboard.press('Enter');
    expect(await figureOf(page).locator('[data-explore-toggle]').getAttribute('aria-expanded')).toBe('false');
    expect(await figureOf(page).locator('.explore-panel').isHidden()).toBe(true);
    await page.close();
  });
});

describe('on a phone', () => {
  it('keeps every control at least 24 px square and the page no wider than the screen', async () => {
    const page = await explorer(phone, '/indicators/pci-score/');
    const small = await figureOf(page)
      .locator('.explore-panel input, .explore-panel select, .explore-panel button, .explore-panel label:has(input)')
      .filter({ visible: true })
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).filter((r) => r.width < 24 || r.height < 24).length);
    expect(small).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it.each(['/indicators/pci-score/', '/en/explore/'])('%s still shows its chart and its table, and no control that could not work', async (path) => {
    const page = await openPage(noScript, path);
    expect(await figureOf(page).locator('svg[role="img"]').filter({ visible: true }).count()).toBeGreaterThan(0);
    expect(await figureOf(page).locator('.chart-data table').count()).toBe(1);
    expect(await figureOf(page).locator('[data-explore-toggle]').isHidden()).toBe(true);
    await page.close();
  });
});

describe('motion', () => {
  it('fades a redrawn chart for at most 300 ms, and not at all under prefers-reduced-motion', async () => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const page = await desktop.newPage();
      await page.emulateMedia({ reducedMotion });
      await page.goto(site.href('/indicators/pci-score/'));
      await figureOf(page).locator('[data-explore-toggle]').click();
      await page.locator('[data-explore-ready]').waitFor();
      await figureOf(page).getByRole('radio', { name: 'bản đồ' }).check();
      const durations = await page.evaluate(() => document.getAnimations().map((a) => Number(a.effect?.getTiming().duration)));
      if (reducedMotion === 'reduce') expect(durations.filter((d) => d > 0)).toEqual([]);
      else {
        expect(durations.length).toBeGreaterThan(0);
        expect(Math.max(...durations)).toBeLessThanOrEqual(300);
      }
      await page.close();
    }
  });
});
