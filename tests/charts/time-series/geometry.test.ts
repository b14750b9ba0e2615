import { describe, expect, it } from 'vitest';
import { timeAxis } from '../../../src/lib/charts/time-axis.ts';
import { linearAxis, rankAxis } from '../../../src/lib/charts/value-axis.ts';
import { timeSeriesLayout } from '../../../src/lib/charts/time-series/time-series-layout.ts';
import { parsePeriod } from '../../../src/lib/period.ts';
import { acrossMerger, rank, SOURCE, syntheticIndicator, withTarget } from '../synthetic-indicators.ts';
import { round, roundNumbers } from '../support.ts';
import { legendLayout, legendTextX } from '../../../src/lib/charts/legend.ts';
import { seriesLine } from '../../../src/lib/charts/lines.ts';
import { FONT_SIZE, textWidth } from '../../../src/lib/charts/theme.ts';

const periods = (...texts: string[]) => texts.map((t) => parsePeriod(t)!);
const wide = { width: 720, height: 360, locale: 'vi' as const };

describe('timeAxis', () => {
  it('cuts the axis into years and centres each label on its year', () => {
    const axis = timeAxis(periods('2022', '2023'), [0, 200]);
    expect(axis.unit).toBe('year');
    expect(axis.boundaries.map(round)).toEqual([0, 100, 200]);
    expect(axis.labels.map((l) => [round(l.x), l.period])).toEqual([[50, '2022'], [150, '2023']]);
  });

  it('runs on to the end of a target year', () => {
    const axis = timeAxis(periods('2023'), [0, 800], 2030);
    expect(axis.domain).toEqual([Date.UTC(2023, 0, 1), Date.UTC(2031, 0, 1)]);
    expect(axis.labels.at(-1)!.period).toBe('2030');
  });

  it('labels every other year when years are too narrow for their labels, keeping the last', () => {
    const axis = timeAxis(periods('2022'), [0, 250], 2030);
    expect(axis.labels.map((l) => l.period)).toEqual(['2022', '2024', '2026', '2028', '2030']);
  });

  it('uses months for figures dated within a few weeks', () => {
    const axis = timeAxis(periods('2025-08-25', '2025-09-26'), [0, 200]);
    expect(axis.unit).toBe('month');
    expect(axis.labels.map((l) => l.period)).toEqual(['2025-08', '2025-09']);
  });
});

describe('linearAxis', () => {
  it('starts at zero and ends a percent axis at its rounded-up maximum, not at 100', () => {
    const axis = linearAxis([7.09, 15], [200, 0], true);
    expect(axis.domain).toEqual([0, 15]);
    expect(axis.ticks.map((t) => t.value)).toEqual([0, 5, 10, 15]);
  });

  it('never ends a percent axis above 100 when no value exceeds it', () => {
    expect(linearAxis([98.41], [200, 0], true).domain[1]).toBe(100);
  });
});

describe('rankAxis', () => {
  it('puts rank 1 at the top and the number of places at the bottom, both labelled', () => {
    const axis = rankAxis(63, [0, 200]);
    expect(round(axis.y(1))).toBe(0);
    expect(round(axis.y(63))).toBe(200);
    expect(axis.ticks[0]!.value).toBe(1);
    expect(axis.ticks.at(-1)!.value).toBe(63);
    expect(axis.inverted).toBe(true);
  });

  it('drops a round tick that would crowd an end label (60 beside 63)', () => {
    expect(rankAxis(63, [0, 200]).ticks.map((t) => t.value)).not.toContain(60);
  });
});

describe('timeSeriesLayout', () => {
  it('puts the target at the end of its year on the right edge, at its value, and draws the path to it from the baseline', () => {
    const layout = timeSeriesLayout(withTarget(), wide);
    const [target] = layout.targets;
    const [point] = layout.lines[0]!.points;
    expect(round(target!.x)).toBe(round(layout.plot.right));
    expect(round(target!.y)).toBe(round(layout.y.y(15)));
    expect(target!.path).toEqual({ x1: point!.x, y1: point!.y, x2: target!.x, y2: target!.y });
    expect(layout.y.domain).toEqual([0, 15]);
  });

  it('places a yearly figure in the middle of its year', () => {
    const layout = timeSeriesLayout(withTarget(), wide);
    const { left, right } = layout.plot;
    const mid2023 = (Date.UTC(2023, 0, 1) + Date.UTC(2024, 0, 1)) / 2;
    const expected = left + ((right - left) * (mid2023 - Date.UTC(2023, 0, 1))) / (Date.UTC(2031, 0, 1) - Date.UTC(2023, 0, 1));
    expect(round(layout.lines[0]!.points[0]!.x)).toBe(round(expected));
  });

  it('draws each territory as its own path and breaks the axis on the day of the merger', () => {
    const layout = timeSeriesLayout(acrossMerger(), wide);
    const line = layout.lines[0]!;
    expect(line.paths).toHaveLength(1); // the old province's two figures; the new one has a single point
    expect(line.points).toHaveLength(3);
    expect(layout.breaks).toHaveLength(1);
    expect(layout.breaks[0]!.date).toBe('2025-07-01');
    expect(round(layout.breaks[0]!.x)).toBe(round(layout.x.x(Date.UTC(2025, 6, 1))));
    // The path ends at the last pre-merger point: it never reaches across the break.
    const ends = roundNumbers(line.paths[0]!).split('L').at(-1);
    expect(ends).toBe(roundNumbers(`${line.points[1]!.x},${line.points[1]!.y}`));
  });

  it('draws rank 1 above rank 55', () => {
    const layout = timeSeriesLayout(rank(), wide);
    expect(layout.y.y(1)).toBeLessThan(layout.y.y(55));
    const [p55, p41] = layout.lines[0]!.points;
    expect(p41!.y).toBeLessThan(p55!.y);
    expect(round(layout.y.y(63))).toBe(round(layout.plot.bottom));
  });

  it('gives a target without a value a year marker but no line', () => {
    const layout = timeSeriesLayout(rank(), wide);
    expect(layout.targets).toEqual([]);
    expect(layout.targetYears).toHaveLength(1);
    expect(round(layout.targetYears[0]!.x)).toBe(round(layout.plot.right));
  });

  it('plots a figure whose source gives only an approximate period at that period all the same', () => {
    const approximate = { ...SOURCE, id: 'nguon-uoc-doan', note: 'Kỳ số liệu là ước đoán (khoảng năm 2023).' } as typeof SOURCE;
    const layout = timeSeriesLayout(syntheticIndicator({ sources: [approximate], rows: [{ period: '2023', area: '45', value: 92.7 }] }), wide);
    const [point] = layout.lines[0]!.points;
    expect(point!.observation.period.text).toBe('2023');
    expect(round(point!.x)).toBe(round(layout.x.labels[0]!.x));
  });

  it('leaves a gap for a missing value instead of drawing it as zero', () => {
    const layout = timeSeriesLayout(
      syntheticIndicator({ rows: ['2020', '2021', '2022', '2023'].map((period, i) => ({ period, area: '45', value: i === 1 ? null : 10 + i })) }),
      wide,
    );
    const line = layout.lines[0]!;
    expect(line.points.map((p) => p.observation.period.text)).toEqual(['2020', '2022', '2023']);
    // One move-to for the lone first point's run would draw nothing; the path restarts after the gap.
    expect(line.paths[0]!.match(/M/g)).toHaveLength(2);
    expect(line.points.every((p) => p.y < layout.y.y(0))).toBe(true);
  });
});

describe('legendLayout', () => {
  it('wraps a series name wider than a phone’s chart under itself, and counts its rows in the height', () => {
    const long = 'Per the Party Committee’s site (not published by VCCI)';
    const { entries, height } = legendLayout(['By VCCI', long, 'Short'], 8, 300, 0);
    expect(entries.map((e) => e.lines.length)).toEqual([1, 2, 1]);
    expect(entries[1]!.lines.join(' ')).toBe(long);
    for (const line of entries[1]!.lines) expect(legendTextX(entries[1]!) + textWidth(line, FONT_SIZE.label)).toBeLessThanOrEqual(300);
    // The long name starts its own row and the next entry comes after both of its lines.
    expect(entries.map((e) => e.y)).toEqual([10, 30, 70]);
    expect(height).toBe(80);
  });
});

describe('seriesLine across years with no figure', () => {
  it('draws the years it has as a line and the years it skips as a connector of their own', () => {
    const skipping = syntheticIndicator({
      unit: 'count',
      rows: ['2018', '2019', '2021', '2022', '2024'].map((period, k) => ({ period, area: '45', value: 10 + k })),
    });
    const line = seriesLine(skipping.series[0]!, 0, (t) => t / 1e10, (v) => v);
    // 2018–2019 and 2021–2022 are lines; 2019→2021 and 2022→2024 skip a year each.
    expect(line.paths).toHaveLength(2);
    expect(line.gaps).toHaveLength(2);
    expect(line.points).toHaveLength(5);
    // The chart's key says what the dots mean; a series without a skipped year has no such entry.
    expect(timeSeriesLayout(skipping, { ...wide, locale: 'en' }).skippedLegend?.text).toBe('Dotted: years with no published figure');
    const every = syntheticIndicator({ unit: 'count', rows: ['2018', '2019'].map((period, k) => ({ period, area: '45', value: k })) });
    expect(timeSeriesLayout(every, wide).skippedLegend).toBeNull();
  });
});
