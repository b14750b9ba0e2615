/**
 * A sparkline: a headline figure's few values as a tiny line, without axes. Honest with little data:
 * every figure is a dot, a line joins exact figures only within one territory (never across a
 * merger, never through a figure its source gives only roughly), and one or two figures stay one or
 * two dots and a segment, never a drawn trend. Pure geometry.
 */
import { linearScale } from '../linear-scale.ts';
import { line } from 'd3-shape';

export interface SparkPoint {
  /** ms since the epoch, e.g. an observation's period midpoint. */
  time: number;
  value: number;
  /** False for a figure its source gives only roughly: a dot of its own, never joined by the line. */
  exact?: boolean;
}

export interface SparklineOptions {
  width: number;
  height: number;
  /** Room kept inside the edges so dots are not clipped; 4 by default. */
  pad?: number;
  /** Draw lower values higher (a rank, where 1 is best), as the portal's charts do. */
  invert?: boolean;
}

export interface PlacedSparkPoint extends SparkPoint {
  x: number;
  y: number;
}

export interface Sparkline {
  width: number;
  height: number;
  /** One SVG path per segment holding at least two figures. */
  paths: string[];
  /** Every figure, placed, segment after segment. */
  points: PlacedSparkPoint[];
  /** The most recent figure, drawn larger; null without figures. */
  last: PlacedSparkPoint | null;
  /** x of each change of territory, halfway between the segments it separates. */
  breaks: number[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Places segments of figures (each in time order; segments in time order) in a width × height box. */
export function sparkline(segments: readonly (readonly SparkPoint[])[], options: SparklineOptions): Sparkline {
  const { width, height, pad = 4, invert = false } = options;
  const nonEmpty = segments.filter((s) => s.length > 0);
  const all = nonEmpty.flat();
  if (all.length === 0) return { width, height, paths: [], points: [], last: null, breaks: [] };

  const times = all.map((p) => p.time);
  const values = all.map((p) => p.value);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  // One moment or one value has no extent: such points sit in the middle rather than at an edge.
  const x = (t: number) => (t0 === t1 ? width / 2 : linearScale([t0, t1], [pad, width - pad])(t));
  const yRange: [number, number] = invert ? [pad, height - pad] : [height - pad, pad];
  const y = (v: number) => (v0 === v1 ? height / 2 : linearScale([v0, v1], yRange)(v));

  const placedSegments = nonEmpty.map((s) => s.map((p) => ({ ...p, x: round(x(p.time)), y: round(y(p.value)) })));
  const draw = line<PlacedSparkPoint>()
    .x((p) => p.x)
    .y((p) => p.y);
  const paths = placedSegments
    .map((s) => s.filter((p) => p.exact !== false))
    .filter((s) => s.length >= 2)
    .map((s) => draw(s) ?? '');
  const breaks = placedSegments.slice(1).map((s, k) => round((placedSegments[k]!.at(-1)!.x + s[0]!.x) / 2));
  const points = placedSegments.flat();
  return { width, height, paths, points, last: points.at(-1) ?? null, breaks };
}
