/**
 * SCHEMATIC tile positions of the ten districts of the former Quảng Trị province (codes of
 * data/reference/areas.csv, valid until 30 June 2025) on a grid of equal squares.
 *
 * This is NOT geography: no coordinates, no boundaries, no areas to scale. Each district gets one
 * equal tile, placed only roughly where it lies relative to the others (north at the top, the coast
 * and the island of Cồn Cỏ to the east, the mountain districts on the Lao border to the west), so
 * that a reader can find a district and compare values without a large district dwarfing a small
 * town. Change the positions freely; keep one district per cell.
 */
import type { Localized } from '../indicators/model.ts';

export const TILE_GRID = { columns: 4, rows: 4 } as const;

export interface TilePosition {
  column: number;
  row: number;
  /** Printed when the indicator has no figure (and so no area record) for the district. */
  name: Localized;
}

export const DISTRICT_TILES: Readonly<Record<string, TilePosition>> = {
  '464': { column: 2, row: 0, name: { vi: 'Vĩnh Linh', en: 'Vĩnh Linh' } }, // north, on the coast
  '471': { column: 3, row: 0, name: { vi: 'Cồn Cỏ', en: 'Cồn Cỏ' } }, // the island, offshore
  '465': { column: 0, row: 1, name: { vi: 'Hướng Hóa', en: 'Hướng Hóa' } }, // west, on the Lao border
  '466': { column: 2, row: 1, name: { vi: 'Gio Linh', en: 'Gio Linh' } },
  '467': { column: 0, row: 2, name: { vi: 'Đakrông', en: 'Đakrông' } }, // south-west, mountains
  '468': { column: 1, row: 2, name: { vi: 'Cam Lộ', en: 'Cam Lộ' } },
  '461': { column: 2, row: 2, name: { vi: 'TP Đông Hà', en: 'Đông Hà' } }, // the provincial capital
  '469': { column: 3, row: 2, name: { vi: 'Triệu Phong', en: 'Triệu Phong' } },
  '462': { column: 2, row: 3, name: { vi: 'TX Quảng Trị', en: 'Quảng Trị town' } },
  '470': { column: 3, row: 3, name: { vi: 'Hải Lăng', en: 'Hải Lăng' } },
};
