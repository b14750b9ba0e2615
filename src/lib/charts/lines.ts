/**
 * The parts of a line chart that depend on the data's history: one path per segment (never joined
 * across a change of territory), where the territory changed, and the targets.
 */
import { line } from 'd3-shape';
import type { Target } from '../contract/reference.ts';
import type { Indicator, Observation, Series } from '../indicators/model.ts';
import { isExact } from './labels.ts';

export interface PlottedPoint {
  x: number;
  y: number;
  observation: Observation;
  /** False when the source gives the figure only roughly (a bound, an approximate or unstated period). */
  exact: boolean;
}

export interface SeriesLine {
  series: Series;
  /** Position in indicator.series: picks the colour and dash. */
  index: number;
  /** One path per segment with at least two exact figures: a line never runs through an inexact one. */
  paths: string[];
  /**
   * Where a yearly series skips years with no published figure (DTI rank 2020, then 2022): a
   * straight dotted connector, drawn apart from the line so it does not read as a figure for the
   * years between.
   */
  gaps: string[];
  /** Every figure with a value; missing ones are not drawn (not as zero either). */
  points: PlottedPoint[];
}

/** A change of territory between two segments, drawn as a dashed rule. */
export interface AreaBreak {
  x: number;
  /** The day the new territory began (its area's valid_from), YYYY-MM-DD. */
  date: string;
  /** True when the new area is a province (a merger), else some other change of area. */
  merger: boolean;
}

type Scale = (n: number) => number;

/**
 * Lines and points of a series. A null value leaves a gap in its segment's path rather than a dip
 * to zero, and segments are separate paths so no line crosses a merger. A figure its source gives
 * only roughly (a bound, an approximate or unstated period) is a point of its own, off the line:
 * joined to the others it would draw a trend the source does not state.
 */
export function seriesLine(series: Series, index: number, x: Scale, y: Scale): SeriesLine {
  const path = line<Observation>()
    .defined((o) => o.value !== null)
    .x((o) => x(o.time))
    .y((o) => y(o.value!))
    .digits(2);
  const paths: string[] = [];
  const gaps: string[] = [];
  const points: PlottedPoint[] = [];
  for (const segment of series.segments) {
    const valued = segment.observations.filter((o) => o.value !== null);
    for (const o of valued) points.push({ x: x(o.time), y: y(o.value!), observation: o, exact: isExact(o) });
    const exact = segment.observations.filter(isExact);
    // Runs of consecutive years; between two runs, the years no source gives.
    const runs: Observation[][] = [[]];
    exact.forEach((o, k) => {
      const previous = exact[k - 1];
      if (previous && skipsYears(previous, o)) {
        gaps.push(`M${round(x(previous.time))},${round(y(previous.value!))}L${round(x(o.time))},${round(y(o.value!))}`);
        runs.push([]);
      }
      runs[runs.length - 1]!.push(o);
    });
    for (const run of runs) if (run.filter((o) => o.value !== null).length >= 2) paths.push(path(run) ?? '');
  }
  return { series, index, paths: paths.filter(Boolean), gaps, points };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Whether any line of the indicator skips years (see SeriesLine.gaps): its chart then says what the dots mean. */
export const skipsSomeYears = (indicator: Indicator): boolean =>
  indicator.series.some((series) =>
    series.segments.some((segment) => {
      const exact = segment.observations.filter(isExact);
      return exact.some((o, k) => k > 0 && skipsYears(exact[k - 1]!, o));
    }),
  );

/** Two yearly figures, both published, with at least one year between them that has none. */
function skipsYears(a: Observation, b: Observation): boolean {
  if (a.value === null || b.value === null || a.period.kind !== 'year' || b.period.kind !== 'year') return false;
  return Number(b.period.start.slice(0, 4)) - Number(a.period.start.slice(0, 4)) > 1;
}

/**
 * Where each series changes territory. The rule stands on the day the new area began, kept between
 * the last figure before and the first after (a period may straddle that day); the same change in
 * several series is drawn once.
 */
export function areaBreaks(indicator: Indicator, x: Scale): AreaBreak[] {
  const breaks = new Map<string, AreaBreak>();
  for (const series of indicator.series) {
    series.segments.forEach((segment, i) => {
      const previous = series.segments[i - 1];
      if (!previous || previous.area.code === segment.area.code) return;
      const before = x(previous.observations[previous.observations.length - 1]!.time);
      const after = x(segment.observations[0]!.time);
      const at = x(Date.parse(`${segment.area.valid_from}T00:00:00Z`));
      breaks.set(segment.area.valid_from, {
        x: Math.min(Math.max(at, before), after),
        date: segment.area.valid_from,
        merger: segment.area.level === 'province',
      });
    });
  }
  return [...breaks.values()];
}

/** A target with a value: its point at the end of its year, and the path to it from the baseline. */
export interface TargetMark {
  target: Target;
  x: number;
  y: number;
  /** Straight dashed line from the baseline figure to the target; null without a baseline before it. */
  path: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** A target without a value (keep raising a rank): a rule at its year, and its direction in words. */
export interface TargetYear {
  target: Target;
  x: number;
}

/** End of a target year: the target is met "by 2030" when 2030 is over. */
export const targetTime = (target: Target): number => Date.UTC(target.year + 1, 0, 1);

/**
 * The baseline of a path to target: the first exact figure of the latest segment. An earlier segment
 * describes another territory, so it cannot be the start of the path. Only a single series has one:
 * with several, which series the target speaks of is not in the data.
 */
export function baseline(indicator: Indicator): Observation | null {
  if (indicator.series.length !== 1) return null;
  const segments = indicator.series[0]!.segments;
  return segments[segments.length - 1]?.observations.find((o) => o.value !== null && isExact(o)) ?? null;
}

export function targetMarks(indicator: Indicator, x: Scale, y: Scale): { marks: TargetMark[]; years: TargetYear[] } {
  const marks: TargetMark[] = [];
  const years: TargetYear[] = [];
  const start = baseline(indicator);
  for (const target of indicator.targets) {
    const tx = x(targetTime(target));
    if (target.value === null) {
      years.push({ target, x: tx });
      continue;
    }
    const ty = y(target.value);
    const path = start && start.time < targetTime(target) ? { x1: x(start.time), y1: y(start.value!), x2: tx, y2: ty } : null;
    marks.push({ target, x: tx, y: ty, path });
  }
  return { marks, years };
}

