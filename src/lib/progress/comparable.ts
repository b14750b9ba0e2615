/**
 * Which figures of an indicator may be compared with one another to judge a target: the
 * province-wide series, its last territory only, missing values skipped.
 */
import type { Indicator, Observation, Series } from '../indicators/model.ts';
import type { LeftOutSegment } from './assessment.ts';
import type { Reason } from './status.ts';
import type { Area } from '../contract/reference.ts';
import { isTrackedProvince } from '../areas.ts';

/**
 * The one series measuring the province as a whole: every segment on one of its records. An
 * indicator split by a dimension has one such series per code, and none of them alone is "the
 * province" for a target, so several is as good as none.
 */
export function provinceSeries(indicator: Indicator, province: readonly Area[]): { series: Series } | { reason: Reason } {
  const candidates = indicator.series.filter((s) => s.segments.length > 0 && s.segments.every((g) => isTrackedProvince(g.area, province)));
  if (candidates.length === 1) return { series: candidates[0]! };
  return { reason: candidates.length === 0 ? 'no-province-series' : 'ambiguous-series' };
}

export interface ComparableFigures {
  /** Non-missing figures of the last segment, in time order, exact or not. */
  comparable: (Observation & { value: number })[];
  /** Those of them the source states exactly: the only ones a rate may use. */
  exact: (Observation & { value: number })[];
  /** Earlier segments, which a rate must never bridge (another territory, another denominator). */
  leftOut: LeftOutSegment[];
  /** True when any segment holds a non-missing figure, comparable or not. */
  anyValue: boolean;
}

const hasValue = (o: Observation): o is Observation & { value: number } => o.value !== null;

/** Splits a series into the figures that may be compared and the earlier ones left out. */
export function comparableFigures(series: Series): ComparableFigures {
  const last = series.segments[series.segments.length - 1];
  const earlier = series.segments.slice(0, -1);
  const comparable = last ? last.observations.filter(hasValue) : [];
  const leftOut = earlier.map((g) => ({
    areaCode: g.area.code,
    areaName: { vi: g.area.name, en: g.area.name_en },
    periods: g.observations.filter(hasValue).map((o) => o.period.text),
  }));
  const exact = comparable.filter((o) => o.valueQualifier === null && o.periodQualifier === null);
  return { comparable, exact, leftOut, anyValue: comparable.length > 0 || leftOut.some((g) => g.periods.length > 0) };
}
