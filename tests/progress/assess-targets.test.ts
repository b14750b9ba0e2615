import { describe, expect, it } from 'vitest';
import { assessTargets, latestPublished, statusSummary } from '../../src/lib/progress/assess-targets.ts';
import { OPTIONS, syntheticIndicator, syntheticTarget } from './synthetic-targets.ts';

const share = syntheticIndicator({ series: [{ figures: [['2021-01-01', 40], ['2025-01-01', 60]] }] });
const merged = syntheticIndicator({ id: 'merged-share', series: [{ figures: [['2023', 50, '45'], ['2025-Q4', null, '44']] }] });

describe('assessTargets()', () => {
  it('assesses each target id once, keeping the order of the rows', () => {
    const targets = [
      syntheticTarget({ id: 'b', order: 1, year: 2028 }),
      syntheticTarget({ id: 'a', order: 2, indicator: null }),
    ];
    const progress = assessTargets(targets, [share], OPTIONS);
    expect(progress.map((p) => [p.id, p.headline.status])).toEqual([['b', 'on-track'], ['a', 'no-data']]);
    expect(progress[0]!.indicator?.id).toBe('synthetic-share');
    expect(progress[1]!.indicator).toBeNull();
  });

  it('treats rows sharing an id as milestones and heads the card with the one ahead', () => {
    const rows = [syntheticTarget({ year: 2030, value: 100 }), syntheticTarget({ year: 2025, value: 50 })];
    const [p] = assessTargets(rows, [share], OPTIONS);
    expect(p!.milestones.map((m) => m.year)).toEqual([2025, 2030]);
    expect(p!.assessment.milestones.map((m) => m.status)).toEqual(['achieved', 'needs-acceleration']);
    expect(p!.target.year).toBe(2030);
    expect(p!.headline.targetYear).toBe(2030);
  });

  it('gives the latest published figure, and says when it predates a merger', () => {
    const [p] = assessTargets([syntheticTarget({ indicator: 'merged-share' })], [merged], OPTIONS);
    expect(p!.latest?.value).toBe(50);
    expect(p!.latestLeftOut).toBe(true);
    expect(p!.headline.status).toBe('insufficient-data');
  });
});

describe('latestPublished()', () => {
  it('is null without an indicator and skips missing values', () => {
    expect(latestPublished(null, OPTIONS.province)).toBeNull();
    expect(latestPublished(share, OPTIONS.province)).toMatchObject({ figure: { value: 60 }, leftOut: false });
  });
});

describe('statusSummary()', () => {
  it('counts every status overall and per pillar, zero included, and how many are rated', () => {
    const targets = [
      syntheticTarget({ id: 'x', pillar: 'p1' as never, year: 2028 }),
      syntheticTarget({ id: 'y', pillar: 'p1' as never, indicator: null }),
      syntheticTarget({ id: 'z', pillar: 'p2' as never, value: 50 }),
    ];
    const summary = statusSummary(assessTargets(targets, [share], OPTIONS), ['p1', 'p2', 'p3']);
    expect(summary.total).toBe(3);
    expect(summary.rated).toBe(2);
    expect(summary.overall).toEqual({ achieved: 1, 'on-track': 1, 'needs-acceleration': 0, 'off-track': 0, 'insufficient-data': 0, 'no-data': 1 });
    expect(summary.pillars.map((p) => [p.pillarId, p.total])).toEqual([['p1', 2], ['p2', 1], ['p3', 0]]);
    expect(summary.pillars[0]!.counts['no-data']).toBe(1);
  });
});
