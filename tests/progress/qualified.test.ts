// Figures a source gives only roughly (src/lib/contract/observation.ts) and the status of a target:
// a bound can prove a target met, never more; a guessed or unstated period never gives a trend.
import { describe, expect, it } from 'vitest';
import { assessTarget, explainAssessment } from '../../src/lib/progress/index.ts';
import { arithmeticSteps } from '../../src/lib/progress/arithmetic.ts';
import { OPTIONS, syntheticIndicator, syntheticTarget, type Figure } from './synthetic-targets.ts';

const members = (...figures: Figure[]) => syntheticIndicator({ series: [{ figures }] });
const atLeast = (value: number) => syntheticTarget({ year: 2028, value, direction: 'at-least' });
const atMost = (value: number) => syntheticTarget({ year: 2028, value, direction: 'at-most' });

describe('a value the source gives as a bound', () => {
  it('proves an at-least target met when the bound reaches it ("over 13,600" ≥ 10,000)', () => {
    const a = assessTarget(atLeast(10_000), members(['2026-Q1', 13_600, '44', { value: 'over' }]), OPTIONS);
    expect(a.status).toBe('achieved');
    expect(a.reasons).toContain('achieved-by-bound');
    expect(explainAssessment(a, 'vi', '').at(-1)).toBe('hơn 13.600 (Quý I/2026): nguồn nói số liệu hơn 13.600, nên chắc chắn đã đạt mục tiêu 10.000: đã đạt.');
    expect(explainAssessment(a, 'en', '').at(-1)).toBe('over 13,600 (Q1 2026): the source puts the figure over 13,600, so the target of 10,000 is certainly met: achieved.');
  });

  it('proves nothing when it stays below the target: "over 13,600" may or may not reach 20,000', () => {
    const a = assessTarget(atLeast(20_000), members(['2026-Q1', 13_600, '44', { value: 'over' }]), OPTIONS);
    expect(a.status).toBe('insufficient-data');
    expect(a.reasons).toEqual(['inexact-left-out', 'no-exact-figure']);
    expect(a.steps.latest).toBeNull();
    expect(explainAssessment(a, 'en', '')).toEqual([
      '1 figure (over 13,600 (Q1 2026)) is left out of the rate: its source gives only an approximate period or value, so it cannot show a trend.',
      'No figure is stated exactly enough for a rate: insufficient data.',
    ]);
  });

  it('proves an at-most target met only as an upper bound, and an approximation proves nothing', () => {
    expect(assessTarget(atMost(10), members(['2025-01-01', 8, '44', { value: 'under' }]), OPTIONS).status).toBe('achieved');
    expect(assessTarget(atMost(10), members(['2025-01-01', 8, '44', { value: 'over' }]), OPTIONS).status).toBe('insufficient-data');
    expect(assessTarget(atLeast(10), members(['2025-01-01', 12, '44', { value: 'about' }]), OPTIONS).status).toBe('insufficient-data');
  });
});

describe('a figure whose period is approximate or not stated', () => {
  // Two exact figures four years apart would give a rate; with either period guessed, none is worked out.
  it('never gives a trend: the rate uses exact figures only, and the explanation lists what was left out', () => {
    const a = assessTarget(atLeast(80), members(['2021-01-01', 40, '44', { period: 'about' }], ['2025-01-01', 60, '44']), OPTIONS);
    expect(a.status).toBe('insufficient-data');
    expect(a.reasons).toEqual(['inexact-left-out', 'single-observation']);
    expect(a.steps.observedRate).toBeNull();
    expect(explainAssessment(a, 'vi', '%')[0]).toBe(
      'Không dùng 1 số liệu (40% (khoảng 01/01/2021)) để tính tốc độ: nguồn chỉ nêu kỳ hoặc giá trị gần đúng, nên không cho thấy xu hướng.',
    );
    expect(arithmeticSteps(a, 'en', '%').map((s) => [s.id, s.result])[0]).toEqual(['inexact', '40% (about 1 January 2021)']);
  });

  it('is placed at its publication day, and still proves a target met when its value reaches it', () => {
    const undated = members(['2023-12-30', 85, '45', { period: 'not-stated' }]);
    const a = assessTarget(atLeast(80), undated, OPTIONS);
    expect(a.status).toBe('achieved');
    expect(a.steps.latest?.time).toBe(Date.parse('2023-12-30T00:00:00Z'));
    expect(explainAssessment(a, 'en', '%')).toEqual(['Target: at least 80% by the end of 2028 (deadline 31 December 2028).', 'Latest figure: 85% (period not stated, published 30 December 2023).', '85% ≥ 80%: achieved.']);
    const short = assessTarget(atLeast(90), undated, OPTIONS);
    expect(short.status).toBe('insufficient-data');
    expect(explainAssessment(short, 'en', '%')[0]).toBe(
      '1 figure (85% (period not stated, published 30 December 2023)) is left out of the rate: its source gives only an approximate period or value, so it cannot show a trend.',
    );
  });

  it('leaves the status to the exact figures when there are enough of them', () => {
    const a = assessTarget(
      atLeast(80),
      members(['2021-01-01', 40, '44'], ['2023-06-30', 52, '44', { period: 'about' }], ['2025-01-01', 60, '44']),
      OPTIONS,
    );
    expect(a.status).toBe('on-track');
    expect(a.steps.baseline?.value).toBe(40);
    expect(a.steps.latest?.value).toBe(60);
    expect(a.steps.inexact.map((p) => p.value)).toEqual([52]);
  });
});
