import { describe, expect, it } from 'vitest';
import { benchTable, benchVerdict, DEFAULT_SIZES, minimalAstroProject, numberOption, parseSizes, type BenchRow } from '../../src/lib/bench/bench-report.ts';

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

describe('the benchmark\'s verdict against issue 19\'s goal', () => {
  const row = (datasets: number, pages: number, seconds: [number, number, number], peakMegabytes: number, baselineSeconds: number): BenchRow => ({
    datasets,
    commits: datasets / 10,
    pages,
    validateSeconds: seconds[0],
    buildSeconds: seconds[1],
    indexSeconds: seconds[2],
    peakMegabytes,
    baselineSeconds,
  });

  it('says which part of the goal a run misses: the README\'s run of 27 November misses all but the per-page trend', () => {
    const verdict = benchVerdict([row(10, 253, [0.7, 39.3, 3.2], 1128, 8.3), row(100, 1153, [2.4, 173.7, 9.9], 1308, 8.8), row(1000, 10153, [4.8, 1036.4, 52], 2683, 11.9)]);
    expect(verdict).toContain('1093.2 s for validate, build and index (goal ≤ 90 s: NOT met)');
    expect(verdict).toContain('91.9× the minimal Astro build (≤ 8×: NOT met)');
    expect(verdict).toContain('peak 2683 MB (≤ 2048 MB: NOT met)');
    expect(verdict).toContain('170.8 → 161.3 → 107.7 ms a page (flat or falling: met)');
    expect(verdict.endsWith('The goal is not met.')).toBe(true);
  });

  it('says the goal is met only when every part is, and names a run that stopped short of 1,000 datasets', () => {
    const met = benchVerdict([row(100, 1100, [1, 8, 1], 700, 2), row(1000, 10100, [3, 70, 10], 1500, 11)]);
    expect(met.endsWith('The goal is met.')).toBe(true);
    const rising = benchVerdict([row(10, 200, [1, 8, 1], 700, 2), row(100, 1100, [3, 70, 10], 1500, 11)]);
    expect(rising).toContain('(flat or falling: NOT met)');
    expect(rising).toContain('Goal at 100 datasets (the goal is stated at 1000)');
  });
});
