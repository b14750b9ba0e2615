import { describe, expect, it } from 'vitest';
import { assessMilestones } from '../../src/lib/progress/index.ts';
import { OPTIONS, syntheticIndicator, syntheticTarget } from './synthetic-targets.ts';

const milestone2025 = syntheticTarget({ year: 2025, value: 50 });
const milestone2030 = syntheticTarget({ year: 2030, value: 80 });
const figures = (latest: number) => syntheticIndicator({ series: [{ figures: [['2022', 30], ['2024', latest]] }] });

describe('assessMilestones', () => {
  it('assesses every milestone, earliest first', () => {
    const { milestones } = assessMilestones([milestone2030, milestone2025], figures(40), OPTIONS);
    expect(milestones.map((m) => m.targetYear)).toEqual([2025, 2030]);
  });

  it('heads with the nearest milestone still ahead', () => {
    const { headline } = assessMilestones([milestone2025, milestone2030], figures(40), { ...OPTIONS, today: '2025-03-01' });
    expect(headline?.targetYear).toBe(2025);
  });

  it('passes over a milestone already achieved to the next one still to reach', () => {
    const { milestones, headline } = assessMilestones([milestone2025, milestone2030], figures(55), OPTIONS);
    expect(milestones[0]!.status).toBe('achieved');
    expect(headline?.targetYear).toBe(2030);
  });

  it('heads with the next milestone, not a missed one, while a later one is still ahead', () => {
    const { milestones, headline } = assessMilestones([milestone2025, milestone2030], figures(40), OPTIONS);
    expect(milestones[0]!.status).toBe('off-track');
    expect(headline?.targetYear).toBe(2030);
  });

  it('heads with the last missed milestone once every deadline has passed', () => {
    const { headline } = assessMilestones([milestone2025, milestone2030], figures(60), { ...OPTIONS, today: '2031-02-01' });
    expect(headline).toMatchObject({ targetYear: 2030, status: 'off-track' });
  });

  it('heads with the last milestone when all are achieved', () => {
    const { headline } = assessMilestones([milestone2025, milestone2030], figures(85), OPTIONS);
    expect(headline).toMatchObject({ targetYear: 2030, status: 'achieved' });
  });

  it('has no headline without milestones, and refuses rows of different targets', () => {
    expect(assessMilestones([], null, OPTIONS).headline).toBeNull();
    expect(() => assessMilestones([milestone2025, syntheticTarget({ id: 'other' })], null, OPTIONS)).toThrow(RangeError);
  });
});
