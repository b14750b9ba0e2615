import { describe, expect, it } from 'vitest';
import { areaAt, isTrackedProvince, provinceLineage } from '../src/lib/areas.ts';
import type { Area } from '../src/lib/contract/reference.ts';
import { parsePeriod } from '../src/lib/period.ts';

const area = (code: string, name: string, valid_from: string, valid_to: string | null, level: Area['level'] = 'province'): Area =>
  ({ code, name, name_en: name, level, parent: null, valid_from, valid_to }) as Area;

// As in Decision 19/2025/QĐ-TTg: the merged province keeps the code of the one whose seat it keeps.
const oldQuangTri = area('45', 'Quảng Trị (old)', '1989-07-01', '2025-06-30');
const quangBinh = area('44', 'Quảng Bình', '2004-07-08', '2025-06-30');
const mergedQuangTri = area('44', 'Quảng Trị (merged)', '2025-07-01', null);
const AREAS = [oldQuangTri, quangBinh, mergedQuangTri];
const period = (text: string) => parsePeriod(text)!;

describe('areaAt', () => {
  it('reads a shared code as the area that existed in the figure’s period', () => {
    expect(areaAt(AREAS, '44', period('2022'))).toEqual({ found: quangBinh });
    expect(areaAt(AREAS, '44', period('2025-Q3'))).toEqual({ found: mergedQuangTri });
  });

  it('says when a period runs across the change, so the code means two areas', () => {
    expect(areaAt(AREAS, '44', period('2025'))).toEqual({ problem: 'ambiguous', records: [quangBinh, mergedQuangTri] });
  });

  it('says when the code is unknown, or meant nothing then', () => {
    expect(areaAt(AREAS, '99', period('2022'))).toEqual({ problem: 'unknown-code' });
    expect(areaAt(AREAS, '45', period('2026'))).toEqual({ problem: 'not-then', records: [oldQuangTri] });
  });
});

describe('provinceLineage', () => {
  it('follows the tracked province through the merger, not the other province that had its new code', () => {
    const traced = provinceLineage(AREAS, ['45', '44']);
    expect(traced).toEqual({ lineage: [oldQuangTri, mergedQuangTri] });
    const lineage = 'lineage' in traced ? traced.lineage : [];
    expect(isTrackedProvince(quangBinh, lineage)).toBe(false);
    expect(isTrackedProvince(mergedQuangTri, lineage)).toBe(true);
  });

  it('names the code whose area does not end before the next begins', () => {
    expect(provinceLineage([oldQuangTri, mergedQuangTri], ['44', '45'])).toEqual({ brokenAt: 0 });
  });
});
