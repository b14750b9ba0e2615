// The province among all provinces: the ranking chart, the national tile map, their words, and the
// chooser's rules for the country's average and for the parts of an index.
import { describe, expect, it } from 'vitest';
import type { ChartOptions } from '../../src/lib/charts/api.ts';
import { chooseChart, provinceMapAvailable } from '../../src/lib/charts/choose.ts';
import { provinceRanking } from '../../src/lib/charts/ranking/province-ranking.ts';
import { rankingSummary } from '../../src/lib/charts/ranking/ranking-summary.ts';
import { renderChartSvg } from '../../src/lib/charts/render.ts';
import { partsSummary } from '../../src/lib/charts/parts/render-parts.ts';
import { chartSummary } from '../../src/lib/charts/summary.ts';
import { inPeriod } from '../../src/lib/indicators/model.ts';
import { FONT_SIZE, textWidth } from '../../src/lib/charts/theme.ts';
import { attr, withClass } from './support.ts';
import type { Row } from '../../src/lib/contract/portal-types.ts';
import { PROVINCES, syntheticIndicator } from './synthetic-indicators.ts';

const options = (more: Partial<ChartOptions> = {}): ChartOptions => ({ width: 720, height: 420, locale: 'vi', idPrefix: 'tt', today: '2026-11-26', ...more });

/** Scores of the twelve provinces and the tracked one (45) for 2020: 45 scores 58.2, placed 9th of 13. */
const SCORES = [64, 57, 70, 66, 61, 59.5, 60, 55, 63, 52, 58.9, 50];
const scores = (extra: Row[] = []) =>
  syntheticIndicator({
    unit: 'index-points',
    rows: [
      ...PROVINCES.map((p, i) => ({ period: '2020', area: p.code, value: SCORES[i]! })),
      { period: '2020', area: '45', value: 58.2 },
      { period: '2019', area: '45', value: 57.1 },
      ...extra,
    ],
  });

describe('the province among all provinces', () => {
  it('orders the period’s provinces best first and places the province, sharing a place on equal figures', () => {
    const ranking = provinceRanking(scores())!;
    expect(ranking.period).toBe('2020');
    expect(ranking.entries.map((e) => e.observation.value)).toEqual([...SCORES, 58.2].sort((a, b) => b - a));
    expect(ranking.tracked).toMatchObject({ place: 9, observation: { value: 58.2 } });
    // Its neighbours are the provinces sharing a side with it on the tile grid, nothing else.
    expect(ranking.entries.filter((e) => e.neighbour).map((e) => e.observation.area.code).sort()).toEqual(['01', '02', '07']);
    expect(ranking.median).toBe(59.5);
    const tiedRows = PROVINCES.map((p, i) => ({ period: '2020', area: p.code, value: i === 3 ? 58.2 : SCORES[i]! }));
    const tied = provinceRanking(syntheticIndicator({ unit: 'index-points', rows: [...tiedRows, { period: '2020', area: '45', value: 58.2 }] }))!;
    expect(tied.entries.filter((e) => e.observation.value === 58.2).map((e) => e.place)).toEqual([8, 8]);
  });

  it('keeps other provinces out of the province’s own lines and counts', () => {
    const indicator = scores();
    expect(indicator.series.map((s) => s.key)).toEqual(['all']);
    expect(indicator.observations.map((o) => o.area.code)).toEqual(['45', '45']);
    expect(indicator.peers).toHaveLength(12);
    expect(chooseChart(indicator)).toBe('time-series');
  });

  it('says where the province stands, how far from the median, the national average and the neighbours', () => {
    const indicator = scores([{ period: '2020', area: 'VN', value: 60.1 }]);
    const vi = rankingSummary(indicator, provinceRanking(indicator)!, 'vi');
    expect(vi).toBe(
      'Năm 2020, Thử đạt 58,2, đứng thứ 9 trong 13 tỉnh, thành phố có số liệu, thấp hơn trung vị 1,3 (trung vị 59,5). Trung bình cả nước: 60,1. Tỉnh giáp ranh: Thử Bắc thứ 3/13, Thử Năm thứ 6/13, Thử Nam thứ 10/13.',
    );
    expect(rankingSummary(indicator, provinceRanking(indicator)!, 'en')).toContain('scored 58.2, 9th of the 13 provinces with a figure, 1.3 below the median (59.5)');
  });

  it('gives no median when some provinces of the period have no figure, and says how many', () => {
    // A table cut before its last rows: the middle of what is left is not the provinces' middle.
    const partial = syntheticIndicator({
      unit: 'index-points',
      rows: [...PROVINCES.slice(0, 11).map((p, i) => ({ period: '2020', area: p.code, value: SCORES[i]! })), { period: '2020', area: '45', value: 58.2 }],
    });
    const ranking = provinceRanking(partial)!;
    expect(ranking.entries).toHaveLength(12);
    expect(ranking.provincesThen).toBe(13);
    expect(ranking.median).toBeNull();
    const en = rankingSummary(partial, ranking, 'en');
    expect(en).toContain('9th of the 12 provinces with a figure. 1 of the 13 provinces has no figure, so no median is given.');
    expect(en).not.toMatch(/median \(/);
  });

  it('draws every province as a dot, the province and its neighbours named, the national average as a line', () => {
    const svg = renderChartSvg(scores([{ period: '2020', area: 'VN', value: 60.1 }]), options({ kind: 'ranking' }));
    expect(svg).toContain('data-chart-kind="ranking"');
    const marks = withClass(svg, 'mark');
    expect(marks).toHaveLength(13);
    const tracked = marks.find((m) => attr(m, 'data-area') === '45')!;
    expect(attr(tracked, 'data-label')).toBe('2020 · Tỉnh Thử (trước 01/07/2025): 58,2 (thứ 9/13)');
    expect(svg).toContain('>Thử: thứ 9/13</text>');
    expect(svg).toContain('>Trung bình cả nước: 60,1</text>');
    // Best on the left: x grows as the score falls.
    const byScore = [...marks].sort((a, b) => Number(attr(a, 'data-x')) - Number(attr(b, 'data-x'))).map((m) => attr(m, 'data-area'));
    expect(byScore.slice(0, 3)).toEqual(['03', '04', '01']);
    expect(byScore.at(-1)).toBe('12');
  });

  it('fits a phone: the key wraps to a second row and the order’s caption keeps every word, nothing past the edge', () => {
    const width = 340;
    const svg = renderChartSvg(scores([{ period: '2020', area: 'VN', value: 60.1 }]), options({ kind: 'ranking', width, locale: 'en' }));
    const texts = [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
      x: Number(attr(m[1]!, 'x')),
      y: Number(attr(m[1]!, 'y')),
      size: Number(attr(m[1]!, 'font-size') ?? FONT_SIZE.tick),
      anchor: attr(m[1]!, 'text-anchor') ?? 'start',
      text: m[2]!,
    }));
    for (const { x, size, anchor, text } of texts) {
      const w = textWidth(text, size);
      const [from, to] = anchor === 'middle' ? [x - w / 2, x + w / 2] : anchor === 'end' ? [x - w, x] : [x, x + w];
      expect(from, text).toBeGreaterThanOrEqual(0);
      expect(to, text).toBeLessThanOrEqual(width);
    }
    const keyRows = new Set(texts.filter((t) => ['Thử', 'Neighbouring provinces', 'Other provinces'].includes(t.text)).map((t) => t.y));
    expect(keyRows.size).toBe(2);
    const caption = texts.filter((t) => t.anchor === 'middle' && /[a-z]/.test(t.text)).map((t) => t.text);
    expect(caption.length).toBeGreaterThan(1);
    expect(caption.join(' ')).toBe('Provinces from highest (left) to lowest (right)');
  });

  it('names the province and its neighbours in labels that never overlap one another, at any width', () => {
    for (const width of [300, 340, 720]) {
      const svg = renderChartSvg(scores(), options({ kind: 'ranking', width }));
      const named = withClass(svg, 'ranking-named')[0]!;
      expect(named).toBeDefined();
      const group = svg.slice(svg.indexOf(named));
      const boxes = [...group.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].slice(0, 4).map((m) => {
        const x = Number(attr(m[1]!, 'x'));
        const y = Number(attr(m[1]!, 'y'));
        const w = textWidth(m[2]!, FONT_SIZE.label);
        const from = attr(m[1]!, 'text-anchor') === 'end' ? x - w : x;
        return { from, to: from + w, top: y - FONT_SIZE.label, bottom: y + 3, text: m[2]! };
      });
      expect(boxes.map((b) => b.text.split(':')[0])).toEqual(['Thử', 'Thử Bắc', 'Thử Năm', 'Thử Nam']);
      for (const a of boxes) for (const b of boxes) {
        if (a === b) continue;
        const overlap = a.from < b.to && b.from < a.to && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${a.text} / ${b.text} at ${width}`).toBe(false);
      }
    }
  });

  it('falls back to the province’s own chart when too few provinces have a figure', () => {
    const few = syntheticIndicator({ unit: 'index-points', rows: [{ period: '2020', area: '01', value: 50 }, { period: '2020', area: '45', value: 58 }] });
    expect(provinceRanking(few)).toBeNull();
    expect(renderChartSvg(few, options({ kind: 'ranking' }))).toContain('data-chart-kind="time-series"');
  });

  it('draws the national tile map when most provinces of the period have a figure, the province outlined', () => {
    const indicator = scores();
    expect(provinceMapAvailable(indicator)).toBe(true);
    const svg = renderChartSvg(indicator, options({ kind: 'province-map' }));
    expect(svg).toContain('data-chart-kind="province-map"');
    const tiles = withClass(svg, 'mark');
    expect(tiles).toHaveLength(13);
    expect(tiles.filter((t) => attr(t, 'stroke-width') === '3')).toHaveLength(1);
    const sparse = syntheticIndicator({ unit: 'index-points', rows: PROVINCES.slice(0, 10).map((p) => ({ period: '2020', area: p.code, value: 50 })) });
    // Ten of twelve provinces is most of them; the map is drawn even without the province's own figure.
    expect(provinceMapAvailable(sparse)).toBe(true);
  });

  it('names a rank by its own place and total, never by its position in a partial list', () => {
    const ranks = syntheticIndicator({
      unit: 'rank',
      rows: [...PROVINCES.map((p, i) => ({ period: '2022', area: p.code, out_of: 63, value: i * 5 + 1 })), { period: '2022', area: '45', out_of: 63, value: 55 }],
    });
    const ranking = provinceRanking(ranks)!;
    expect(ranking.entries[0]!.observation.value).toBe(1);
    expect(rankingSummary(ranks, ranking, 'vi')).toMatch(/^Năm 2022, Thử xếp hạng 55\/63; 13 tỉnh, thành phố có thứ hạng được công bố\./);
  });
});

describe('the country’s average beside the province', () => {
  it('is drawn as a named line with the province’s, not as a panel of its own', () => {
    const indicator = syntheticIndicator({
      unit: 'index-points',
      rows: [
        { period: '2020', area: '45', value: 0.25 },
        { period: '2021', area: '45', value: 0.3 },
        { period: '2022', area: '45', value: 0.33 },
        ...['2020', '2021', '2022', '2023'].map((period, i) => ({ period, area: 'VN', value: 0.3 + i / 10 })),
      ],
    });
    expect(chooseChart(indicator)).toBe('time-series');
    expect(indicator.series.map((s) => s.label.vi)).toEqual(['', 'Trung bình cả nước']);
  });

  it('is named in the summary: how far the province stood from it in the latest year both have', () => {
    const indicator = syntheticIndicator({
      unit: 'index-points',
      rows: [
        { period: '2020', area: '45', value: 0.2493 },
        { period: '2020', area: 'VN', value: 0.3026 },
        { period: '2021', area: 'VN', value: 0.4014 },
      ],
    });
    expect(chartSummary(indicator, 'vi', '2026-11-26')).toContain('Năm 2020, tỉnh Thử (trước 01/07/2025) thấp hơn trung bình cả nước 0,0533 điểm (0,2493 so với 0,3026).');
    expect(chartSummary(indicator, 'en', '2026-11-26')).toContain('In 2020, Thử province (before 1 July 2025) stood 0.0533 points below the national average (0.2493 against 0.3026).');
    expect(chartSummary(indicator, 'vi', '2026-11-26')).not.toContain('tại Toàn quốc');
    expect(chartSummary(indicator, 'vi', '2026-11-26')).toContain('Năm 2021: Trung bình cả nước 0,4014.');
  });
});

describe('the parts of a composite index', () => {
  const pillar = {
    name: 'pillar',
    categories: [
      { value: 'gov', label: 'Chính quyền số', label_en: 'Digital government', minimum: 0, maximum: 1 },
      { value: 'eco', label: 'Kinh tế số', label_en: 'Digital economy', minimum: 0, maximum: 1 },
    ],
  };
  const parts = (periods: string[]) =>
    syntheticIndicator({
      unit: 'index-points',
      partsOf: 'chi-so-tong',
      dimensions: [pillar],
      rows: periods.flatMap((period, i) => [
        { period, area: '45', pillar: 'gov', value: [0.28, 0.29, 0.3][i]! },
        { period, area: '45', pillar: 'eco', value: [0.21, 0.22, 0.23][i]! },
      ]),
    });

  it('are tracks over each part’s own scale for one period, the figure out of its maximum', () => {
    const indicator = parts(['2020']);
    expect(chooseChart(indicator)).toBe('parts');
    const svg = renderChartSvg(indicator, options());
    expect(svg).toContain('>0,28 / 1</text>');
    expect(svg).toContain('>Thang điểm 0–1</text>');
    expect(partsSummary(indicator, 'en')).toBe('Test indicator, 2020, 2 parts: Digital government 0.28 / 1; Digital economy 0.21 / 1.');
  });

  it('wrap the shared scale’s note to a phone’s width instead of running past the chart’s edge', () => {
    // The same two parts, with no scale stated for either: one shared scale, said in a sentence.
    const unscaled = { ...pillar, categories: pillar.categories.map(({ value, label, label_en }) => ({ value, label, label_en })) };
    const indicator = syntheticIndicator({
      unit: 'index-points',
      partsOf: 'chi-so-tong',
      dimensions: [unscaled],
      rows: [
        { period: '2020', area: '45', pillar: 'gov', value: 0.28 },
        { period: '2020', area: '45', pillar: 'eco', value: 0.21 },
      ],
    });
    const width = 340;
    const svg = renderChartSvg(indicator, options({ width }));
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    const start = texts.findIndex((text) => text.startsWith('Cùng một thang'));
    const end = texts.findIndex((text, i) => i >= start && text.endsWith(')'));
    const noteLines = texts.slice(start, end + 1);
    expect(noteLines.length).toBeGreaterThan(1);
    expect(noteLines.join(' ')).toMatch(/^Cùng một thang 0–.+ cho mọi thành phần \(nguồn không nêu thang riêng của từng thành phần\)$/);
    for (const line of noteLines) expect(textWidth(line, FONT_SIZE.tick)).toBeLessThanOrEqual(width);
  });

  it('are panels, each over its own scale, when every part has three figures or more', () => {
    const indicator = parts(['2020', '2021', '2022']);
    expect(chooseChart(indicator)).toBe('small-multiples');
    expect(renderChartSvg(indicator, options())).toContain('>Chính quyền số (0–1)</text>');
  });

  it('are shown for their latest year beside the whole, each part with that year’s figure only', () => {
    const latest = inPeriod(parts(['2020', '2021', '2022']), '2022');
    expect(chooseChart(latest)).toBe('parts');
    expect(latest.observations.map((o) => o.value)).toEqual([0.3, 0.23]);
    expect(partsSummary(latest, 'vi')).toBe('Chỉ số thử, 2022, 2 thành phần: Chính quyền số 0,3 / 1; Kinh tế số 0,23 / 1.');
  });
});

describe('a rank over time', () => {
  it('prints how many provinces were ranked beside each rank, and draws no line across the merger', () => {
    const indicator = syntheticIndicator({
      unit: 'rank',
      rows: [
        { period: '2020', area: '45', out_of: 63, value: 56 },
        { period: '2022', area: '45', out_of: 63, value: 55 },
        { period: '2025-Q4', area: '44', out_of: 34, value: 30 },
      ],
    });
    const svg = renderChartSvg(indicator, options());
    expect(svg).toContain('data-chart-kind="rank"');
    for (const label of ['>56/63</text>', '>55/63</text>', '>30/34</text>']) expect(svg).toContain(label);
    // 2020 and 2022 have no figure between them: a dotted connector, not the line; nothing spans 1 July 2025.
    expect(withClass(svg, 'line')).toHaveLength(0);
    expect(withClass(svg, 'line-gap')).toHaveLength(1);
  });
});
