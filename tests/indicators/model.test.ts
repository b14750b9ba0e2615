import { describe, expect, it } from 'vitest';
import { datasetIndicators } from '../../src/lib/indicators/model.ts';
import { validatePortal } from '../../src/lib/validate/portal.ts';
import { fixtureFiles, TODAY } from '../support/fixture-files.ts';
import { syntheticIndicator } from '../charts/synthetic-indicators.ts';

/** The fixture portal's one indicator: shares by channel, across a merger of province 90 into 91. */
function sampleIndicator() {
  const portal = validatePortal(fixtureFiles(), TODAY).portal!;
  const context = { areas: portal.areas, units: portal.units, targets: portal.targets, province: portal.province };
  return datasetIndicators(portal.datasets[0]!, context)[0]!;
}

describe('an indicator built from a dataset resource', () => {
  it('puts its observations in time order, each at the middle of its period', () => {
    const indicator = sampleIndicator();
    expect(indicator.observations.map((o) => o.period.text)).toEqual(['2022', '2023', '2023', '2025-09-26', '2026-Q1']);
    expect(new Date(indicator.observations[0]!.time).toISOString().slice(0, 10)).toBe('2022-07-02');
  });

  it('makes one line per dimension code, joining the old and new province into one lineage', () => {
    const keys = sampleIndicator().series.map((s) => s.key);
    // The province's own lines come first, a district's after them, whichever was published first.
    expect(keys).toEqual(['channel=web', 'channel=app', 'channel=app&area=901']);
  });

  it('splits a line into segments where the territory changes, so the merger is never bridged', () => {
    const web = sampleIndicator().series.find((s) => s.key === 'channel=web')!;
    expect(web.segments.map((g) => [g.area.code, g.observations.map((o) => o.period.text)])).toEqual([
      ['90', ['2022', '2023']],
      ['91', ['2025-09-26']],
    ]);
  });

  it('labels a line by its codes in both languages, and a district line by the district', () => {
    const series = sampleIndicator().series;
    expect(series[0]!.label).toEqual({ vi: 'Trang web', en: 'Website' });
    expect(series[2]!.label).toEqual({ vi: 'Ứng dụng · Huyện Một', en: 'App · District One' });
  });

  it('keeps a declared missing value as null rather than zero', () => {
    expect(sampleIndicator().observations[3]!.value).toBeNull();
  });

  it('knows its unit, the targets it measures and the sources it cites', () => {
    const indicator = sampleIndicator();
    expect(indicator.unit.code).toBe('percent');
    expect(indicator.isRank).toBe(false);
    expect(indicator.targets.map((t) => t.id)).toEqual(['share-online']);
    expect(indicator.sources.map((s) => s.id)).toEqual(['test-source']);
  });
});

describe('series names', () => {
  it('leave out a dimension that has one value in every row, so it is not repeated on each line or bar', () => {
    const part = { name: 'part', categories: [{ value: 'a', label: 'Phần A', label_en: 'Part A' }, { value: 'b', label: 'Phần B', label_en: 'Part B' }] };
    const basis = { name: 'basis', categories: [{ value: 'y2020', label: 'So với năm 2020', label_en: 'Compared with 2020' }] };
    const indicator = syntheticIndicator({
      unit: 'count',
      dimensions: [part, basis],
      rows: [
        { period: '2021', area: '45', part: 'a', basis: 'y2020', value: -3 },
        { period: '2021', area: '45', part: 'b', basis: 'y2020', value: 5 },
      ],
    });
    expect(indicator.series.map((s) => s.label.en)).toEqual(['Part A', 'Part B']);
    // The dimension still keys each series: a later row with another basis would be its own line.
    expect(indicator.series.map((s) => s.key)).toEqual(['part=a&basis=y2020', 'part=b&basis=y2020']);
  });

  it('put the province first and the country last, whichever was published first, so the province keeps its colour', () => {
    const indicator = syntheticIndicator({
      unit: 'percent',
      rows: [
        { period: '2019', area: 'VN', value: 84.45 },
        { period: '2022', area: 'VN', value: 80.08 },
        { period: '2022', area: '45', value: 76.43 },
      ],
    });
    expect(indicator.series.map((s) => s.segments[0]!.area.code)).toEqual(['45', 'VN']);
  });
});
