/**
 * Geometry of the tile maps: one equal square per district, or per province on the national map,
 * at its schematic position (tile_column and tile_row in data/reference/areas.csv), coloured along
 * a sequential scale by its value, with the value printed in it where a tile is big enough. Areas
 * without a figure are kept on the grid, so a gap is seen as a gap.
 */
import { t } from '../../../i18n/translate.ts';
import type { Area } from '../../contract/reference.ts';
import type { Indicator, Observation, Series } from '../../indicators/model.ts';
import { overlaps, type Period } from '../../period.ts';
import { districtObservations } from '../choose.ts';
import { provinceRanking } from '../ranking/province-ranking.ts';
import { FONT_SIZE, wrapText } from '../theme.ts';
import type { LayoutOptions } from '../api.ts';

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
  /** Columns of the grid when no district has a place of its own. */
  defaultColumns: 4,
  /** Below this a tile holds no text: the colour, the key and the table say its figure. */
  minLabelledTile: 56,
  /**
   * The national grid is tall (Vietnam runs some twenty provinces from north to south): its tiles
   * are wider than high, enough for a name over a value, so the map stays within a screen or two.
   */
  maxProvinceTileHeight: 56,
} as const;

/** Which tile map: the tracked province's districts, or every province of the country. */
export type TileScope = 'district' | 'province';

/** A district's cell on the grid. */
interface Cell {
  code: string;
  column: number;
  row: number;
  area: Area | null;
}

/**
 * The grid of the districts that existed in the period shown and have a place in areas.csv, then
 * districts with a figure but no place, in code order, in extra rows below; a gap is seen as a gap.
 */
function gridCells(indicator: Indicator, scope: TileScope, period: Period, withFigures: readonly string[]): { cells: Cell[]; columns: number; rows: number } {
  // Row by row, left to right: the order a screen reader and the keyboard meet the tiles in.
  const placed = indicator.tileAreas
    .filter((a) => a.level === scope && overlaps(period, { start: a.valid_from, end: a.valid_to }))
    .sort((a, b) => a.tile_row! - b.tile_row! || a.tile_column! - b.tile_column!);
  const columns = placed.length === 0 ? TILE_MAP.defaultColumns : Math.max(...placed.map((a) => a.tile_column!)) + 1;
  const placedRows = placed.length === 0 ? 0 : Math.max(...placed.map((a) => a.tile_row!)) + 1;
  const extra = [...new Set(withFigures)].filter((code) => !placed.some((a) => a.code === code)).sort();
  const cells = [
    ...placed.map((a) => ({ code: a.code, column: a.tile_column!, row: a.tile_row!, area: a })),
    ...extra.map((code, i) => ({ code, column: i % columns, row: placedRows + Math.floor(i / columns), area: null })),
  ];
  return { cells, columns, rows: placedRows + Math.ceil(extra.length / columns) };
}

export interface Tile {
  code: string;
  /** The area record (from areas.csv: every district on the grid has one). */
  area: Area | null;
  x: number;
  y: number;
  /** Width of the tile. */
  size: number;
  height: number;
  observation: Observation | null;
  series: Series | null;
  /** Position along the colour scale, 0 (lowest; worst rank) to 1 (highest; best rank); null without a value. */
  t: number | null;
  /** The tracked province's tile on the national map: outlined, and named even when small. */
  tracked: boolean;
}

export interface TileMapLayout {
  scope: TileScope;
  /** True when tiles are big enough to hold their name and value. */
  labelled: boolean;
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

/** The figures a tile map shows: its period's, for the districts or for every province. */
function mapFigures(indicator: Indicator, scope: TileScope): { period: string; observations: Observation[] } | null {
  if (scope === 'district') return districtObservations(indicator);
  const ranking = provinceRanking(indicator);
  return ranking && { period: ranking.period, observations: ranking.entries.map((e) => e.observation) };
}

export function tileMapLayout(indicator: Indicator, { width, locale }: LayoutOptions, scope: TileScope = 'district'): TileMapLayout | null {
  const found = mapFigures(indicator, scope);
  if (found === null) return null;
  const m = TILE_MAP.margin;
  const grid = gridCells(indicator, scope, found.observations[0]!.period, found.observations.map((o) => o.area.code));
  const step = Math.min(TILE_MAP.maxTile + TILE_MAP.gap, (width - m.left - m.right) / grid.columns);
  const size = step - TILE_MAP.gap;
  const labelled = size >= TILE_MAP.minLabelledTile;
  const height = scope === 'province' ? Math.min(size, labelled ? TILE_MAP.maxProvinceTileHeight : size) : size;
  const rowStep = height + TILE_MAP.gap;
  const left = (width - step * grid.columns + TILE_MAP.gap) / 2;
  const top = m.top + TILE_MAP.headingRow;

  const values = found.observations.flatMap((o) => (o.value === null ? [] : [o.value]));
  const [min, max] = [Math.min(...values), Math.max(...values)];
  // Districts are few: shades in proportion to the value. Provinces are many and one leader can make
  // the rest look alike, so their shades are fifths of the provinces, in order (quintiles).
  const sorted = [...values].sort((a, b) => a - b);
  const below = (v: number) => sorted.filter((x) => x < v).length / Math.max(1, sorted.length - 1);
  const linear = (v: number) => (max === min ? 1 : (v - min) / (max - min));
  const share = (v: number) => (max === min ? 1 : scope === 'province' ? Math.min(1, below(v)) : linear(v));
  const position = (v: number) => (indicator.isRank ? 1 - share(v) : share(v));
  const seriesOf = (o: Observation) => indicator.series.find((s) => s.segments.some((seg) => seg.observations.includes(o))) ?? null;

  const tiles = grid.cells.map((cell): Tile => {
    const observation = found.observations.find((o) => o.area.code === cell.code) ?? null;
    return {
      code: cell.code,
      area: observation?.area ?? cell.area,
      x: left + cell.column * step,
      y: top + cell.row * rowStep,
      size,
      height,
      observation,
      series: observation ? seriesOf(observation) : null,
      t: observation?.value == null ? null : position(observation.value),
      tracked: scope === 'province' && observation !== null && indicator.observations.includes(observation),
    };
  });
  const gridBottom = top + grid.rows * rowStep - TILE_MAP.gap;
  const missing = tiles.some((t) => t.t === null);
  const keyBottom = gridBottom + TILE_MAP.legendRow * (missing ? 2 : 1);
  const note = wrapText(t(locale)(scope === 'district' ? 'chart.tileNote' : 'chart.provinceTileNote'), width - left - m.right, FONT_SIZE.tick);
  return {
    scope,
    labelled,
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
