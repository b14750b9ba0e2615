/**
 * Finding an area by its code. A code alone does not name one area: when two provinces merge, the
 * new one takes the code of the one whose seat it keeps (Decision 19/2025/QĐ-TTg), so 44 is Quảng
 * Bình until 30 June 2025 and the merged Quảng Trị from 1 July. An area is its code and its
 * validity; a figure's period says which one its code means.
 */
import type { Area } from './contract/reference.ts';
import { overlaps } from './period.ts';

interface Interval {
  start: string;
  end: string;
}

const validity = (area: Area) => ({ start: area.valid_from, end: area.valid_to });

/** Same record of areas.csv: the same code over the same validity. */
export const sameArea = (a: Area, b: Area): boolean => a.code === b.code && a.valid_from === b.valid_from;

export type AreaLookup =
  | { found: Area }
  | { problem: 'unknown-code' }
  /** Every record with the code lies outside the period. */
  | { problem: 'not-then'; records: Area[] }
  /** The period runs across a change: the code means two areas in it. */
  | { problem: 'ambiguous'; records: Area[] };

/** The area a code names during a period. */
export function areaAt(areas: readonly Area[], code: string, period: Interval): AreaLookup {
  const records = areas.filter((a) => a.code === code);
  if (records.length === 0) return { problem: 'unknown-code' };
  const during = records.filter((a) => overlaps(period, validity(a)));
  if (during.length === 1) return { found: during[0]! };
  return during.length === 0 ? { problem: 'not-then', records } : { problem: 'ambiguous', records: during };
}

/**
 * The tracked province's records in succession from the codes of site.provinceAreas, oldest first:
 * each code's record is the latest one that ends before the next record begins, the last code's the
 * latest of all. Null, with the position of the code, when a code has no record that fits.
 */
export function provinceLineage(areas: readonly Area[], codes: readonly string[]): { lineage: Area[] } | { brokenAt: number } {
  const lineage: Area[] = [];
  for (let k = codes.length - 1; k >= 0; k--) {
    const next = lineage[0];
    const fitting = areas
      .filter((a) => a.code === codes[k] && a.level === 'province')
      .filter((a) => !next || (a.valid_to !== null && a.valid_to < next.valid_from))
      .sort((a, b) => b.valid_from.localeCompare(a.valid_from));
    if (fitting.length === 0) return { brokenAt: k };
    lineage.unshift(fitting[0]!);
  }
  return { lineage };
}

/** Whether an area is one of the tracked province's records. */
export const isTrackedProvince = (area: Area, lineage: readonly Area[]): boolean => lineage.some((p) => sameArea(p, area));
