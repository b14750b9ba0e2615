// The charts' own linear scale must draw exactly what d3-scale's scaleLinear drew: the pages, the
// downloads and the browser's redraws all depend on it, and d3-scale stays a dev dependency so
// that this comparison can be made.
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linearScale, niceDomain } from '../../src/lib/charts/linear-scale.ts';

// Figures as charts meet them: no subnormal numbers, on which d3-array's ticks give up.
const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => (Math.abs(v) < 1e-9 ? 0 : v));
const pixels = fc.integer({ min: 0, max: 2000 });
const count = fc.integer({ min: 1, max: 12 });

describe('linearScale', () => {
  it('maps every value as scaleLinear does, either way round', () => {
    fc.assert(
      fc.property(value, value, pixels, pixels, value, (d0, d1, r0, r1, x) => {
        expect(linearScale([d0, d1], [r0, r1])(x)).toBe(scaleLinear().domain([d0, d1]).range([r0, r1])(x));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives scaleLinear’s ticks', () => {
    fc.assert(
      fc.property(value, value, count, (d0, d1, n) => {
        expect(linearScale([d0, d1], [0, 100]).ticks(n)).toEqual(scaleLinear().domain([d0, d1]).ticks(n));
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds a domain as scaleLinear().nice() does, on the domains charts use', () => {
    // Charts round axes from zero (or a negative floor) up to a maximum, ranks from 1, and panels between two figures.
    fc.assert(
      fc.property(value.map((v) => -Math.abs(v)), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), count, (min, extra, n) => {
        expect(niceDomain([min, min + extra], n)).toEqual(scaleLinear().domain([min, min + extra]).nice(n).domain());
      }),
      { numRuns: 2000 },
    );
  });

  it('puts a one-value domain in the middle of the range, like d3', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
    expect(scaleLinear().domain([5, 5]).range([0, 100])(5)).toBe(50);
  });
});
