import { describe, expect, it } from 'vitest';
import { barsLayout } from '../../../src/lib/charts/bars/bars-layout.ts';
import { renderChartSvg } from '../../../src/lib/charts/render.ts';
import { districts, syntheticIndicator } from '../synthetic-indicators.ts';
import { attr, round, withClass } from '../support.ts';
import { FONT_SIZE, textWidth } from '../../../src/lib/charts/theme.ts';

const narrow = { width: 360, height: 260, locale: 'vi' as const };
const level = {
  name: 'level',
  categories: [
    { value: 'all', label: 'Tất cả', label_en: 'All levels' },
    { value: 'commune', label: 'Cấp xã thử', label_en: 'Test commune level' },
    { value: 'village', label: 'Cấp thôn thử', label_en: 'Test village level' },
  ],
};
const acrossMerger = () =>
  syntheticIndicator({
    unit: 'count',
    dimensions: [level],
    rows: [
      { period: '2023', area: '45', level: 'commune', value: 115 },
      { period: '2023', area: '45', level: 'village', value: 715 },
      { period: '2026-Q1', area: '44', level: 'all', value: 1830 },
    ],
  });

describe('bars either side of zero (places gained and lost)', () => {
  it('print a fall before its bar’s end and a rise after it, both inside the chart', () => {
    const part = { name: 'part', categories: [{ value: 'a', label: 'Thủ tục', label_en: 'Procedures' }, { value: 'b', label: 'Tham nhũng', label_en: 'Corruption' }] };
    const changes = syntheticIndicator({ unit: 'count', dimensions: [part], rows: [{ period: '2021', area: '45', part: 'a', value: 26 }, { period: '2021', area: '45', part: 'b', value: -34 }] });
    const svg = renderChartSvg(changes, { ...narrow, idPrefix: 't', today: '2026-11-30' });
    const values = withClass(svg, 'value');
    const rects = withClass(svg, 'mark');
    const [rise, fall] = values;
    const [riseBar, fallBar] = rects;
    expect(Number(attr(rise!, 'x'))).toBeGreaterThan(Number(attr(riseBar!, 'x')) + Number(attr(riseBar!, 'width')));
    expect(attr(fall!, 'text-anchor')).toBe('end');
    expect(Number(attr(fall!, 'x'))).toBeLessThan(Number(attr(fallBar!, 'x')));
    expect(Number(attr(fall!, 'x')) - textWidth('-34', FONT_SIZE.label)).toBeGreaterThanOrEqual(0);
  });
});

describe('barsLayout', () => {
  it('makes one group per period, in time order, each naming its territory', () => {
    const layout = barsLayout(acrossMerger(), narrow);
    expect(layout.groups.map((g) => [g.period, g.area?.code])).toEqual([['2023', '45'], ['2026-Q1', '44']]);
  });

  it('sorts bars largest first and starts them all at zero', () => {
    const layout = barsLayout(acrossMerger(), narrow);
    const [first, second] = layout.groups[0]!.bars;
    expect([first!.observation.value, second!.observation.value]).toEqual([715, 115]);
    expect(round(first!.x0)).toBe(round(second!.x0));
    expect(first!.x1).toBeGreaterThan(second!.x1);
    expect(first!.y).toBeLessThan(second!.y);
  });

  it('sorts ranks best first', () => {
    const ranks = syntheticIndicator({
      unit: 'rank',
      rows: [
        { period: '2024', area: '461', out_of: 10, value: 7 },
        { period: '2024', area: '462', out_of: 10, value: 2 },
        { period: '2024', area: '464', out_of: 10, value: 4 },
      ],
    });
    expect(barsLayout(ranks, narrow).groups[0]!.bars.map((b) => b.observation.value)).toEqual([2, 4, 7]);
  });

  it('grows as tall as its bars need, so ten districts are not crowded', () => {
    const ten = barsLayout(districts([10, 20, 30, 40, 50, 60, 70, 80, 90, 95]), narrow);
    const three = barsLayout(districts([10, 20, 30]), narrow);
    expect(ten.height).toBeGreaterThan(260);
    expect(ten.height).toBeGreaterThan(three.height);
  });

  it('keeps a district without a value, last and without a bar length', () => {
    const bars = barsLayout(districts([50, null, 70]), narrow).groups[0]!.bars;
    expect(bars.map((b) => b.observation.value)).toEqual([70, 50, null]);
    expect(bars[2]!.x1).toBe(bars[2]!.x0);
  });
});

describe('bars as SVG', () => {
  const svg = renderChartSvg(districts([50, null, 70]), { ...narrow, idPrefix: 'cot', today: '2026-11-26' });

  it('draws a rect per figure, carrying its label, and prints each value at the end of its bar', () => {
    const marks = withClass(svg, 'mark');
    expect(marks.every((m) => m.startsWith('<rect'))).toBe(true);
    expect(marks.map((m) => attr(m, 'data-label'))).toEqual(['2024 · Huyện Thử C: 70%', '2024 · Huyện Thử A: 50%']);
    expect(svg).toContain('>70%</text>');
    expect(svg).toContain('>—</text>');
  });

  it('names each bar directly', () => {
    expect(svg).toContain('>Huyện Thử A</text>');
    expect(svg).toContain('>Huyện Thử B</text>');
  });
});
