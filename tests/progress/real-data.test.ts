import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diskFiles } from '../../src/site/disk-files.ts';
import { datasetIndicators, type Indicator } from '../../src/lib/indicators/model.ts';
import { assessTarget, explainAssessment, STATUSES } from '../../src/lib/progress/index.ts';
import { validatePortal } from '../../src/lib/validate/portal.ts';

const TODAY = '2026-11-26';
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function assessRealTargets() {
  const portal = validatePortal(diskFiles(repoRoot), TODAY).portal;
  if (!portal) throw new Error('data/ does not validate: run npm run validate');
  const context = { areas: portal.areas, units: portal.units, targets: portal.targets, provinceAreas: portal.site.provinceAreas };
  const indicators = new Map<string, Indicator>(portal.datasets.flatMap((d) => datasetIndicators(d, context)).map((i) => [i.id, i]));
  const options = { today: TODAY, provinceAreas: portal.site.provinceAreas };
  return portal.targets.map((t) => {
    const indicator = t.indicator ? (indicators.get(t.indicator) ?? null) : null;
    return { target: t, indicator, assessment: assessTarget(t, indicator, options) };
  });
}

describe('assessTarget over the published data (data/)', () => {
  const results = assessRealTargets();

  it('gives every target a status and a readable explanation in both languages', () => {
    expect(results.length).toBeGreaterThan(0);
    for (const { indicator, assessment } of results) {
      expect(STATUSES).toContain(assessment.status);
      for (const locale of ['vi', 'en'] as const) expect(explainAssessment(assessment, locale, indicator?.unit.symbol ?? null).length).toBeGreaterThan(0);
    }
  });

  it('finds the digital-economy share (one figure, 7.09% < 15%) insufficient', () => {
    const { assessment } = results.find((r) => r.target.id === 'digital-economy-share')!;
    expect(assessment).toMatchObject({ status: 'insufficient-data', reasons: ['single-observation'] });
    expect(assessment.steps.latest?.value).toBe(7.09);
  });

  it('finds the DTI rank target (one published rank) insufficient', () => {
    const { assessment } = results.find((r) => r.target.id === 'dti-rank-improve')!;
    expect(assessment).toMatchObject({ status: 'insufficient-data', reasons: ['no-target-value', 'single-observation'] });
  });

  it('has no data for the targets no published indicator measures', () => {
    for (const { target, assessment } of results.filter((r) => r.target.indicator === null)) {
      expect(assessment.status, target.id).toBe('no-data');
    }
  });
});
