import { describe, expect, it } from 'vitest';
import { assessTarget, explainAssessment } from '../../src/lib/progress/index.ts';
import { OPTIONS, syntheticIndicator, syntheticTarget } from './synthetic-targets.ts';

// 30 → 56.4 over exactly 4 years (1461 days) is 6.6 points a year; 19.6 points are left for the 4
// years to the end of 2028, 4.9 a year; 6.6 / 4.9 = 1.3469…
const onTrack = assessTarget(
  syntheticTarget({ year: 2028, value: 76 }),
  syntheticIndicator({ series: [{ figures: [['2021-01-01', 30], ['2025-01-01', 56.4]] }] }),
  OPTIONS,
);

describe('explainAssessment', () => {
  it('writes the rates and the ratio in Vietnamese with a decimal comma, rounded to two places', () => {
    expect(explainAssessment(onTrack, 'vi', '%')).toContain(
      'Tốc độ quan sát: +6,6 điểm phần trăm/năm; tốc độ cần để đạt mục tiêu: +4,9 điểm phần trăm/năm; tỷ lệ 1,35 ≥ 0,95: đúng tiến độ.',
    );
  });

  it('writes the same in English with a decimal point', () => {
    expect(explainAssessment(onTrack, 'en', '%')).toContain(
      'Observed rate: +6.6 percentage points a year; rate needed to reach the target: +4.9 percentage points a year; ratio 1.35 ≥ 0.95: on track.',
    );
  });

  it('keeps exact numbers in the steps while the sentences round them', () => {
    expect(onTrack.steps.ratio).not.toBe(1.35);
    expect(onTrack.steps.ratio).toBeCloseTo(6.6 / 4.9, 10);
  });

  it('gives every figure used, the target and the years, so the status can be recomputed', () => {
    expect(explainAssessment(onTrack, 'vi', '%')).toEqual([
      'Mục tiêu: ít nhất 76% vào cuối năm 2028 (hạn 31/12/2028).',
      'Số liệu gốc: 30% (01/01/2021); số liệu mới nhất: 56,4% (01/01/2025).',
      'Từ số liệu gốc đến số liệu mới nhất: 4 năm; từ số liệu mới nhất đến hạn: 4 năm.',
      'Tốc độ quan sát: +6,6 điểm phần trăm/năm; tốc độ cần để đạt mục tiêu: +4,9 điểm phần trăm/năm; tỷ lệ 1,35 ≥ 0,95: đúng tiến độ.',
      'Nếu giữ tốc độ này, đến hạn số liệu sẽ vào khoảng 82,8%.',
    ]);
  });

  it('says which figures a merger left out', () => {
    const merged = syntheticIndicator({ series: [{ figures: [['2022', 40, '45'], ['2023', 50, '45'], ['2025-Q4', 20, '44']] }] });
    const sentences = explainAssessment(assessTarget(syntheticTarget(), merged, OPTIONS), 'en', '%');
    expect(sentences[0]).toBe(
      '2 figures for Test province (before the merger) (2022, 2023) are left out of the arithmetic: the territory changed with the merger, so they are not comparable with later figures.',
    );
    expect(sentences.at(-1)).toBe('There is only one comparable figure, short of the target; a rate needs at least two: insufficient data.');
  });

  it('explains a rank target by its last change', () => {
    const rank = syntheticIndicator({ unit: 'rank', series: [{ figures: [['2022', 55], ['2023', 50]] }] });
    const a = assessTarget(syntheticTarget({ value: null, direction: 'at-most' }), rank, OPTIONS);
    expect(explainAssessment(a, 'vi', null).at(-1)).toBe('55 (2022) → 50 (2023): giảm 5: đúng tiến độ.');
  });

  it('names the threshold a ratio fell under, and never rounds a ratio onto a threshold', () => {
    // (L − 40) / (80 − L) = 0.9496: two decimals would print 0.95 and contradict "< 0.95".
    const latest = (40 + 0.9496 * 80) / 1.9496;
    const a = assessTarget(
      syntheticTarget({ year: 2028, value: 80 }),
      syntheticIndicator({ series: [{ figures: [['2021-01-01', 40], ['2025-01-01', latest]] }] }),
      OPTIONS,
    );
    expect(a.status).toBe('needs-acceleration');
    expect(explainAssessment(a, 'en', '%').join(' ')).toContain('ratio 0.9496 < 0.95 but ≥ 0.5: needs acceleration.');
  });

  it('says plainly when there is nothing to assess', () => {
    expect(explainAssessment(assessTarget(syntheticTarget({ indicator: null }), null, OPTIONS), 'vi', '%')).toEqual([
      'Chưa có chỉ tiêu nào được công bố để đo mục tiêu này: chưa có số liệu.',
    ]);
  });
});
