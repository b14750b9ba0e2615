import { describe, expect, it } from 'vitest';
import { benchTable, DEFAULT_SIZES, minimalAstroProject, numberOption, parseSizes } from '../../src/lib/bench/bench-report.ts';

describe('the benchmark\'s arguments and table', () => {
  it('runs 10, 100 and 1,000 datasets unless --sizes says otherwise', () => {
    expect(parseSizes([])).toEqual(DEFAULT_SIZES);
    expect(parseSizes(['--sizes', '10,100'])).toEqual([10, 100]);
  });

  it('refuses sizes that are not whole numbers, saying what it expects', () => {
    expect(() => parseSizes(['--sizes', '10,ten'])).toThrow(/whole numbers separated by commas/);
    expect(() => numberOption(['--per-commit', '0'], '--per-commit', 10)).toThrow(/at least 1/);
    expect(numberOption([], '--per-commit', 10)).toBe(10);
  });

  it('makes a minimal site whose one route lists exactly the pages asked for', () => {
    expect(minimalAstroProject(253).get('src/pages/p/[page].astro')).toContain('length: 253');
  });

  it('prints milliseconds per page over all three phases, and the build\'s ratio to the minimal one', () => {
    const row = { datasets: 10, commits: 2, pages: 200, validateSeconds: 1, buildSeconds: 30, indexSeconds: 9, peakMegabytes: 900.4, baselineSeconds: 6 };
    expect(benchTable([row]).split('\n').at(-1)).toBe('| 10 | 2 | 200 | 1.0 | 30.0 | 9.0 | 200.0 | 900 | 6.0 | 5.0 |');
  });
});
