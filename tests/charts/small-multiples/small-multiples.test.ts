import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../src/lib/charts/render.ts';
import { smallMultiplesLayout } from '../../../src/lib/charts/small-multiples/small-multiples-layout.ts';
import { syntheticIndicator } from '../synthetic-indicators.ts';
import { round, withClass } from '../support.ts';

const level = {
  name: 'level',
  categories: ['a', 'b', 'c'].map((value) => ({ value, label: `Cấp thử ${value.toUpperCase()}`, label_en: `Test level ${value.toUpperCase()}` })),
};
const threeSeries = () =>
  syntheticIndicator({
    dimensions: [level],
    rows: ['2021', '2022', '2023', '2024'].flatMap((period, j) => ['a', 'b', 'c'].map((l, k) => ({ period, area: '45', level: l, value: 10 * (k + 1) + j }))),
  });

describe('smallMultiplesLayout', () => {
  it('gives each series a panel, two to a row when narrow and three when wide', () => {
    const narrow = smallMultiplesLayout(threeSeries(), { width: 360, height: 260, locale: 'vi' });
    const wide = smallMultiplesLayout(threeSeries(), { width: 720, height: 360, locale: 'vi' });
    expect(narrow.panels).toHaveLength(3);
    expect(round(narrow.panels[2]!.plot.top)).toBeGreaterThan(round(narrow.panels[0]!.plot.bottom));
    expect(new Set(wide.panels.map((p) => round(p.plot.top))).size).toBe(1);
  });

  it('shares one y scale, so equal values stand at equal heights in every panel', () => {
    const { panels } = smallMultiplesLayout(threeSeries(), { width: 720, height: 360, locale: 'vi' });
    const heights = panels.map((p) => round(p.plot.bottom - p.y.y(20)));
    expect(new Set(heights).size).toBe(1);
    expect(new Set(panels.map((p) => p.y.domain.join()))).toEqual(new Set(['0,35']));
  });
});

describe('small multiples as SVG', () => {
  it('titles each panel with its series and draws every figure', () => {
    const svg = renderChartSvg(threeSeries(), { width: 720, height: 360, locale: 'en', idPrefix: 'sm', today: '2026-11-26' });
    expect(svg).toContain('data-chart-kind="small-multiples"');
    for (const name of ['Test level A', 'Test level B', 'Test level C']) expect(svg).toContain(`>${name}</text>`);
    expect(withClass(svg, 'mark')).toHaveLength(12);
    expect(withClass(svg, 'line')).toHaveLength(3);
  });
});
