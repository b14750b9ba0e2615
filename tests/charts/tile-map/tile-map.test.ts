import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../src/lib/charts/render.ts';
import { tileMapLayout } from '../../../src/lib/charts/tile-map/tile-map-layout.ts';
import { SEQUENTIAL_CLASSES } from '../../../src/lib/charts/palette.ts';
import { districts, syntheticIndicator, TILE_PLACES } from '../synthetic-indicators.ts';
import { attr, withClass } from '../support.ts';

const narrow = { width: 360, height: 260, locale: 'vi' as const };
// Huyện Thử A … I have figures (D has a declared missing value); J (code 471) has no row at all.
const indicator = () => districts([80.5, 62, 45.25, null, 90, 71, 55, 66, 38]);

describe('tileMapLayout', () => {
  const layout = tileMapLayout(indicator(), narrow)!;

  it('draws every district, with or without a figure, at its fixed cell', () => {
    expect(layout.tiles).toHaveLength(10);
    const step = layout.tiles[0]!.size + 4;
    const vinhLinh = layout.tiles.find((t) => t.code === '464')!;
    const huongHoa = layout.tiles.find((t) => t.code === '465')!;
    expect(vinhLinh.x - huongHoa.x).toBeCloseTo(2 * step, 5);
    expect(huongHoa.y - vinhLinh.y).toBeCloseTo(step, 5);
  });

  it('takes the grid from the districts\' places in areas.csv, row by row', () => {
    const step = layout.tiles[0]!.size + 4;
    const first = layout.tiles[0]!;
    expect(layout.tiles.map((t) => t.code)).toEqual(['464', '471', '465', '466', '467', '468', '461', '469', '462', '470']);
    for (const tile of layout.tiles) {
      const [column, row] = TILE_PLACES[tile.code]!;
      const [c0, r0] = TILE_PLACES[first.code]!;
      expect(tile.x - first.x).toBeCloseTo((column - c0) * step, 5);
      expect(tile.y - first.y).toBeCloseTo((row - r0) * step, 5);
    }
  });

  it('puts a district with a figure but no place in a row below the grid', () => {
    const noPlace = syntheticIndicator({ rows: [{ period: '2024', area: '461', value: 1 }, { period: '2024', area: '462', value: 2 }] });
    const unplaced = { ...noPlace, tileAreas: noPlace.tileAreas.filter((a) => a.code !== '462') };
    const tiles = tileMapLayout(unplaced, narrow)!.tiles;
    const extra = tiles.find((t) => t.code === '462')!;
    expect(tiles).toHaveLength(10);
    expect(extra.y).toBeGreaterThan(Math.max(...tiles.filter((t) => t.code !== '462').map((t) => t.y)));
  });

  it('places values along the colour scale, lowest at 0 and highest at 1; none without a value', () => {
    const t = (code: string) => layout.tiles.find((tile) => tile.code === code)!.t;
    expect(t('466')).toBe(1); // 90, the highest
    expect(t('470')).toBe(0); // 38, the lowest
    expect(t('465')).toBeNull(); // a declared missing value
    expect(t('471')).toBeNull(); // no row at all
  });

  it('puts the best rank at the dark end', () => {
    const ranks = syntheticIndicator({ unit: 'rank', rows: [{ period: '2024', area: '461', out_of: 9, value: 1 }, { period: '2024', area: '462', out_of: 9, value: 9 }] });
    const tiles = tileMapLayout(ranks, narrow)!.tiles;
    expect(tiles.find((t) => t.code === '461')!.t).toBe(1);
    expect(tiles.find((t) => t.code === '462')!.t).toBe(0);
  });
});

describe('the tile map as SVG', () => {
  const svg = renderChartSvg(indicator(), { ...narrow, idPrefix: 'o', today: '2026-11-26', kind: 'tile-map' });

  it('prints the value in each tile as well as colouring it', () => {
    for (const value of ['80,5%', '90%', '38%']) expect(svg).toContain(`>${value}</text>`);
    const marks = withClass(svg, 'mark');
    expect(marks).toHaveLength(8);
    expect(marks.map((m) => attr(m, 'fill'))).toContain(SEQUENTIAL_CLASSES[4]);
  });

  it('hatches a district without a figure and prints a dash in it', () => {
    const empty = withClass(svg, 'tile-empty');
    expect(empty).toHaveLength(2);
    for (const tile of empty) expect(attr(tile, 'fill')).toBe('url(#o-hatch)');
    expect(svg).toContain('<pattern id="o-hatch"');
    expect(svg.match(/>—<\/text>/g)).toHaveLength(2);
  });

  it('says it is schematic, not a map', () => {
    expect(svg).toContain('Sơ đồ ô: vị trí tương đối');
  });

  it('falls back to the usual chart when there are no district figures', () => {
    const province = syntheticIndicator({ rows: [{ period: '2023', area: '45', value: 1 }] });
    expect(renderChartSvg(province, { ...narrow, idPrefix: 'o', today: '2026-11-26', kind: 'tile-map' })).toContain('data-chart-kind="time-series"');
  });
});
