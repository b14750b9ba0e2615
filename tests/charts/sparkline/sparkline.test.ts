import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../src/lib/charts/sparkline/sparkline.ts';

const box = { width: 100, height: 40, pad: 5 };
const at = (year: number, value: number) => ({ time: Date.UTC(year, 6, 2), value });

describe('sparkline()', () => {
  it('draws nothing without figures', () => {
    expect(sparkline([], box)).toMatchObject({ paths: [], points: [], last: null, breaks: [] });
  });

  it('shows a single figure as one dot in the middle, with no line', () => {
    const s = sparkline([[at(2023, 7.09)]], box);
    expect(s.paths).toEqual([]);
    expect(s.points).toHaveLength(1);
    expect(s.last).toMatchObject({ x: 50, y: 20, value: 7.09 });
  });

  it('joins two figures with one straight segment, ends at the padding', () => {
    const s = sparkline([[at(2022, 40), at(2024, 50)]], box);
    expect(s.paths).toEqual(['M5,35L95,5']);
    expect(s.points.map((p) => [p.x, p.y])).toEqual([[5, 35], [95, 5]]);
    expect(s.last?.value).toBe(50);
  });

  it('places equal values on the middle line rather than at an edge', () => {
    const s = sparkline([[at(2022, 3), at(2023, 3)]], box);
    expect(s.points.map((p) => p.y)).toEqual([20, 20]);
  });

  it('never draws a line across a change of territory, and marks the break', () => {
    const s = sparkline([[at(2021, 10), at(2023, 30)], [at(2025, 20)]], box);
    expect(s.paths).toHaveLength(1);
    expect(s.points).toHaveLength(3);
    expect(s.breaks).toHaveLength(1);
    const [a, b, c] = s.points.map((p) => p.x) as [number, number, number];
    expect(a).toBeLessThan(b);
    expect(s.breaks[0]).toBeCloseTo((b + c) / 2, 1);
  });

  it('draws lower values higher when inverted (a rank)', () => {
    const s = sparkline([[at(2022, 55), at(2023, 41)]], { ...box, invert: true });
    expect(s.points[1]!.y).toBeLessThan(s.points[0]!.y);
  });
});
