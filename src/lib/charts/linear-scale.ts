/**
 * A straight-line map from values to pixels, with d3-array's round ticks and rounded ends. This is
 * what the charts used d3-scale's scaleLinear for; d3-scale also brings d3-interpolate, d3-color
 * and d3-format (about 8 kB gzipped) into the browser's explorer bundle, which draws the same
 * charts under a 40 kB budget. The arithmetic is d3's, so the drawings are the same to the last
 * digit: tests/charts/linear-scale.test.ts compares the two on random domains.
 */
import { tickIncrement, ticks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  /** Round values across the domain, about `count` of them (d3-array's ticks). */
  ticks(count: number): number[];
}

/** `domain` mapped onto `range`, either way round; a domain of one value maps to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  // As d3 computes it: the domain normalised to t in [0, 1], then the range interpolated at t.
  const [from, to, r0, r1] = d1 < d0 ? [d1, d0, range[1], range[0]] : [d0, d1, range[0], range[1]];
  const span = to - from;
  const scale = (value: number) => {
    const t = span ? (value - from) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
  return Object.assign(scale, { domain: [d0, d1] as const, ticks: (count: number) => ticks(d0, d1, count) });
}

/**
 * The domain widened to round values at both ends, for about `count` ticks: each end moved out to a
 * multiple of the tick step, until the step stops changing (d3-scale's linear.nice, at most ten
 * rounds). d3-array's own `nice` rounds differently at the edges of floating point, so it is not used.
 */
export function niceDomain(domain: readonly [number, number], count: number): [number, number] {
  const reversed = domain[1] < domain[0];
  let [start, stop] = reversed ? [domain[1], domain[0]] : [domain[0], domain[1]];
  let previous: number | undefined;
  for (let round = 0; round < 10; round++) {
    const step = tickIncrement(start, stop, count);
    if (step === previous) return reversed ? [stop, start] : [start, stop];
    if (step > 0) [start, stop] = [Math.floor(start / step) * step, Math.ceil(stop / step) * step];
    else if (step < 0) [start, stop] = [Math.ceil(start * step) / step, Math.floor(stop * step) / step];
    else break;
    previous = step;
  }
  // No step (an empty or infinite domain), or ten rounds without settling: d3 keeps the domain as it was.
  return [domain[0], domain[1]];
}
