/**
 * Geometry of the district tile map: one equal square per district at its schematic position
 * (tile-positions.ts), coloured along a sequential scale by its value, with the value printed in
 * it. Districts without a figure are kept on the grid, so a gap is seen as a gap.
 */
import type { Area } from '../contract/reference.ts';
import type { Indicator, Observation, Series } from '../indicators/model.ts';
import { districtObservations } from './choose.ts';
import { DISTRICT_TILES, TILE_GRID } from './tile-positions.ts';
import { chartText } from './labels.ts';
import { FONT_SIZE, wrapText } from './theme.ts';
import type { LayoutOptions } from './time-series-layout.ts';

export const TILE_MAP = {
  margin: { top: 8, right: 12, bottom: 8, left: 12 },
  /** Row for the period heading above the grid. */
  headingRow: 26,
  gap: 4,
  /** Tiles stop growing here, so a wide chart does not become a wall of colour. */
  maxTile: 96,
  /** Under the grid: the colour key, then the note that the grid is schematic. */
  legendRow: 34,
  /** Per line of the note. */
  noteRow: 18,
} as const;

export interface Tile {
  code: string;
  /** The area record when the district has a figure; else only the grid's name for it. */
  area: Area | null;
  fallbackName: { vi: string; en: string };
  x: number;
  y: number;
  size: number;
  observation: Observation | null;
  series: Series | null;
  /** Position along the colour scale, 0 (lowest; worst rank) to 1 (highest; best rank); null without a value. */
  t: number | null;
}

export interface TileMapLayout {
  width: number;
  height: number;
  period: string;
  headingY: number;
  tiles: Tile[];
  /** The colour key: swatches from t = 0 to 1 between two printed values; below it, the hatched "no figure" swatch when needed. */
  legend: { x: number; y: number; low: number; high: number; missingY: number | null };
  /** The note that the grid is schematic, wrapped to the chart's width. */
  note: string[];
  noteY: number;
}

export function tileMapLayout(indicator: Indicator, { width, locale }: LayoutOptions): TileMapLayout | null {
  const found = districtObservations(indicator);
  if (found === null) return null;
  const m = TILE_MAP.margin;
  // Districts the grid does not know (a code added later) get tiles in extra rows, in code order.
  const extra = [...new Set(found.observations.map((o) => o.area.code))].filter((code) => !(code in DISTRICT_TILES)).sort();
  const rows = TILE_GRID.rows + Math.ceil(extra.length / TILE_GRID.columns);
  const step = Math.min(TILE_MAP.maxTile + TILE_MAP.gap, (width - m.left - m.right) / TILE_GRID.columns);
  const size = step - TILE_MAP.gap;
  const left = (width - step * TILE_GRID.columns + TILE_MAP.gap) / 2;
  const top = m.top + TILE_MAP.headingRow;

  const values = found.observations.flatMap((o) => (o.value === null ? [] : [o.value]));
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const position = (v: number) => (max === min ? 1 : indicator.isRank ? (max - v) / (max - min) : (v - min) / (max - min));
  const seriesOf = (o: Observation) => indicator.series.find((s) => s.segments.some((seg) => seg.observations.includes(o))) ?? null;

  const cells = [
    ...Object.entries(DISTRICT_TILES).map(([code, p]) => ({ code, column: p.column, row: p.row, fallbackName: p.name })),
    ...extra.map((code, i) => ({ code, column: i % TILE_GRID.columns, row: TILE_GRID.rows + Math.floor(i / TILE_GRID.columns), fallbackName: { vi: code, en: code } })),
  ];
  const tiles = cells.map((cell): Tile => {
    const observation = found.observations.find((o) => o.area.code === cell.code) ?? null;
    return {
      code: cell.code,
      area: observation?.area ?? null,
      fallbackName: cell.fallbackName,
      x: left + cell.column * step,
      y: top + cell.row * step,
      size,
      observation,
      series: observation ? seriesOf(observation) : null,
      t: observation?.value == null ? null : position(observation.value),
    };
  });
  const gridBottom = top + rows * step - TILE_MAP.gap;
  const missing = tiles.some((t) => t.t === null);
  const keyBottom = gridBottom + TILE_MAP.legendRow * (missing ? 2 : 1);
  const note = wrapText(chartText(locale, 'tileNote'), width - left - m.right, FONT_SIZE.tick);
  return {
    width,
    height: keyBottom + note.length * TILE_MAP.noteRow + m.bottom,
    note,
    period: found.period,
    headingY: m.top + 16,
    tiles,
    legend: { x: left, y: gridBottom + 12, low: indicator.isRank ? max : min, high: indicator.isRank ? min : max, missingY: missing ? gridBottom + 12 + TILE_MAP.legendRow : null },
    noteY: keyBottom + 16,
  };
}
