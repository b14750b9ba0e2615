// Figures a source gives only roughly, in the charts and the words beside them: an open mark off the
// line, a key that says what an open mark is, the bound or the guessed period written out.
import { describe, expect, it } from 'vitest';
import type { ChartOptions } from '../../src/lib/charts/api.ts';
import { latestText, periodText, valueText } from '../../src/lib/charts/labels.ts';
import { renderChartSvg } from '../../src/lib/charts/render.ts';
import { chartSummary } from '../../src/lib/charts/summary.ts';
import { attr, tags, withClass } from './support.ts';
import { syntheticIndicator } from './synthetic-indicators.ts';

const options = (more: Partial<ChartOptions> = {}): ChartOptions => ({ width: 720, height: 360, locale: 'vi', idPrefix: 'bd', today: '2026-11-26', ...more });

// Three figures of one territory: exact, about a period, exact again.
const rough = syntheticIndicator({
  unit: 'count',
  rows: [
    { period: '2021', area: '45', source: 'nguon-thu', value: 1000 },
    { period: '2023', area: '45', source: 'nguon-thu', value: 4327, period_qualifier: 'about' },
    { period: '2025-Q1', area: '45', source: 'nguon-thu', value: 13600, value_qualifier: 'over' },
  ],
});

describe('a chart with figures its source gives only roughly', () => {
  const svg = renderChartSvg(rough, options());

  it('draws them as open marks, outlined not filled, and never joins them with the line', () => {
    const marks = withClass(svg, 'mark');
    expect(marks).toHaveLength(3);
    const open = withClass(svg, 'inexact');
    expect(open).toHaveLength(2);
    for (const mark of open) expect(attr(mark, 'fill')).toBe('#ffffff');
    // One exact figure alone: no line at all, rather than a line through the rough ones.
    expect(withClass(svg, 'line')).toHaveLength(0);
  });

  it('says in its key what an open mark is', () => {
    expect(withClass(svg, 'legend-inexact')).toHaveLength(1);
    expect(svg).toContain('>Điểm rỗng: nguồn chỉ nêu gần đúng</text>');
    expect(renderChartSvg(rough, options({ locale: 'en' }))).toContain('>Open mark: the source is not exact</text>');
  });

  it('labels the bound as a bound beside its point, and names the guessed period in the tooltip', () => {
    expect(svg).toContain('>&gt; 13.600</text>');
    const about = withClass(svg, 'inexact').find((m) => attr(m, 'data-label')!.includes('4.327'))!;
    expect(attr(about, 'data-label')).toBe('khoảng 2023 · Tỉnh Thử (trước 01/07/2025): 4.327');
  });

  it('joins exact figures only, across a rough one between them', () => {
    const withThird = syntheticIndicator({
      unit: 'count',
      rows: [
        { period: '2021', area: '45', source: 'nguon-thu', value: 1000 },
        { period: '2023', area: '45', source: 'nguon-thu', value: 4327, period_qualifier: 'about' },
        { period: '2025-Q1', area: '45', source: 'nguon-thu', value: 9000 },
      ],
    });
    const lines = withClass(renderChartSvg(withThird, options()), 'line');
    expect(lines).toHaveLength(1);
    // Two points: M x,y L x,y, the rough 2023 figure not among them.
    expect(attr(lines[0]!, 'd')!.match(/[ML]/g)).toEqual(['M', 'L']);
  });

  it('says in its summary what the source says, and works out no change from a rough figure', () => {
    expect(chartSummary(rough, 'vi', '2026-11-26')).toContain('số liệu đầu tiên là 1.000 (2021), mới nhất là hơn 13.600 (quý I/2025) (nguồn chỉ nêu gần đúng nên không tính mức thay đổi)');
    expect(chartSummary(rough, 'en', '2026-11-26')).toContain('the first figure was 1,000 (2021) and the latest over 13,600 (Q1 2025) (a source is not exact, so no change is worked out)');
  });
});

describe('a figure whose source states no period', () => {
  const undated = syntheticIndicator({ rows: [{ period: '2023-12-30', area: '45', source: 'nguon-thu', value: 7.09, period_qualifier: 'not-stated' }] });
  const [o] = undated.observations;

  it('shows the day it was published, saying that is all the source gives', () => {
    expect(periodText(o!, 'vi')).toBe('kỳ không rõ, công bố 30/12/2023');
    expect(periodText(o!, 'en')).toBe('period not stated, published 30 December 2023');
    expect(chartSummary(undated, 'vi', '2026-11-26')).toMatch(/^Chỉ số thử: mới có một số liệu được công bố, 7,09% \(kỳ không rõ, công bố ngày 30\/12\/2023\)/);
  });

  it('is drawn at that day as an open mark', () => {
    const svg = renderChartSvg(undated, options());
    expect(withClass(svg, 'inexact')).toHaveLength(1);
    expect(tags(svg, 'text').length).toBeGreaterThan(0);
  });
});

describe('valueText', () => {
  const [, , over] = rough.observations;
  it('writes a bound in words in either language', () => {
    expect(valueText(rough, over!, 'vi')).toBe('hơn 13.600');
    expect(valueText(rough, over!, 'en')).toBe('over 13,600');
  });
});

describe('bars for figures their source gives only roughly', () => {
  const teams = syntheticIndicator({
    unit: 'count',
    dimensions: [{ name: 'level', categories: [{ value: 'commune', label: 'Cấp xã', label_en: 'Commune' }, { value: 'village', label: 'Cấp thôn', label_en: 'Village' }] }],
    rows: [
      { period: '2023', area: '45', level: 'commune', source: 'nguon-thu', value: 115, period_qualifier: 'about' },
      { period: '2023', area: '45', level: 'village', source: 'nguon-thu', value: 715, period_qualifier: 'about' },
    ],
  });
  const svg = renderChartSvg(teams, options());

  it('are open bars, outlined not filled, with a key saying what an open bar is', () => {
    const open = withClass(svg, 'inexact');
    expect(open).toHaveLength(2);
    for (const bar of open) expect(attr(bar, 'fill')).toBe('#ffffff');
    expect(svg).toContain('>Cột rỗng: nguồn chỉ nêu gần đúng</text>');
  });

  it('are headed by their period as the source dates it', () => {
    expect(svg).toMatch(/>khoảng 2023 · Tỉnh Thử \(trước 01\/07\/2025\)</);
  });
});

describe('the latest figure, as a list of indicators gives it', () => {
  it('is the bound as the source says it, or a count where several categories share the latest period', () => {
    expect(latestText(rough, 'vi')).toBe('hơn 13.600 (Quý I/2025)');
    const kinds = syntheticIndicator({
      unit: 'count',
      dimensions: [{ name: 'kind', categories: [{ value: 'a', label: 'A', label_en: 'A' }, { value: 'b', label: 'B', label_en: 'B' }] }],
      rows: [
        { period: '2023', area: '45', kind: 'a', source: 'nguon-thu', value: 973, period_qualifier: 'about' },
        { period: '2023', area: '45', kind: 'b', source: 'nguon-thu', value: 748, period_qualifier: 'about' },
      ],
    });
    expect(latestText(kinds, 'en')).toBe('2 figures (about 2023), see the table');
    expect(latestText(syntheticIndicator({ rows: [] }), 'en')).toBeNull();
    // The latest of several series' figures names its series.
    const bases = syntheticIndicator({
      unit: 'index-points',
      dimensions: [{ name: 'basis', categories: [{ value: 'vcci', label: 'Theo VCCI', label_en: 'By VCCI' }, { value: 'party', label: 'Theo trang Tỉnh ủy', label_en: "Per the Party Committee's site" }] }],
      rows: [
        { period: '2022', area: '45', basis: 'vcci', source: 'nguon-thu', value: 61.26 },
        { period: '2023', area: '45', basis: 'party', source: 'nguon-thu', value: 63.26 },
      ],
    });
    expect(latestText(bases, 'en')).toBe("63.26 (2023) — Per the Party Committee's site");
  });
});
