import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diskFiles } from '../../src/site/disk-files.ts';
import { datasetIndicators, type Indicator } from '../../src/lib/indicators/model.ts';
import type { DataFiles } from '../../src/lib/validate/data-files.ts';
import { assessTarget, explainAssessment, STATUSES } from '../../src/lib/progress/index.ts';
import { validatePortal } from '../../src/lib/validate/portal.ts';
import { fixtureFiles, SAMPLE_CSV } from '../support/fixture-files.ts';

const TODAY = '2026-11-26';
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Every target of a portal's files, with its indicator and its assessment, as the site makes them. */
function assessTargets(files: DataFiles) {
  const result = validatePortal(files, TODAY);
  if (!result.portal) throw new Error(`the portal does not validate:\n${result.problems.map((p) => p.message).join('\n')}`);
  const portal = result.portal;
  const context = { areas: portal.areas, units: portal.units, targets: portal.targets, province: portal.province };
  const indicators = new Map<string, Indicator>(portal.datasets.flatMap((d) => datasetIndicators(d, context)).map((i) => [i.id, i]));
  const options = { today: TODAY, province: portal.province };
  return portal.targets.map((t) => {
    const indicator = t.indicator ? (indicators.get(t.indicator) ?? null) : null;
    return { target: t, indicator, assessment: assessTarget(t, indicator, options) };
  });
}

// What holds whatever figures staff publish: adding one never breaks these.
describe('assessTarget over the published data (data/)', () => {
  const results = assessTargets(diskFiles(repoRoot));

  it('gives every target a status and a readable explanation in both languages', () => {
    expect(results.length).toBeGreaterThan(0);
    for (const { indicator, assessment } of results) {
      expect(STATUSES).toContain(assessment.status);
      for (const locale of ['vi', 'en'] as const) expect(explainAssessment(assessment, locale, indicator?.unit.symbol ?? null).length).toBeGreaterThan(0);
    }
  });

  it('has no data for the targets no published indicator measures', () => {
    const unmeasured = results.filter((r) => r.target.indicator === null);
    expect(unmeasured.length, 'data/ has a target no indicator measures').toBeGreaterThan(0);
    for (const { target, assessment } of unmeasured) expect(assessment.status, target.id).toBe('no-data');
  });
});

// The rules, read from a portal's files as the site reads them (tests/fixtures/valid), with the
// figures each rule needs: no published figure can change them.
describe('assessTarget over a portal read from its files', () => {
  const TARGETS = 'data/reference/targets.csv';
  const HEADER = 'period,area,channel,source,value';
  /** The fixture with its indicator's CSV holding only `rows`, and its targets.csv edited. */
  const portal = (rows: string[], targets: (csv: string) => string = (csv) => csv) => {
    const csv = new TextDecoder().decode(fixtureFiles().read(TARGETS));
    return fixtureFiles({}, { [SAMPLE_CSV]: `${[HEADER, ...rows].join('\n')}\n`, [TARGETS]: targets(csv) });
  };
  const find = (files: DataFiles, id: string) => assessTargets(files).find((r) => r.target.id === id)!;

  it('finds a target with one published figure, short of its number, insufficient', () => {
    const { assessment } = find(portal(['2023,90,web,test-source,7.09']), 'share-online');
    expect(assessment).toMatchObject({ status: 'insufficient-data', reasons: ['single-observation'] });
    expect(assessment.steps.latest?.value).toBe(7.09);
  });

  it('judges the same target once a second figure is published', () => {
    const { assessment } = find(portal(['2023,90,web,test-source,7.09', '2024,90,web,test-source,9']), 'share-online');
    expect(assessment.status).not.toBe('insufficient-data');
    expect(assessment.reasons).not.toContain('single-observation');
  });

  it('finds a rank target without a number to reach, with one published rank, insufficient', () => {
    // The fixture's "raise the rank" target, measured by the sample indicator.
    const measured = (csv: string) => csv.replace(/^(rank-up,.*,at-most),,/m, '$1,sample-share,');
    const { assessment } = find(portal(['2022,90,web,test-source,55'], measured), 'rank-up');
    expect(assessment).toMatchObject({ status: 'insufficient-data', reasons: ['no-target-value', 'single-observation'] });
  });
});
