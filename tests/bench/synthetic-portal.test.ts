import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INDICATORS_PER_DATASET, syntheticDatasets } from '../../src/lib/bench/synthetic-portal.ts';
import { diskFiles } from '../../src/site/disk-files.ts';
import { validatePortal } from '../../src/lib/validate/portal.ts';
import { REPO_ROOT } from '../support/real-portal.ts';

const TODAY = '2026-11-26';
const roots: string[] = [];

/** The real data/ with `edition` of 12 synthetic datasets beside it, in a temporary folder. */
function portalWithSynthetic(edition: number): string {
  const root = mkdtempSync(join(tmpdir(), 'portal-bench-test-'));
  roots.push(root);
  cpSync(join(REPO_ROOT, 'data'), join(root, 'data'), { recursive: true });
  for (const [path, text] of syntheticDatasets(12, edition)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('the benchmark\'s synthetic datasets', () => {
  it('validate cleanly beside the real data, every edition of them', () => {
    for (const edition of [0, 3]) {
      const result = validatePortal(diskFiles(portalWithSynthetic(edition)), TODAY);
      expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
      const synthetic = result.portal!.datasets.filter((d) => d.id.startsWith('bench-'));
      expect(synthetic).toHaveLength(12);
      expect(synthetic.every((d) => d.indicators.length === INDICATORS_PER_DATASET)).toBe(true);
    }
  });

  it('are the same bytes on every run', () => {
    expect([...syntheticDatasets(3)]).toEqual([...syntheticDatasets(3)]);
  });

  it('grow by a year of figures and a minor version with each edition', () => {
    const first = syntheticDatasets(1, 0);
    const later = syntheticDatasets(1, 2);
    const csv = 'data/datasets/bench-0001/bench-0001-count.csv';
    expect(later.get(csv)!.split('\n').length - first.get(csv)!.split('\n').length).toBe(2);
    expect(JSON.parse(later.get('data/datasets/bench-0001/datapackage.json')!).version).toBe('1.2.0');
  });
});
