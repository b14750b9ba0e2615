// A reader's view of an indicator (lib/explore): what can be compared, what a view shows, and that
// the default view is exactly what the build drew, so nothing moves when the explorer arrives.
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/lib/charts/render.ts';
import { NARROW_CHART, WIDE_CHART } from '../../src/lib/charts/sizes.ts';
import { readExploreData, writeExploreData } from '../../src/lib/explore/explore-data.ts';
import {
  defaultView, exploreChoices, firstExplored, measurePair, selectView, viewAnnouncement, viewChartKind, withinYears, type ExploreView,
} from '../../src/lib/explore/explore-view.ts';
import { foldForSearch } from '../../src/lib/text/fold.ts';
import { t } from '../../src/i18n/translate.ts';
import { realIndicators } from '../support/real-portal.ts';
import { COUNTRY, PROVINCES, syntheticIndicator } from '../charts/synthetic-indicators.ts';

const indicators = realIndicators();
const byId = (id: string) => indicators.find((i) => i.id === id)!;
const today = '2026-11-30';

/** The tracked province (45) from 2016 to 2023, the country from 2018, and two other provinces. */
const scores = () =>
  syntheticIndicator({
    unit: 'index-points',
    rows: [
      ...[2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023].map((year, i) => ({ period: String(year), area: '45', value: 50 + i })),
      ...[2018, 2020, 2022].map((year, i) => ({ period: String(year), area: 'VN', value: 55 + i })),
      { period: '2020', area: PROVINCES[0]!.code, value: 61 },
      { period: '2022', area: PROVINCES[0]!.code, value: 62 },
      { period: '2020', area: PROVINCES[1]!.code, value: 48 },
    ],
    targets: [{ year: 2025, value: 70 }],
  });

describe('the default view', () => {
  it.each(['vi', 'en'] as const)('draws every indicator exactly as the build does (%s), so the page does not change when the explorer starts', (locale) => {
    for (const indicator of indicators) {
      const choices = exploreChoices(indicator, measurePair(indicator, indicators));
      const view = defaultView(indicator, choices);
      const shown = selectView(indicator, view);
      for (const size of [NARROW_CHART, WIDE_CHART]) {
        const options = { ...size, locale, today, idPrefix: 'x' };
        expect(renderChartSvg(shown, { ...options, kind: viewChartKind(shown, view, view) }), indicator.id).toBe(renderChartSvg(indicator, options));
      }
    }
  });

  it('is drawn the same from the data file the browser fetches', () => {
    for (const indicator of indicators) {
      const pair = measurePair(indicator, indicators);
      const read = readExploreData(writeExploreData(indicator, pair));
      expect(read.pair).toEqual(pair);
      const options = { ...WIDE_CHART, locale: 'vi' as const, today, idPrefix: 'x' };
      expect(renderChartSvg(read.indicator, options), indicator.id).toBe(renderChartSvg(indicator, options));
      // Figures share their source object, as the build's do: a view finds a figure's sources by identity.
      expect(new Set(read.indicator.observations.map((o) => o.source)).size).toBeLessThanOrEqual(read.indicator.sources.length);
    }
  });

  it('puts the country’s average beside the province where it is published, and nothing else', () => {
    const indicator = scores();
    const view = defaultView(indicator, exploreChoices(indicator, null));
    expect(view).toEqual({ areas: ['VN'], from: null, to: null, measure: 'value', display: 'chart', since: null });
  });
});

describe('what a reader can compare', () => {
  it('offers the country first, then the other provinces with a figure, by their own names', () => {
    const choices = exploreChoices(scores(), null);
    expect(choices.areas.map((a) => a.key)).toEqual(['VN', PROVINCES[0]!.code, PROVINCES[1]!.code]);
    // "Thành phố Cần Thơ" sits among the C's, not after every "Tỉnh …" nor before them all.
    const real = exploreChoices(byId('pci-score'), null).areas.map((a) => a.name.vi);
    expect(real[0]).toBe('Tỉnh An Giang');
    expect(real.indexOf('Thành phố Cần Thơ')).toBe(real.indexOf('Tỉnh Cao Bằng') + 1);
    expect(choices.years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
  });

  it('lists every province that published a PCI score, and finds Huế typed without diacritics', () => {
    const choices = exploreChoices(byId('pci-score'), measurePair(byId('pci-score'), indicators));
    expect(choices.areas.length).toBe(62);
    const hue = choices.areas.filter((a) => foldForSearch(`${a.name.vi} ${a.name.en}`).includes(foldForSearch('Hue')));
    expect(hue.map((a) => a.name.vi)).toEqual([expect.stringContaining('Thừa Thiên Huế')]);
  });

  it('pairs a score with its rank in the same dataset, both ways, and nothing else', () => {
    expect(measurePair(byId('pci-score'), indicators)).toEqual({ value: 'pci-score', rank: 'pci-rank' });
    expect(measurePair(byId('pci-rank'), indicators)).toEqual({ value: 'pci-score', rank: 'pci-rank' });
    expect(measurePair(byId('population'), indicators)).toBeNull();
    expect(measurePair(byId('papi-rank-change'), indicators)).toBeNull();
  });

  it('opens the explore page on an indicator with other provinces to compare', () => {
    expect(exploreChoices(firstExplored(indicators), null).areas.length).toBeGreaterThan(10);
  });
});

describe('a view', () => {
  const indicator = scores();
  const choices = exploreChoices(indicator, null);
  const view = (more: Partial<ExploreView>): ExploreView => ({ ...defaultView(indicator, choices), ...more });

  it('draws the tracked province first and each chosen province as a line of its own', () => {
    const shown = selectView(indicator, view({ areas: [PROVINCES[0]!.code, 'VN'] }));
    expect(shown.series.map((s) => s.label.vi)).toEqual(['', PROVINCES[0]!.name, t('vi')('chart.nationalAverage')]);
    expect(shown.observations.filter((o) => o.area.code === PROVINCES[1]!.code)).toEqual([]);
    expect(viewChartKind(shown, view({ areas: [PROVINCES[0]!.code, 'VN'] }), view({}))).toBe('time-series');
  });

  it('takes the country away when the reader does', () => {
    const shown = selectView(indicator, view({ areas: [] }));
    expect(shown.observations.every((o) => o.area.code === '45')).toBe(true);
  });

  it('keeps only the years chosen, and the targets set inside them', () => {
    const shown = selectView(indicator, view({ from: 2018, to: 2022 }));
    expect([...new Set(shown.observations.map((o) => o.period.text))]).toEqual(['2018', '2019', '2020', '2021', '2022']);
    expect(shown.targets).toEqual([]);
    expect(selectView(indicator, view({ from: 2018 })).targets.map((t) => t.year)).toEqual([2025]);
  });

  it('is announced in one sentence: the areas, in order, and the years', () => {
    const chosen = view({ areas: [PROVINCES[0]!.code], from: 2018, to: 2022 });
    const shown = selectView(indicator, chosen);
    expect(viewAnnouncement(indicator, shown, chosen, choices, 'en')).toBe(`Showing the chart: ${'Thử province (before 1 July 2025)'} and ${PROVINCES[0]!.name_en}, 2018–2022.`);
    expect(viewAnnouncement(indicator, shown, chosen, choices, 'vi')).toBe(`Đang hiển thị biểu đồ: Tỉnh Thử (trước 01/07/2025) và ${PROVINCES[0]!.name}, 2018–2022.`);
  });

  it('says so when the years chosen hold no figure, rather than drawing an empty chart silently', () => {
    const chosen = view({ from: 2030, to: 2030 });
    expect(viewAnnouncement(indicator, selectView(indicator, chosen), chosen, choices, 'en')).toContain('no figures in the years chosen');
  });

  it('shows the map of the period with the most provinces within the years', () => {
    const real = byId('pci-score');
    const inYears = withinYears(real, { from: 2018, to: 2022 });
    const chosen: ExploreView = { areas: [], from: 2018, to: 2022, measure: 'value', display: 'map', since: null };
    expect(viewChartKind(inYears, chosen, chosen)).toBe('province-map');
    expect(viewAnnouncement(real, inYears, chosen, exploreChoices(real, null), 'en')).toBe('Showing the map: every province with a figure, 2020.');
  });

  it('draws the national average of a rank-less indicator and the country as a reader-added area alike', () => {
    const shown = selectView(indicator, view({ areas: ['VN'] }));
    expect(shown.series.at(-1)!.segments[0]!.area).toEqual(COUNTRY);
  });
});
