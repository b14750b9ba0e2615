/**
 * Which chart suits an indicator, decided from the shape of its data alone, so that publishing a
 * new CSV never needs a chart to be picked by hand.
 */
import type { Indicator, Observation } from '../indicators/model.ts';
import type { ChartKind } from './api.ts';

const periodsOf = (observations: readonly Observation[]): Set<string> => new Set(observations.map((o) => o.period.text));

/**
 * - several series observed in only one or two periods → 'bars': a comparison of categories or
 *   areas within a period says more than a line through one or two points (ranks too: ten
 *   districts' ranks for one year are a ranking, sorted best first, not ten one-point lines);
 * - a rank → 'rank' (its own axis: 1 at the top);
 * - several series each with three or more observations → 'small-multiples', one panel each, so
 *   lines never tangle;
 * - anything else → 'time-series'.
 * The tile map is never the default (a schematic map hides the ranking that bars show); pages may
 * offer it beside the bars when tileMapAvailable().
 */
export function chooseChart(indicator: Indicator): ChartKind {
  if (comparesWithinPeriods(indicator)) return 'bars';
  if (indicator.isRank) return 'rank';
  const { series } = indicator;
  if (series.length >= 2) {
    const counts = series.map((s) => s.segments.reduce((n, segment) => n + segment.observations.length, 0));
    if (counts.every((n) => n >= 3)) return 'small-multiples';
  }
  return 'time-series';
}

/** Several series, all observed in at most two periods: figures to compare side by side, period by period. */
export const comparesWithinPeriods = (indicator: Indicator): boolean =>
  indicator.series.length >= 2 && periodsOf(indicator.observations).size <= 2;

/** District observations of the period that has the most of them (the latest on a tie). */
export function districtObservations(indicator: Indicator): { period: string; observations: Observation[] } | null {
  const byPeriod = new Map<string, Observation[]>();
  for (const o of indicator.observations) {
    if (o.area.level !== 'district') continue;
    byPeriod.set(o.period.text, [...(byPeriod.get(o.period.text) ?? []), o]);
  }
  let best: { period: string; observations: Observation[] } | null = null;
  // Observations are in time order, so a later period wins a tie by coming later.
  for (const [period, observations] of byPeriod) {
    const areas = new Set(observations.map((o) => o.area.code)).size;
    if (best === null || areas >= new Set(best.observations.map((o) => o.area.code)).size) best = { period, observations };
  }
  return best;
}

/** True when at least two districts have a figure for the same period: enough for a tile map. */
export function tileMapAvailable(indicator: Indicator): boolean {
  const best = districtObservations(indicator);
  return best !== null && new Set(best.observations.map((o) => o.area.code)).size >= 2;
}
