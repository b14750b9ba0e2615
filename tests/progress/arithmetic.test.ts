import { describe, expect, it } from 'vitest';
import { arithmeticSteps, readable } from '../../src/lib/progress/arithmetic.ts';
import { assessTarget } from '../../src/lib/progress/index.ts';
import { rateText } from '../../src/lib/progress/rate-text.ts';
import { OPTIONS, syntheticIndicator, syntheticTarget } from './synthetic-targets.ts';

// Four years apart, and four years from the latest figure to the 2028 deadline (see assess.test.ts).
const share = (baseline: number, latest: number) => syntheticIndicator({ series: [{ figures: [['2021-01-01', baseline], ['2025-01-01', latest]] }] });
const stepsOf = (a: ReturnType<typeof assessTarget>, locale: 'vi' | 'en' = 'en') => Object.fromEntries(arithmeticSteps(a, locale, '%').map((s) => [s.id, s]));

describe('arithmeticSteps()', () => {
  it('prints every number of a rated assessment, each formula filled in', () => {
    const a = assessTarget(syntheticTarget({ year: 2028 }), share(40, 56), OPTIONS);
    const s = stepsOf(a);
    expect(Object.keys(s)).toEqual(['target', 'baseline', 'latest', 'years-elapsed', 'years-remaining', 'observed-rate', 'required-rate', 'ratio', 'projected']);
    expect(s['target']!.result).toBe('≥ 80% (deadline 31 December 2028)');
    expect(s['baseline']!.result).toBe('40% (1 January 2021)');
    expect(s['latest']!.result).toBe('56% (1 January 2025)');
    expect(s['years-elapsed']!.result).toBe('4 years');
    expect(s['observed-rate']).toEqual({ id: 'observed-rate', working: '(56 − 40) / 4', result: '+4 percentage points a year' });
    expect(s['required-rate']).toEqual({ id: 'required-rate', working: '(80 − 56) / 4', result: '+6 percentage points a year' });
    expect(s['ratio']).toEqual({ id: 'ratio', working: '+4 / +6', result: '0.67' });
    expect(s['projected']!.result).toBe('72%');
    expect(a.status).toBe('needs-acceleration');
  });

  it('writes numbers the Vietnamese way on Vietnamese pages', () => {
    const s = stepsOf(assessTarget(syntheticTarget({ year: 2028 }), share(40, 56), OPTIONS), 'vi');
    expect(s['ratio']!.result).toBe('0,67');
    expect(s['required-rate']!.result).toBe('+6 điểm phần trăm/năm');
  });

  it('signs rates of an at-most target negative, and the ratio stays positive', () => {
    const s = stepsOf(assessTarget(syntheticTarget({ year: 2028, value: 10, direction: 'at-most' }), share(50, 30), OPTIONS));
    expect(s['target']!.result.startsWith('≤ 10%')).toBe(true);
    expect(s['observed-rate']!.result).toBe('-5 percentage points a year');
    expect(s['ratio']).toMatchObject({ working: '-5 / -5', result: '1' });
  });

  it('says "year" and "percentage point" when the number shown is 1, by the plural rules', () => {
    const yearApart = syntheticIndicator({ series: [{ figures: [['2024-01-01', 40], ['2025-01-01', 41]] }] });
    const s = stepsOf(assessTarget(syntheticTarget({ year: 2028 }), yearApart, OPTIONS));
    expect(s['years-elapsed']!.result).toBe('1 year');
    expect(rateText(1, '+1', '%', 'en')).toBe('+1 percentage point a year');
    expect(rateText(-1.5, '-1.5', '%', 'en')).toBe('-1.5 percentage points a year');
    expect(stepsOf(assessTarget(syntheticTarget({ year: 2028 }), yearApart, OPTIONS), 'vi')['years-elapsed']!.result).toBe('1 năm');
  });

  it('stops at the latest figure when a rate cannot be worked out', () => {
    const single = syntheticIndicator({ series: [{ figures: [['2023', 7.09]] }] });
    const a = assessTarget(syntheticTarget({ value: 15 }), single, OPTIONS);
    expect(a.status).toBe('insufficient-data');
    expect(arithmeticSteps(a, 'en', '%').map((s) => s.id)).toEqual(['target', 'latest']);
  });

  it('names the figures left out by a merger first, and works only with the later ones', () => {
    const merged = syntheticIndicator({ series: [{ figures: [['2022', 40, '45'], ['2023', 50, '45'], ['2025-Q4', 20, '44'], ['2026-Q2', 23, '44']] }] });
    const steps = arithmeticSteps(assessTarget(syntheticTarget(), merged, OPTIONS), 'en', '%');
    expect(steps[0]).toEqual({ id: 'left-out', working: null, result: 'Test province (before the merger): 2022, 2023' });
    expect(steps.find((s) => s.id === 'baseline')?.result).toBe('20% (Q4 2025)');
  });

  it('gives a target without a number its change, not rates', () => {
    const rank = syntheticIndicator({ unit: 'rank', series: [{ figures: [['2022', 55], ['2023', 50]] }] });
    const a = assessTarget(syntheticTarget({ value: null, unit: 'rank', direction: 'at-most' }), rank, OPTIONS);
    const steps = arithmeticSteps(a, 'en', null);
    expect(steps.map((s) => s.id)).toEqual(['target', 'baseline', 'latest', 'change']);
    expect(steps.at(-1)).toEqual({ id: 'change', working: '50 − 55', result: '-5' });
    expect(a.status).toBe('on-track');
  });
});

describe('readable()', () => {
  it('keeps two decimals, or three significant digits below 1', () => {
    expect(readable(151.84821)).toBe(151.85);
    expect(readable(0.087611)).toBe(0.0876);
    expect(readable(-0.004)).toBe(-0.004);
    expect(readable(0)).toBe(0);
  });
});
