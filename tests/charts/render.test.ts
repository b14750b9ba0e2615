import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/lib/charts/render.ts';
import type { ChartOptions } from '../../src/lib/charts/api.ts';
import { acrossMerger, rank, syntheticIndicator, withTarget } from './synthetic-indicators.ts';
import { attr, tags, withClass } from './support.ts';

const options = (more: Partial<ChartOptions> = {}): ChartOptions => ({ width: 720, height: 360, locale: 'vi', idPrefix: 'bieu-do', today: '2026-11-26', ...more });

describe('renderChartSvg: the document', () => {
  const svg = renderChartSvg(withTarget(), options());
  const root = tags(svg, 'svg')[0]!;

  it('is an SVG image with a viewBox of the requested size', () => {
    expect(attr(root, 'xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(attr(root, 'viewBox')).toBe('0 0 720 360');
    expect(attr(root, 'role')).toBe('img');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('is labelled by a title and a description that exist, with the ids it names', () => {
    const ids = attr(root, 'aria-labelledby')!.split(' ');
    expect(ids).toEqual(['bieu-do-title', 'bieu-do-desc']);
    expect(svg).toContain('<title id="bieu-do-title">Chỉ số thử</title>');
    expect(svg).toMatch(/<desc id="bieu-do-desc">Chỉ số thử: mới có một số liệu được công bố, 7,09%/);
  });

  it('titles the chart in the locale asked for', () => {
    expect(renderChartSvg(withTarget(), options({ locale: 'en' }))).toContain('<title id="bieu-do-title">Test indicator</title>');
  });

  it('uses system fonts with DejaVu Sans for the PNG renderer', () => {
    expect(attr(root, 'font-family')).toBe('system-ui, &quot;Segoe UI&quot;, Roboto, &quot;Noto Sans&quot;, &quot;DejaVu Sans&quot;, Arial, sans-serif');
  });

  it('marks each figure with the data the browser enhancement reads, and leaves focus to it', () => {
    const marks = withClass(svg, 'mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatch(/^<circle /);
    expect(attr(marks[0]!, 'data-series')).toBe('all');
    expect(attr(marks[0]!, 'data-label')).toBe('2023 · Tỉnh Thử (trước 01/07/2025): 7,09%');
    expect(Number(attr(marks[0]!, 'data-x'))).toBeGreaterThan(0);
    expect(Number(attr(marks[0]!, 'data-y'))).toBeGreaterThan(0);
    expect(svg).not.toContain('tabindex');
  });

  it('draws axis lines, gridlines and tick labels', () => {
    expect(withClass(svg, 'axis-y')).toHaveLength(1);
    expect(withClass(svg, 'axis-x')).toHaveLength(1);
    for (const tick of ['0%', '5%', '10%', '15%', '2023', '2030']) expect(svg).toContain(`>${tick}</text>`);
  });
});

describe('renderChartSvg: targets', () => {
  it('marks the target and draws the dashed path to it, labelled with year and value', () => {
    const svg = renderChartSvg(withTarget(), options());
    expect(withClass(svg, 'target')).toHaveLength(1);
    const [path] = withClass(svg, 'path-to-target');
    expect(attr(path!, 'stroke-dasharray')).toBeTruthy();
    expect(svg).toContain('>Mục tiêu 2030: 15%</text>');
    expect(renderChartSvg(withTarget(), options({ locale: 'en' }))).toContain('>2030 target: 15%</text>');
  });

  it('states the direction of a target without a value in words, with no line', () => {
    const svg = renderChartSvg(rank(), options());
    expect(withClass(svg, 'path-to-target')).toHaveLength(0);
    expect(withClass(svg, 'target-year')).toHaveLength(1);
    expect(svg).toContain('>nâng thứ hạng</text>');
  });
});

describe('renderChartSvg: the merger', () => {
  const svg = renderChartSvg(
    syntheticIndicator({
      unit: 'count',
      rows: [
        { period: '2022', area: '45', value: 3900 },
        { period: '2023', area: '45', value: 4327 },
        { period: '2025-Q4', area: '44', value: 12000 },
        { period: '2026-Q1', area: '44', value: 13600 },
      ],
    }),
    options(),
  );

  it('draws the two territories as two separate line paths', () => {
    expect(withClass(svg, 'line')).toHaveLength(2);
  });

  it('draws a dashed break labelled with the merger and its date', () => {
    const [marker] = withClass(svg, 'area-break');
    expect(marker).toBeDefined();
    expect(svg).toContain('>Hợp nhất tỉnh</text>');
    expect(svg).toContain('>01/07/2025</text>');
    const en = renderChartSvg(acrossMerger(), options({ locale: 'en' }));
    expect(en).toContain('>Province merger</text>');
    expect(en).toContain('>1 July 2025</text>');
  });
});

describe('renderChartSvg: ranks', () => {
  const svg = renderChartSvg(rank(), options());
  const y = (label: string) => Number(attr(withClass(svg, 'mark').find((m) => attr(m, 'data-label')!.endsWith(label))!, 'data-y'));

  it('plots the better rank higher', () => {
    expect(y('hạng 41/63')).toBeLessThan(y('hạng 55/63'));
  });

  it('says on the axis that 1 is best', () => {
    expect(svg).toContain('>Thứ hạng (1 = tốt nhất)</text>');
    expect(renderChartSvg(rank(), options({ locale: 'en' }))).toContain('>Rank (1 = best)</text>');
  });
});

describe('renderChartSvg: several series', () => {
  const level = {
    name: 'level',
    categories: [
      { value: 'a', label: 'Cấp thử A', label_en: 'Test level A' },
      { value: 'b', label: 'Cấp thử B', label_en: 'Test level B' },
    ],
  };
  const svg = renderChartSvg(
    syntheticIndicator({
      dimensions: [level],
      rows: [
        { period: '2021', area: '45', level: 'a', value: 20 },
        { period: '2022', area: '45', level: 'a', value: 30 },
        { period: '2023', area: '45', level: 'a', value: 35 },
        { period: '2023', area: '45', level: 'b', value: 40 },
      ],
    }),
    options(),
  );

  it('tells series apart by marker shape and line dash as well as colour, and names them in a legend', () => {
    const marks = withClass(svg, 'mark');
    expect(new Set(marks.map((m) => m.split(' ')[0]))).toEqual(new Set(['<circle', '<rect']));
    expect(svg).toContain('>Cấp thử A</text>');
    expect(svg).toContain('>Cấp thử B</text>');
  });

  it('offers series toggles to the browser', () => {
    expect(attr(tags(svg, 'svg')[0]!, 'data-series-toggle')).toBe('true');
  });

  it('names the series in each point label', () => {
    expect(withClass(svg, 'mark').map((m) => attr(m, 'data-label'))).toContain('2023 · Cấp thử B · Tỉnh Thử (trước 01/07/2025): 40%');
  });
});
