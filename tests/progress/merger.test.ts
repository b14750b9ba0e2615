import { describe, expect, it } from 'vitest';
import { assessTarget } from '../../src/lib/progress/index.ts';
import { OPTIONS, syntheticIndicator, syntheticTarget } from './synthetic-targets.ts';

// Province 45 (before 1 July 2025) and the merged province 44 measure different territories: a
// share of 50% in 45 and 20% in 44 is not a fall of 30 points.
const merged = syntheticIndicator({
  series: [{ figures: [['2022', 40, '45'], ['2023', 50, '45'], ['2025-Q4', 20, '44'], ['2026-Q2', 23, '44']] }],
});

describe('assessTarget across the 45 → 44 merger', () => {
  it('computes the rate from the merged province figures only, never across the break', () => {
    const a = assessTarget(syntheticTarget(), merged, OPTIONS);
    expect(a.steps.baseline).toMatchObject({ periodText: '2025-Q4', value: 20, areaCode: '44' });
    expect(a.steps.latest).toMatchObject({ periodText: '2026-Q2', value: 23, areaCode: '44' });
    expect(a.steps.change).toBe(3);
    expect(a.steps.comparableCount).toBe(2);
  });

  it('flags the break and lists what was left out, so the page can say so', () => {
    const a = assessTarget(syntheticTarget(), merged, OPTIONS);
    expect(a.mergerBreak).toBe(true);
    expect(a.reasons[0]).toBe('merger-break');
    expect(a.steps.leftOut).toEqual([{ areaCode: '45', areaName: { vi: 'Tỉnh thử nghiệm (trước sáp nhập)', en: 'Test province (before the merger)' }, periods: ['2022', '2023'] }]);
  });

  it('is insufficient data with one figure after the merger, however many came before', () => {
    const oneAfter = syntheticIndicator({ series: [{ figures: [['2022', 40, '45'], ['2023', 50, '45'], ['2025-Q4', 20, '44']] }] });
    const a = assessTarget(syntheticTarget(), oneAfter, OPTIONS);
    expect(a).toMatchObject({ status: 'insufficient-data', reasons: ['merger-break', 'single-observation'], mergerBreak: true });
  });

  it('judges "achieved" on the merged province figure, not on an older higher one', () => {
    const fellBack = syntheticIndicator({ series: [{ figures: [['2023', 85, '45'], ['2025-Q4', 70, '44']] }] });
    expect(assessTarget(syntheticTarget(), fellBack, OPTIONS).status).toBe('insufficient-data');
  });

  it('is insufficient data when the merged province has no figure yet', () => {
    const beforeOnly = syntheticIndicator({ series: [{ figures: [['2022', 40, '45'], ['2023', 50, '45'], ['2025-Q4', null, '44']] }] });
    expect(assessTarget(syntheticTarget(), beforeOnly, OPTIONS)).toMatchObject({ status: 'insufficient-data', reasons: ['merger-break', 'no-comparable-observation'] });
  });

  it('does not flag a break for a series on one territory', () => {
    const a = assessTarget(syntheticTarget(), syntheticIndicator({ series: [{ figures: [['2022', 40], ['2023', 50]] }] }), OPTIONS);
    expect(a.mergerBreak).toBe(false);
    expect(a.steps.leftOut).toEqual([]);
  });
});
