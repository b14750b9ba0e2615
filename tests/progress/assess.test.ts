import { describe, expect, it } from 'vitest';
import { assessTarget, MS_PER_YEAR } from '../../src/lib/progress/index.ts';
import { OPTIONS, syntheticIndicator, syntheticTarget, type Figure } from './synthetic-targets.ts';

// Day periods four calendar years apart (1461 days = exactly 4 years of 365.25 days), and a 2028
// target whose deadline (2029-01-01) is again exactly 4 years after the latest figure: every rate
// below can be checked by hand.
const share = (baseline: number, latest: number) => syntheticIndicator({ series: [{ figures: [['2021-01-01', baseline], ['2025-01-01', latest]] }] });
const atLeast80 = syntheticTarget({ year: 2028, value: 80, direction: 'at-least' });
const atMost10 = syntheticTarget({ year: 2028, value: 10, direction: 'at-most' });

describe('assessTarget: a target with a number, at least', () => {
  it('is achieved when the latest figure reaches the target, even with one figure', () => {
    const single = syntheticIndicator({ series: [{ figures: [['2025-01-01', 80]] }] });
    const a = assessTarget(atLeast80, single, OPTIONS);
    expect(a.status).toBe('achieved');
    expect(a.steps.latest?.value).toBe(80);
  });

  it('is on track when the observed rate is the rate still required (ratio 1)', () => {
    const a = assessTarget(atLeast80, share(40, 60), OPTIONS);
    expect(a.status).toBe('on-track');
    expect(a.steps.yearsElapsed).toBeCloseTo(4, 10);
    expect(a.steps.yearsRemaining).toBeCloseTo(4, 10);
    expect(a.steps.observedRate).toBeCloseTo(5, 10); // (60 − 40) / 4
    expect(a.steps.requiredRate).toBeCloseTo(5, 10); // (80 − 60) / 4
    expect(a.steps.ratio).toBeCloseTo(1, 10);
    expect(a.steps.projected).toBeCloseTo(80, 10); // 60 + 5 × 4
  });

  it('needs acceleration when the ratio is between 0.5 and 0.95', () => {
    const a = assessTarget(atLeast80, share(40, 56), OPTIONS);
    expect(a.steps.ratio).toBeCloseTo(4 / 6, 10);
    expect(a.status).toBe('needs-acceleration');
  });

  it('is off track when the ratio is below 0.5', () => {
    const a = assessTarget(atLeast80, share(40, 44), OPTIONS);
    expect(a.steps.ratio).toBeCloseTo(1 / 9, 10);
    expect(a.status).toBe('off-track');
  });

  it('is off track when the figure moves away from the target (a negative ratio)', () => {
    const a = assessTarget(atLeast80, share(40, 36), OPTIONS);
    expect(a.steps.ratio).toBeLessThan(0);
    expect(a.status).toBe('off-track');
  });

  it('is insufficient data with one figure short of the target', () => {
    const single = syntheticIndicator({ series: [{ figures: [['2025-01-01', 60]] }] });
    const a = assessTarget(atLeast80, single, OPTIONS);
    expect(a.status).toBe('insufficient-data');
    expect(a.reasons).toEqual(['single-observation']);
    expect(a.steps.ratio).toBeNull();
  });

  it('counts years from the midpoints of year periods, 365.25 days to the year', () => {
    const yearly = syntheticIndicator({ series: [{ figures: [['2022', 40], ['2024', 50]] }] });
    const a = assessTarget(syntheticTarget({ year: 2030 }), yearly, OPTIONS);
    const mid2022 = Date.UTC(2022, 6, 2, 12);
    const mid2024 = Date.UTC(2024, 6, 2);
    expect(a.steps.yearsElapsed).toBe((mid2024 - mid2022) / MS_PER_YEAR);
    expect(a.steps.yearsRemaining).toBe((Date.UTC(2031, 0, 1) - mid2024) / MS_PER_YEAR);
  });
});

describe('assessTarget: a target with a number, at most (improvement is a fall)', () => {
  it('is achieved when the latest figure is at or under the target', () => {
    expect(assessTarget(atMost10, share(50, 10), OPTIONS).status).toBe('achieved');
  });

  it('is on track when the figure falls as fast as required (both rates negative, ratio positive)', () => {
    const a = assessTarget(atMost10, share(50, 30), OPTIONS);
    expect(a.steps.observedRate).toBeCloseTo(-5, 10);
    expect(a.steps.requiredRate).toBeCloseTo(-5, 10);
    expect(a.steps.ratio).toBeCloseTo(1, 10);
    expect(a.steps.projected).toBeCloseTo(10, 10);
    expect(a.status).toBe('on-track');
  });

  it('needs acceleration when it falls somewhat too slowly, and is off track when far too slowly', () => {
    const a = assessTarget(atMost10, share(50, 38), OPTIONS);
    expect(a.steps.ratio).toBeCloseTo(3 / 7, 10); // −3 / −7
    expect(a.status).toBe('off-track');
    expect(assessTarget(atMost10, share(50, 34), OPTIONS).status).toBe('needs-acceleration'); // −4 / −6
  });

  it('is off track when the figure rises', () => {
    const a = assessTarget(atMost10, share(50, 55), OPTIONS);
    expect(a.steps.ratio).toBeLessThan(0);
    expect(a.status).toBe('off-track');
  });
});

describe('assessTarget: a target without a number ("raise the rank each year")', () => {
  const improveRank = syntheticTarget({ value: null, direction: 'at-most', unit: 'rank', year: 2030 });
  const rank = (...figures: Figure[]) => syntheticIndicator({ unit: 'rank', series: [{ figures }] });

  it('is on track when the rank number fell between the last two figures', () => {
    const a = assessTarget(improveRank, rank(['2021', 60], ['2022', 55], ['2023', 50]), OPTIONS);
    expect(a.status).toBe('on-track');
    expect(a.reasons).toEqual(['no-target-value']);
    expect(a.steps.baseline?.periodText).toBe('2022'); // the previous figure, not the first
    expect(a.steps.change).toBe(-5);
  });

  it('needs acceleration when the rank did not change', () => {
    expect(assessTarget(improveRank, rank(['2022', 55], ['2023', 55]), OPTIONS).status).toBe('needs-acceleration');
  });

  it('is off track when the rank worsened', () => {
    expect(assessTarget(improveRank, rank(['2022', 55], ['2023', 60]), OPTIONS).status).toBe('off-track');
  });

  it('is insufficient data with one figure', () => {
    const a = assessTarget(improveRank, rank(['2022', 55]), OPTIONS);
    expect(a.status).toBe('insufficient-data');
    expect(a.reasons).toEqual(['no-target-value', 'single-observation']);
  });

  it('for an at-least target without a number, a rise is the improvement', () => {
    const raise = syntheticTarget({ value: null, direction: 'at-least' });
    expect(assessTarget(raise, share(40, 45), OPTIONS).status).toBe('on-track');
    expect(assessTarget(raise, share(40, 35), OPTIONS).status).toBe('off-track');
  });
});

describe('assessTarget: no data', () => {
  it('is no data when no indicator measures the target', () => {
    const a = assessTarget(syntheticTarget({ indicator: null }), null, OPTIONS);
    expect(a).toMatchObject({ status: 'no-data', reasons: ['no-indicator'], indicatorId: null });
  });

  it('is no data when every published value is missing', () => {
    const empty = syntheticIndicator({ series: [{ figures: [['2022', null], ['2023', null]] }] });
    expect(assessTarget(atLeast80, empty, OPTIONS)).toMatchObject({ status: 'no-data', reasons: ['no-published-value'] });
  });

  it('is no data, "ambiguous", when several province-wide series exist (one per dimension code)', () => {
    const split = syntheticIndicator({
      series: [
        { key: 'level=district', dims: { level: 'district' }, figures: [['2022', 40], ['2023', 50]] },
        { key: 'level=commune', dims: { level: 'commune' }, figures: [['2022', 20], ['2023', 30]] },
      ],
    });
    expect(assessTarget(atLeast80, split, OPTIONS)).toMatchObject({ status: 'no-data', reasons: ['ambiguous-series'] });
  });

  it('reads the one province-wide series and ignores district lines', () => {
    const withDistrict = syntheticIndicator({
      series: [
        { key: 'area=461', figures: [['2022', 90, '461'], ['2023', 95, '461']] },
        { key: 'all', figures: [['2022', 40], ['2023', 50]] },
      ],
    });
    const a = assessTarget(atLeast80, withDistrict, OPTIONS);
    expect(a.steps.latest?.value).toBe(50);
    expect(a.status).not.toBe('achieved');
  });

  it('is no data when only districts are measured', () => {
    const districts = syntheticIndicator({ series: [{ key: 'area=461', figures: [['2022', 90, '461']] }] });
    expect(assessTarget(atLeast80, districts, OPTIONS)).toMatchObject({ status: 'no-data', reasons: ['no-province-series'] });
  });
});

describe('assessTarget: missing values and "today"', () => {
  it('skips missing values, at either end or in between', () => {
    const gappy = syntheticIndicator({ series: [{ figures: [['2020-01-01', null], ['2021-01-01', 40], ['2023-01-01', null], ['2025-01-01', 60], ['2025-06-01', null]] }] });
    const a = assessTarget(atLeast80, gappy, OPTIONS);
    expect(a.steps.comparableCount).toBe(2);
    expect(a.steps.baseline?.periodText).toBe('2021-01-01');
    expect(a.steps.latest?.periodText).toBe('2025-01-01');
    expect(a.status).toBe('on-track');
  });

  it('takes "today" as input: the same figures are judged differently after the deadline', () => {
    const early = syntheticTarget({ year: 2025, value: 65 }); // 5 a year needed over the last year, 5 a year observed
    const figures = share(40, 60);
    expect(assessTarget(early, figures, { ...OPTIONS, today: '2025-12-31' }).status).toBe('on-track'); // the last day still counts
    const late = assessTarget(early, figures, { ...OPTIONS, today: '2026-01-01' });
    expect(late).toMatchObject({ status: 'off-track', reasons: ['deadline-passed'] });
    expect(late.steps.observedRate).toBeCloseTo(5, 10); // the working is still shown
    expect(late.steps.ratio).toBeNull();
  });

  it('is off track once the deadline has passed, even with a single figure', () => {
    const single = syntheticIndicator({ series: [{ figures: [['2024', 60]] }] });
    expect(assessTarget(syntheticTarget({ year: 2025 }), single, OPTIONS)).toMatchObject({ status: 'off-track', reasons: ['deadline-passed'] });
  });

  it('stays achieved after the deadline when the target was met', () => {
    expect(assessTarget(syntheticTarget({ year: 2025, value: 50 }), share(40, 60), OPTIONS).status).toBe('achieved');
  });

  it('refuses a "today" not written YYYY-MM-DD rather than guess', () => {
    expect(() => assessTarget(atLeast80, share(40, 60), { ...OPTIONS, today: '26/11/2026' })).toThrow(RangeError);
  });
});
