import { describe, expect, it } from 'vitest';
import { headlineFigures } from '../../src/lib/progress/headlines.ts';
import { OPTIONS, syntheticIndicator } from './synthetic-targets.ts';

const merged = syntheticIndicator({ id: 'teams', unit: 'percent', series: [{ figures: [['2023', 4327, '45'], ['2026-Q1', 13600, '44'], ['2026-Q2', null, '44']] }] });
const districtsOnly = syntheticIndicator({ id: 'districts', series: [{ figures: [['2023', 5, '461']] }] });

describe('headlineFigures()', () => {
  it('keeps the listed order and skips ids that are missing or have no province-wide figure', () => {
    const figures = headlineFigures([districtsOnly, merged], ['missing', 'teams', 'districts'], OPTIONS.province);
    expect(figures.map((f) => f.indicator.id)).toEqual(['teams']);
  });

  it('splits the history at a merger and gives the latest figure', () => {
    const [f] = headlineFigures([merged], ['teams'], OPTIONS.province);
    expect(f!.segments.map((s) => s.map((p) => p.value))).toEqual([[4327], [13600]]);
    expect(f!.latest.value).toBe(13600);
  });
});
