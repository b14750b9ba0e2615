import { describe, expect, it } from 'vitest';
import { diskFiles } from '../src/site/disk-files.ts';
import type { DataFiles } from '../src/lib/validate/data-files.ts';
import { formatProblem } from '../src/lib/validate/problems.ts';
import { validatePortal } from '../src/lib/validate/portal.ts';
import { REPO_ROOT } from './support/real-portal.ts';

const AREAS = 'data/reference/areas.csv';

/** The real data with areas.csv's text changed by `edit`. */
function withAreas(edit: (csv: string) => string): DataFiles {
  const disk = diskFiles(REPO_ROOT);
  const areas = new TextEncoder().encode(edit(new TextDecoder().decode(disk.read(AREAS))));
  return { ...disk, read: (path) => (path === AREAS ? areas : disk.read(path)) };
}
const problems = (files: DataFiles) => validatePortal(files, '2026-11-26').problems.map(formatProblem);

describe('tile map places in areas.csv', () => {
  it('are accepted as the real data gives them, one district per cell', () => {
    expect(problems(withAreas((csv) => csv))).toEqual([]);
  });

  it('report two districts of one province in the same cell', () => {
    // Gio Linh (466, column 2, row 1) moved onto Vĩnh Linh's cell (column 2, row 0).
    const found = problems(withAreas((csv) => csv.replace(/^(466,.*),2,1$/m, '$1,2,0')));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^data\/reference\/areas\.csv:7:\d+: area "466" is placed on the tile map at column 2, row 0, where area "464" \(line 5\) already is while both exist: give each a cell of its own$/);
  });

  it('let two areas share a cell when one ended before the other began: two grids, one per period', () => {
    // Gio Linh, moved onto Vĩnh Linh's cell, but only from the day after Vĩnh Linh ceased to exist.
    const found = problems(withAreas((csv) => csv.replace(/^466,([^,]*),([^,]*),district,45,2021-01-01,2025-06-30,2,1$/m, '466,$1,$2,district,45,2025-07-01,,2,0')));
    expect(found.filter((p) => p.includes('tile map'))).toEqual([]);
  });

  it('report a column without a row', () => {
    const found = problems(withAreas((csv) => csv.replace(/^(466,.*),2,1$/m, '$1,2,')));
    expect(found).toEqual([expect.stringMatching(/^data\/reference\/areas\.csv:7:\d+: tile_column is given but tile_row is empty: a place on the tile map needs both, or neither$/)]);
  });
});
