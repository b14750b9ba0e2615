import { describe, expect, it } from 'vitest';
import { chooseChart, tileMapAvailable } from '../../src/lib/charts/choose.ts';
import { acrossMerger, districts, rank, syntheticIndicator, withTarget } from './synthetic-indicators.ts';

const level = {
  name: 'level',
  categories: [
    { value: 'a', label: 'Cấp thử A', label_en: 'Test level A' },
    { value: 'b', label: 'Cấp thử B', label_en: 'Test level B' },
  ],
};
const twoSeries = (periods: string[], counts: [number, number]) =>
  syntheticIndicator({
    dimensions: [level],
    rows: (['a', 'b'] as const).flatMap((l, i) => periods.slice(0, counts[i]).map((period, j) => ({ period, area: '45', level: l, value: 10 + j }))),
  });

describe('chooseChart', () => {
  it('draws a rank on its own inverted axis', () => {
    expect(chooseChart(rank())).toBe('rank');
  });

  it('draws one series through time as a time series, however few its figures', () => {
    expect(chooseChart(withTarget())).toBe('time-series');
    expect(chooseChart(acrossMerger())).toBe('time-series');
  });

  it('compares several series observed in one or two periods as bars', () => {
    expect(chooseChart(twoSeries(['2023'], [1, 1]))).toBe('bars');
    expect(chooseChart(twoSeries(['2023', '2025-Q1'], [2, 1]))).toBe('bars');
  });

  it('compares districts in one period as bars, ranks included', () => {
    expect(chooseChart(districts([50, 60, 70]))).toBe('bars');
    const ranks = syntheticIndicator({ unit: 'rank', rows: [{ period: '2024', area: '461', out_of: 10, value: 1 }, { period: '2024', area: '462', out_of: 10, value: 2 }] });
    expect(chooseChart(ranks)).toBe('bars');
  });

  it('gives several series with three or more figures each a panel of their own', () => {
    expect(chooseChart(twoSeries(['2021', '2022', '2023'], [3, 3]))).toBe('small-multiples');
  });

  it('draws several series on one plot when some have too few figures for a panel', () => {
    expect(chooseChart(twoSeries(['2021', '2022', '2023'], [3, 1]))).toBe('time-series');
  });
});

describe('tileMapAvailable', () => {
  it('is true when two districts share a period', () => {
    expect(tileMapAvailable(districts([50, 60]))).toBe(true);
  });

  it('is false for one district, for districts in different periods and for the province alone', () => {
    expect(tileMapAvailable(districts([50]))).toBe(false);
    const apart = syntheticIndicator({ rows: [{ period: '2023', area: '461', value: 1 }, { period: '2024', area: '462', value: 2 }] });
    expect(tileMapAvailable(apart)).toBe(false);
    expect(tileMapAvailable(withTarget())).toBe(false);
  });
});
